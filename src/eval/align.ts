/** One-to-one alignment of predicted and gold items, greedy by best score first. */

export interface Range {
  start: number;
  end: number;
}

export const sameSpan = (a: Range, b: Range): boolean => a.start === b.start && a.end === b.end;
export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
/** `inner` lies within `outer`. */
export const within = (inner: Range, outer: Range): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** Intersection over union: ranks overlapping candidates, 1 for the same span. */
export function iou(a: Range, b: Range): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? (sameSpan(a, b) ? 1 : 0) : inter / union;
}

/** `score(p, g)` is null when p and g cannot match; a higher score is a better match. */
export type Scorer<P, G> = (pred: P, gold: G) => number | null;

/**
 * Pairs every gold item with at most one prediction and vice versa. Candidate pairs
 * are taken best score first; ties go to required (non-optional) gold, then to
 * text order, so the result is deterministic.
 * Returns `pairs[i]` = index of the gold item matched by prediction i, or -1.
 */
export function align<P, G>(preds: P[], golds: G[], score: Scorer<P, G>, optional: (g: G) => boolean = () => false): number[] {
  const candidates: { p: number; g: number; s: number; opt: boolean }[] = [];
  preds.forEach((pred, p) => {
    golds.forEach((gold, g) => {
      const s = score(pred, gold);
      if (s !== null) candidates.push({ p, g, s, opt: optional(gold) });
    });
  });
  candidates.sort((a, b) => b.s - a.s || Number(a.opt) - Number(b.opt) || a.p - b.p || a.g - b.g);
  const pairs = preds.map(() => -1);
  const taken = new Set<number>();
  for (const { p, g } of candidates) {
    if (pairs[p] !== -1 || taken.has(g)) continue;
    pairs[p] = g;
    taken.add(g);
  }
  return pairs;
}
