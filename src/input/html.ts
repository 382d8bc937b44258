/**
 * A web page -> the article: its text (by @mozilla/readability on a linkedom
 * DOM), its title and its publication date from the page's metadata. Offsets
 * of the facts refer to `text`, which `factx page.html --show-text` prints.
 *
 *   og:title, <title>                       -> the title, the first line of `text`
 *   article:published_time, <time datetime>,
 *   JSON-LD datePublished, itemprop, name="date"... -> `published` (YYYY-MM-DD)
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface Article {
  /** The title line, a blank line, then the article's paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  /** The publication date, YYYY-MM-DD, when the page states one. */
  published: string | null;
}

/** Elements that end a paragraph or a line of the extracted text. */
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'DL', 'DT', 'DD', 'HR']);

// linkedom's DOM is typed loosely; these are the few members read here.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}
interface DomDocument {
  title: string;
  body: DomNode | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export function htmlToArticle(html: string): Article {
  const page = parseHTML(html).document as unknown as DomDocument;
  // read the metadata first: Readability changes the document it is given
  const title = clean(meta(page, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? page.title) || null;
  const published = publicationDate(page);
  const parsed = new Readability(page as unknown as Document, { charThreshold: 100 }).parse();
  const content = parsed?.content ? (parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document as unknown as DomDocument) : page;
  const paragraphs = blocks(content.body).filter((paragraph) => paragraph !== '');
  // the headline often opens the article body too: keep it once
  if (title !== null && paragraphs[0] === title) paragraphs.shift();
  const text = [...(title === null ? [] : [title]), ...paragraphs].join('\n\n');
  return { text: text === '' ? '' : `${text}\n`, title, published };
}

/** The text of a DOM tree, a paragraph per block element, whitespace collapsed. */
function blocks(root: DomNode | null): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    out.push(clean(current));
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) current += node.textContent ?? '';
    else if (node.nodeName === 'BR') current += '\n';
    else if (node.nodeType === 1 && !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(node.nodeName)) {
      const block = BLOCK.has(node.nodeName);
      if (block) flush();
      for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
      if (block) flush();
    }
  };
  if (root) walk(root);
  flush();
  return out;
}

/** Spaces and tabs collapsed, line breaks from <br> kept: "Lamar  Odom\n said" -> "Lamar Odom\nsaid". */
function clean(text: string): string {
  return text
    .replace(/[ \t\r\f\v\u00A0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

function meta(page: DomDocument, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = page.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function publicationDate(page: DomDocument): string | null {
  const candidates = [
    meta(page, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]']),
    ...jsonLdDates(page),
    page.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
  ];
  for (const candidate of candidates) {
    const date = calendarDate(candidate);
    if (date) return date;
  }
  return null;
}

/** `<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-03T08:00:00Z"}` */
function jsonLdDates(page: DomDocument): string[] {
  const dates: string[] = [];
  const scripts = page.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is the page's problem, not a reason to fail
    }
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === 'object' && value !== null) {
        const record = value as Record<string, unknown>;
        if (typeof record.datePublished === 'string') dates.push(record.datePublished);
        if (record['@graph']) visit(record['@graph']);
      }
    };
    visit(data);
  }
  return dates;
}

/** "2025-03-03T08:00:00-05:00" -> "2025-03-03": the date as the page wrote it, no time zone arithmetic. */
function calendarDate(value: string | null): string | null {
  const match = value === null ? null : /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) ? `${year}-${month}-${day}` : null;
}
