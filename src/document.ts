/**
 * The decoded article and its one shared compromise parse: tokens with exact
 * offsets, sentences cut at compromise's boundaries and at line breaks, and the
 * headline. Every extraction stage reads from here.
 *
 * Offsets inside the pipeline are UTF-16 indices (JavaScript string indices);
 * `offsets.ts` turns them into code points for output.
 */
import nlp from './nlp.js';
import { pieces } from './document-pieces.js';

export interface Token {
  /** Position in `Document.tokens`. */
  index: number;
  /** The word as written, without surrounding punctuation: "Lamar's", "45". */
  text: string;
  start: number;
  end: number;
  /** Lower-cased, accents folded by compromise: "khloe". */
  normal: string;
  /** Punctuation and space before and after: `"` / `," `. */
  pre: string;
  post: string;
  /** compromise's tags: "Person", "FirstName", "Verb", "PastTense"... */
  tags: ReadonlySet<string>;
  sentence: number;
  line: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range `[firstToken, endToken)`. */
  firstToken: number;
  endToken: number;
  line: number;
}

export interface Line {
  index: number;
  start: number;
  end: number;
}

export interface Document {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  lines: Line[];
  /** The first line, when it reads as a headline (no final period, not too long). */
  title: Line | null;
}

const UTF8_BOM = '\uFEFF';

/** Removes a leading byte-order mark; nothing else in the text changes. */
export function decodeText(raw: string): string {
  return raw.startsWith(UTF8_BOM) ? raw.slice(1) : raw;
}

export function parseDocument(text: string): Document {
  const lines = splitLines(text);
  const tokens = tokenize(text, lines);
  const sentences = splitSentences(tokens);
  return { text, tokens, sentences, lines, title: findTitle(text, lines) };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    // "Headline\r\n": the carriage return is not part of the line.
    const trimmedEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ index: lines.length, start, end: trimmedEnd });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags?: Set<string>;
  offset?: { start: number; length: number };
}

function tokenize(text: string, lines: Line[]): Token[] {
  const tokens: Token[] = [];
  let lineIndex = 0;
  let sentence = 0;
  let searchFrom = 0;
  for (const piece of pieces(text)) {
  const parsed = nlp(text.slice(piece.start, piece.end));
  parsed.compute('offset');
  for (const compromiseSentence of parsed.docs as RawTerm[][]) {
    let tokensInSentence = 0;
    for (const term of compromiseSentence) {
      // "won't" -> "won't" + an implicit "not" with no text of its own, which holds what follows
      // the word: "won't, she said", "Yao N'Guessan, 54,".
      if (term.text === '') {
        const previousToken = tokens[tokens.length - 1];
        if (previousToken && previousToken.sentence === sentence && previousToken.post === '') previousToken.post = term.post;
        continue;
      }
      const located = locate(text, term, searchFrom, piece.start);
      searchFrom = located + term.text.length;
      const { word: unwrapped, before, after } = unwrap(term.text);
      let word = unwrapped;
      const previousToken = tokens[tokens.length - 1];
      // "AL-AIN , United Arab Emirates": a comma spaced off as a word of its own is punctuation.
      if (/^[\p{P}]+$/u.test(word) && word !== '&') {
        if (previousToken && previousToken.sentence === sentence) previousToken.post += term.pre + term.text + term.post;
        continue;
      }
      if (word === '') continue;
      // "(U.S.)": compromise leaves the abbreviation's last dot with the bracket ("U.S" + ".)").
      const dotted = after === '' && term.post.startsWith('.') && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word);
      if (dotted) word += '.';
      const start = located + before.length;
      const end = start + word.length;
      while (lineIndex < lines.length - 1 && start > lines[lineIndex]!.end) lineIndex++;
      const line = lineIndex;
      const previous = tokens[tokens.length - 1];
      if (previous && tokensInSentence > 0 && previous.line !== line) sentence++;
      tokens.push({
        index: tokens.length,
        text: word,
        start,
        end,
        normal: term.normal,
        pre: term.pre + before,
        post: after + (dotted ? term.post.slice(1) : term.post),
        tags: term.tags ?? new Set(),
        sentence,
        line,
      });
      tokensInSentence++;
    }
    if (tokensInSentence > 0) sentence++;
  }
  }
  return tokens;
}

/**
 * compromise keeps brackets and invisible characters on some words: "(EADS)",
 * "(48)", "\uFEFFsaid", "Angeles.\uFEFF". They belong to the punctuation.
 */
function unwrap(raw: string): { word: string; before: string; after: string } {
  const before = /^[\s([{"“‘\p{Cf}]+/u.exec(raw)?.[0] ?? '';
  let word = raw.slice(before.length);
  let after = '';
  for (;;) {
    // "Angeles.\uFEFF", "Odom . \uFEFF"; but "D.C." and "U.S." keep their dots.
    const closing = trailing(word, CLOSING) || trailingUnlessDotBefore(word);
    if (closing === '' || closing === word) break;
    word = word.slice(0, word.length - closing.length);
    after = closing + after;
  }
  return { word, before, after };
}

const CLOSING = /[\s)\]}"”’\p{Cf}]/u;
const FINAL_PUNCTUATION = /[.,;:!?]/;

/** The run of characters matching `set` at the end of `word`: a scan from the end, linear however long the word. */
function trailing(word: string, set: RegExp): string {
  let start = word.length;
  for (;;) {
    // an astral character ("\u{E0001}", a Cf) is two code units
    const pair = start > 1 && /[\uDC00-\uDFFF]/.test(word[start - 1]!) && /[\uD800-\uDBFF]/.test(word[start - 2]!);
    const width = pair ? 2 : 1;
    if (start - width < 0 || !set.test(word.slice(start - width, start))) return word.slice(start);
    start -= width;
  }
}

/**
 * "Angeles." -> "."; "U.S." -> "" (a dot before the final punctuation keeps it).
 * Was /(?<=^[^.]*)[.,;:!?]+$/, whose look-behind made a 100,000-digit word quadratic.
 */
function trailingUnlessDotBefore(word: string): string {
  const run = trailing(word, FINAL_PUNCTUATION);
  return run !== '' && !word.slice(0, word.length - run.length).includes('.') ? run : '';
}

/** compromise's offset, checked against the text; a search when it disagrees. */
function locate(text: string, term: RawTerm, from: number, base: number): number {
  const claimed = term.offset === undefined ? undefined : base + term.offset.start;
  if (claimed !== undefined && text.startsWith(term.text, claimed)) return claimed;
  const found = text.indexOf(term.text, from);
  return found === -1 ? from : found;
}

function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  // Renumber so that sentence ids are dense: 0, 1, 2...
  for (let i = 1; i <= tokens.length; i++) {
    const current = tokens[i];
    const previous = tokens[i - 1]!;
    if (current && (current.sentence === previous.sentence || isBracketedInitial(previous, current))) continue;
    const index = sentences.length;
    for (let k = first; k < i; k++) tokens[k]!.sentence = index;
    sentences.push({
      index,
      start: tokens[first]!.start,
      end: sentenceEnd(previous),
      firstToken: first,
      endToken: i,
      line: tokens[first]!.line,
    });
    first = i;
  }
  return sentences;
}

/** "(M. Bevan 131 not out": compromise ends a sentence at an initial's full stop inside a bracket; it goes on. */
function isBracketedInitial(previous: Token, current: Token): boolean {
  return /^\p{Lu}$/u.test(previous.text) && /\($/.test(previous.pre) && /^\. ?$/.test(previous.post) && current.line === previous.line && /^\p{Lu}/u.test(current.text);
}

/** The sentence ends after its closing punctuation: `said.` / `emotions."`. */
function sentenceEnd(last: Token): number {
  const closing = /^[.!?…"'”’)\]]*/.exec(last.post)?.[0] ?? '';
  return last.end + closing.length;
}

const HEADLINE_MAX_LENGTH = 200;

/** "Lamar Odom talks reuniting with Khloé Kardashian nearly a decade after divorce" */
function findTitle(text: string, lines: Line[]): Line | null {
  const first = lines.find((line) => text.slice(line.start, line.end).trim() !== '');
  if (!first || first.index === lines.length - 1) return null;
  const content = text.slice(first.start, first.end).trim();
  if (content.length > HEADLINE_MAX_LENGTH) return null;
  // "SOCCER - JAPAN GET LUCKY WIN." : a wire headline in capitals may end with a full stop.
  const wireHeadline = /\.$/.test(content) && !/\p{Ll}/u.test(content) && /\p{Lu}{2}/u.test(content);
  if (/[.,;:]$/.test(content) && !/\.\.\.$/.test(content) && !wireHeadline) return null;
  const leading = text.slice(first.start, first.end).length - text.slice(first.start, first.end).trimStart().length;
  return { index: first.index, start: first.start + leading, end: first.start + leading + content.length };
}

/** Tokens of one sentence. */
export function sentenceTokens(doc: Document, sentence: Sentence): Token[] {
  return doc.tokens.slice(sentence.firstToken, sentence.endToken);
}

export function hasTag(token: Token | undefined, tag: string): boolean {
  return token !== undefined && token.tags.has(tag);
}

/** Index of the first token that starts at or after `offset`; `tokens.length` when none does. */
export function firstTokenFrom(doc: Document, offset: number): number {
  return lowerBound(doc.tokens.length, (i) => doc.tokens[i]!.start >= offset);
}

/** Index of the first token that ends after `offset`; `tokens.length` when none does. */
export function firstTokenEndingAfter(doc: Document, offset: number): number {
  return lowerBound(doc.tokens.length, (i) => doc.tokens[i]!.end > offset);
}

/** The sentence around `offset`, or undefined between sentences. */
export function sentenceAt(doc: Document, offset: number): Sentence | undefined {
  const index = lowerBound(doc.sentences.length, (i) => Math.max(doc.sentences[i]!.end, doc.sentences[i]!.start + 1) > offset);
  const sentence = doc.sentences[index];
  return sentence && offset >= sentence.start ? sentence : undefined;
}

/** The first index in [0, length) where `isAtOrAfter` holds, for a predicate false then true. */
export function lowerBound(length: number, isAtOrAfter: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isAtOrAfter(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
