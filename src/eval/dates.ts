/** Date scores after TempEval-3: strict and relaxed spans, value and type. */
import { align, iou, overlaps, sameSpan } from './align.js';
import { counts } from './counts.js';
import type { Counts } from './counts.js';
import type { GoldDoc } from './gold-types.js';
import { sameValue } from './timex-value.js';
import type { DateMention } from '../types.js';

export interface DateScores {
  strict: Counts;
  relaxed: Counts;
  /** Relaxed match with an equal TIMEX3 value. */
  value: Counts;
  /** Relaxed match with an equal type. */
  type: Counts;
}

/**
 * Predicted dates the gold neither requires nor penalises: those overlapping an
 * `optional` date ("Super Bowl weekend") and no gold timex.
 */
export function scoredDates(doc: GoldDoc, dates: DateMention[]): DateMention[] {
  return dates.filter((d) => !doc.optionalDates.some((o) => overlaps(d, o)) || doc.timexes.some((t) => overlaps(d, t)));
}

/** Each gold timex is matched at most once; the best-overlapping prediction wins. */
export function scoreDates(doc: GoldDoc, dates: DateMention[]): DateScores {
  const gold = doc.timexes;
  const strictTp = align(dates, gold, (p, g) => (sameSpan(p, g) ? 1 : null)).filter((g) => g >= 0).length;
  const relaxed = align(dates, gold, (p, g) => (overlaps(p, g) ? iou(p, g) : null));
  let valueTp = 0;
  let typeTp = 0;
  relaxed.forEach((g, p) => {
    const t = gold[g];
    const d = dates[p];
    if (t === undefined || d === undefined) return;
    if (sameValue(d.value, t.value)) valueTp += 1;
    if (d.type === t.type) typeTp += 1;
  });
  const relaxedTp = relaxed.filter((g) => g >= 0).length;
  const c = (tp: number): Counts => counts(gold.length, dates.length, tp);
  return { strict: c(strictTp), relaxed: c(relaxedTp), value: c(valueTp), type: c(typeTp) };
}
