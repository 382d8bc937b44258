/** Gold/predicted/true-positive counts and the precision, recall and F1 they give. */

export interface Counts {
  gold: number;
  pred: number;
  tp: number;
}

export interface Prf extends Counts {
  /** null when nothing was predicted. */
  precision: number | null;
  /** null when there is nothing in gold. */
  recall: number | null;
  /** 2·TP / (gold + pred); null when both are 0. */
  f1: number | null;
}

export const counts = (gold: number, pred: number, tp: number): Counts => ({ gold, pred, tp });

/** Sums rows; a row absent (null) from every input stays null ("-"). */
export function addCounts(a: Counts | null, b: Counts | null): Counts | null {
  if (a === null) return b;
  if (b === null) return a;
  return { gold: a.gold + b.gold, pred: a.pred + b.pred, tp: a.tp + b.tp };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Scores rounded to 3 decimals, so text and JSON reports show the same numbers. */
export function prf(c: Counts): Prf {
  return {
    ...c,
    precision: c.pred > 0 ? round3(c.tp / c.pred) : null,
    recall: c.gold > 0 ? round3(c.tp / c.gold) : null,
    f1: c.gold + c.pred > 0 ? round3((2 * c.tp) / (c.gold + c.pred)) : null,
  };
}
