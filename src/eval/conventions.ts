/** Corpus conventions applied to gold mentions before scoring. */
import type { GoldMention, GoldSpan } from './gold-types.js';

export interface RawMention extends GoldMention {
  /** GUM's head token text ("Donald" in "U.S. President Donald Trump"), if given. */
  headText: string | null;
}

export function markConventions(raw: RawMention[]): GoldMention[] {
  return raw.map(({ headText, ...m }) => ({
    ...m,
    head: headText === null ? m.min : locate(headText, m.min),
    optional: m.optional || isCoordination(m, raw),
  }));
}

/** The first whole-word occurrence of `word` in `span`, else the span itself. */
function locate(word: string, span: GoldSpan): GoldSpan {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(span.text);
  if (!match) return span;
  const start = span.start + Array.from(span.text.slice(0, match.index)).length;
  return { start, end: start + Array.from(word).length, text: word };
}

/**
 * A named mention holding two or more disjoint named mentions of its own type is a
 * coordination or an apposition, which the contract cannot express as one span:
 * "Boeing and Lockheed Martin", "Ben Chan and Leung Che-cheung" (members annotated too),
 * "Joe Leonard, Chairman ... of AirTran Airways", "Mobile, Alabama".
 */
function isCoordination(m: GoldMention, all: GoldMention[]): boolean {
  if (!m.named || m.type === 'other') return false;
  const inner = all
    .filter((o) => o !== m && o.named && o.type === m.type && o.start >= m.start && o.end <= m.end)
    .filter((o) => o.start !== m.start || o.end !== m.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let disjoint = 0;
  let lastEnd = -1;
  for (const o of inner) {
    if (o.start >= lastEnd) {
      disjoint += 1;
      lastEnd = o.end;
    }
  }
  return disjoint >= 2;
}
