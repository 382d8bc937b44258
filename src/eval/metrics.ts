/** The report's rows, in order. */
import type { Counts } from './counts.js';

export const METRICS = [
  'mentions.person.strict', 'mentions.person.head', 'mentions.person.overlap',
  'mentions.place.strict', 'mentions.place.head', 'mentions.place.overlap',
  'mentions.organization.strict', 'mentions.organization.head', 'mentions.organization.overlap',
  'mentions.all.strict', 'mentions.all.head', 'mentions.all.overlap',
  'entities.person', 'entities.place', 'entities.organization', 'entities.all',
  'dates.strict', 'dates.relaxed', 'dates.value', 'dates.type',
  'ages',
  'events.links', 'events.participants',
] as const;

export type MetricId = (typeof METRICS)[number];

/** Counts per metric; null where the gold has no such annotation ("-"). */
export type Rows = Record<MetricId, Counts | null>;

export interface NotPeople {
  /** Predicted people (after optional items are set aside). */
  people: number;
  /** "person-3: Will Khloé", one per violating person and string. */
  violations: string[];
}

export interface Scorecard {
  documents: number;
  rows: Rows;
  notPeople: NotPeople;
}

export function emptyRows(): Rows {
  return Object.fromEntries(METRICS.map((m) => [m, null])) as Rows;
}
