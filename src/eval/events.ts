/** Dated-event scores: event-date links and their participants. */
import { align, iou, overlaps } from './align.js';
import { counts } from './counts.js';
import type { Counts } from './counts.js';
import type { GoldLink } from './gold-types.js';
import type { DateMention, Event } from '../types.js';

export interface EventScores {
  links: Counts;
  /** null when no gold event lists its participants (MEANTIME). */
  participants: Counts | null;
}

/**
 * A predicted Event matches a gold link when its date's span overlaps the gold
 * timex and its trigger has the gold trigger's text, case-insensitively. Triggers
 * match by text, not offset: seed.jsonl's "came" (2021) points at an earlier
 * "came" (offset 577) rather than the one at 1961. Each gold link is matched once.
 * Participants: over matched links whose gold `people` is not null, a TP when the
 * predicted people, mapped to gold clusters by entity matching, equal that set.
 */
export function scoreEvents(
  links: GoldLink[],
  events: Event[],
  dates: DateMention[],
  clusterOf: Map<string, string>,
): EventScores {
  const dateById = new Map(dates.map((d) => [d.id, d]));
  // events anchored to a date that is not scored (optional) are left out too
  const scored = events.filter((e) => dateById.has(e.date));
  const pairs = align(scored, links, (e, l) => {
    const date = dateById.get(e.date);
    if (!date || !overlaps(date, l.timex)) return null;
    if (e.trigger.text.toLowerCase() !== l.trigger.text.toLowerCase()) return null;
    return iou(date, l.timex) + (e.trigger.start === l.trigger.start ? 1 : 0);
  });
  const checked = links.filter((l) => l.people !== null).length;
  let judged = 0;
  let right = 0;
  pairs.forEach((g, p) => {
    const people = links[g]?.people;
    const event = scored[p];
    if (people === null || people === undefined || event === undefined) return;
    judged += 1;
    const predicted = new Set(event.people.map((id) => clusterOf.get(id) ?? `unmatched:${id}`));
    if (predicted.size === new Set(people).size && people.every((c) => predicted.has(c))) right += 1;
  });
  return {
    links: counts(links.length, scored.length, pairs.filter((g) => g >= 0).length),
    participants: checked > 0 ? counts(checked, judged, right) : null,
  };
}
