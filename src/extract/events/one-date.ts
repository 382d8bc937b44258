/**
 * One date per trigger. Each date picks the word it anchors on its own, so
 *   "The hearing, first set for March 3, moved to tomorrow at 9 a.m."
 * would give "moved" three dates. The trigger keeps the nearest ("tomorrow");
 * the others try their next word ("set" for "March 3") or anchor nothing.
 * A calendar date beats "now" or "recently", and any date beats a duration, for the same word.
 * Two dates keep one trigger only when the text coordinates them:
 *   "rose 5% in 2008 and 3% in 2009", "from 2009 to 2011".
 */
import type { Document, Token } from '../../document.js';
import type { DateFinding } from '../model.js';
import type { Clause } from './clauses.js';

export interface Anchor {
  dateIndex: number;
  date: DateFinding;
  clause: Clause;
  trigger: Token;
}

/** The next word a date could anchor once `taken` words are claimed; null for none. */
export type Retry = (anchor: Anchor, taken: Set<number>) => Token | null;

// ", and", "or", "to", "through", "-": between two dates that share their event
const COORDINATOR = /(?:^|[\s,])(?:and|or|to|through|until|till|but|versus|vs\.?)(?=\s|$)|[-–—]/i;

export function oneDatePerTrigger(doc: Document, anchors: Anchor[], retry: Retry): Anchor[] {
  const kept: Anchor[] = [];
  const losers: Anchor[] = [];
  const groups = new Map<number, Anchor[]>();
  for (const anchor of anchors) groups.set(anchor.trigger.index, [...(groups.get(anchor.trigger.index) ?? []), anchor]);
  for (const group of groups.values()) {
    const [nearest, ...others] = [...group].sort((a, b) => vague(a) - vague(b) || distance(doc, a) - distance(doc, b) || a.date.start - b.date.start);
    if (!nearest) continue;
    const winners = [nearest];
    for (const other of others) {
      if (winners.some((w) => coordinated(doc, w.date, other.date))) winners.push(other);
      else losers.push(other);
    }
    kept.push(...winners);
  }
  const taken = new Set(kept.map((anchor) => anchor.trigger.index));
  for (const loser of losers) {
    const trigger = retry(loser, taken);
    if (!trigger || taken.has(trigger.index)) continue;
    taken.add(trigger.index);
    kept.push({ ...loser, trigger });
  }
  return kept.sort((a, b) => a.dateIndex - b.dateIndex || a.trigger.start - b.trigger.start);
}

// "will now receive the aircraft next month": a calendar date beats "now", "recently";
// "the biggest single-day losses in recent years": any date beats a measure
const vague = (anchor: Anchor): number => {
  if (anchor.date.type === 'DURATION' || anchor.date.type === 'SET') return 2;
  return /_REF$/.test(anchor.date.value ?? '') ? 1 : 0;
};

// a date set off by punctuation is farther: "set for March 3, moved to tomorrow"
const PUNCTUATION_COST = 40;

/** Characters between the trigger and the date, punctuation counting extra. */
function distance(doc: Document, anchor: Anchor): number {
  const { trigger, date } = anchor;
  const [from, to] = trigger.end <= date.start ? [trigger.end, date.start] : [date.end, trigger.start];
  const gap = doc.text.slice(from, Math.max(from, to));
  return gap.length + (/[,;:()–—]/.test(gap) ? PUNCTUATION_COST : 0);
}

/** "2008 and 3% in 2009": a coordinator and no verb between the two dates. */
function coordinated(doc: Document, a: DateFinding, b: DateFinding): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (first.end > second.start) return false;
  const gap = doc.text.slice(first.end, second.start);
  if (!COORDINATOR.test(gap) || /[.;:!?]/.test(gap)) return false;
  return !doc.tokens.some((t) => t.start >= first.end && t.end <= second.start && t.tags.has('Verb') && !t.tags.has('Auxiliary'));
}
