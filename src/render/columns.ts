/**
 * Plain-text column layout for the table renderer: terminal-safe cells,
 * display widths, truncation with "…", and columns shrunk to fit a width.
 * No colour here: `paint` is applied to each fitted cell before padding.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

// C0/C1 controls (ESC would start an ANSI sequence), line separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// Bidi overrides and isolates: they reorder what follows in a terminal.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** One line of safe text: "Los Angeles,\n\x1b[31mCA" -> "Los Angeles, [31mCA". */
export function cleanCell(text: string): string {
  return text.replace(BIDI, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** Display width in terminal columns: graphemes, East Asian wide and emoji count 2. */
export function textWidth(text: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(text)) width += graphemeWidth(segment);
  return width;
}

/** Cut to at most `width` columns, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = graphemeWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

export interface LayoutOptions {
  /** Maximum line width, indent included. */
  width: number;
  indent: number;
  gap: number;
  /** Styles a fitted cell; `row` is -1 for the header. */
  paint?: (text: string, column: number, row: number) => string;
}

/** Lays out rows under an optional header; every line fits `width` when it can. */
export function layoutColumns(header: string[] | null, rows: string[][], options: LayoutOptions): string[] {
  const all = (header ? [header, ...rows] : rows).map((row) => row.map(cleanCell));
  const count = Math.max(0, ...all.map((row) => row.length));
  const natural = Array.from({ length: count }, (_, i) => Math.max(0, ...all.map((row) => textWidth(row[i] ?? ''))));
  const available = options.width - options.indent - options.gap * Math.max(0, count - 1);
  const widths = fitWidths(natural, available);
  const paint = options.paint ?? ((text: string) => text);
  const first = header ? -1 : 0;
  return all.map((row, r) => {
    const cells = widths.map((width, c) => {
      const text = truncate(row[c] ?? '', width);
      const painted = text === '' ? '' : paint(text, c, r + first);
      const last = c === widths.length - 1;
      return last ? painted : painted + ' '.repeat(width - textWidth(text));
    });
    return (' '.repeat(options.indent) + cells.join(' '.repeat(options.gap))).trimEnd();
  });
}

/** Shrinks the widest columns first until the sum fits; never below 4 columns (or natural). */
export function fitWidths(natural: number[], available: number): number[] {
  const widths = [...natural];
  const minimum = natural.map((w) => Math.min(w, 4));
  let excess = widths.reduce((sum, w) => sum + w, 0) - available;
  while (excess > 0) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > (minimum[i] ?? 0) && (widest < 0 || w >= (widths[widest] ?? 0))) widest = i;
    });
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    excess--;
  }
  return widths;
}

function graphemeWidth(grapheme: string): number {
  const cp = grapheme.codePointAt(0) ?? 0;
  if (cp < 0x20 || /^\p{Mark}/u.test(grapheme)) return 0;
  return isWide(cp) || /\p{Emoji_Presentation}|\ufe0f/u.test(grapheme) ? 2 : 1;
}

// East Asian Wide and Fullwidth ranges (Hangul, CJK, fullwidth forms).
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
