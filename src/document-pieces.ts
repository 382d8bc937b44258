/**
 * What compromise parses at a time. An article is one piece, as always; only
 * a text that would make compromise (or a stage after it) slow is cut: over
 * 200,000 characters, or with a run of more than 2,000 characters without a
 * full stop or a line break ("7777...", a 1 MB line of words). compromise's
 * matcher is quadratic in the length of a sentence; pieces of bounded length
 * keep the whole extraction linear. Cuts fall on line breaks, then after a
 * full stop, then on a space; offsets stay those of the whole text.
 */

export interface Piece {
  start: number;
  end: number;
}

const LARGE_TEXT = 200_000;
const PIECE = 50_000;
const LONG_RUN = 2_000;

export function pieces(text: string): Piece[] {
  if (text.length <= LARGE_TEXT && !hasLongRun(text)) return [{ start: 0, end: text.length }];
  const out: Piece[] = [];
  let start = 0;
  while (start < text.length) {
    const end = cut(text, start);
    out.push({ start, end });
    start = end;
  }
  return out;
}

/** A run of LONG_RUN characters with no sentence end or line break. */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // \n . ! ?
    run = c === 10 || c === 46 || c === 33 || c === 63 ? 0 : run + 1;
    if (run > LONG_RUN) return true;
  }
  return false;
}

/** Where the piece from `start` ends: the last line break within PIECE, else the end of the first overlong run's cut. */
function cut(text: string, start: number): number {
  const limit = Math.min(text.length, start + PIECE);
  if (limit === text.length && !hasLongRun(text.slice(start, limit))) return limit;
  // within [start, limit): a break after a line, or after a sentence end, no run longer than LONG_RUN before it
  let lastBreak = -1;
  let runStart = start;
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && /\s/.test(text[i + 1] ?? ''))) {
      lastBreak = i + 1;
      runStart = i + 1;
    } else if (i - runStart >= LONG_RUN) {
      // an overlong run: end the piece before it, or cut the run at its last space
      if (runStart > start) return runStart;
      return spaceBefore(text, start, i) ?? codePointBoundary(text, i);
    }
  }
  return limit === text.length || lastBreak <= start ? codePointBoundary(text, limit) : lastBreak;
}

function spaceBefore(text: string, from: number, to: number): number | null {
  for (let i = to; i > from + LONG_RUN / 2; i--) if (text[i - 1] === ' ' || text[i - 1] === '\t') return i;
  return null;
}

/** Never between the two halves of a surrogate pair. */
function codePointBoundary(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return at < text.length && code >= 0xdc00 && code <= 0xdfff && at > 0 ? at - 1 : at;
}
