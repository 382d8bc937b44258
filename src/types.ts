/**
 * The output contract (schema "factx/1", see README "Output contract").
 * Offsets in these types are Unicode code points into the decoded input.
 */

export const SCHEMA = 'factx/1';

/** A piece of the input: `[...input].slice(start, end).join('') === text`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Person {
  id: string;
  /** The fullest proper name used: "Lamar Odom". */
  name: string;
  /** The other names used for the same person: "Lamar", "KoKo". */
  aliases: string[];
  /** Every named mention, in text order. */
  mentions: Span[];
  /** The person's current age as the article states it. */
  age: number | null;
  /** Where the age came from: "the 45-year-old athlete", or "48" in "Roth, 48,". */
  ageSource: Span | null;
  /** Role nouns used for the person: "former NBA star", "reality star". */
  descriptors: string[];
}

export interface Place {
  id: string;
  name: string;
  /** Other names used for it: "US" for "United States". */
  aliases: string[];
  mentions: Span[];
}

export interface Organization {
  id: string;
  name: string;
  /** Other names used for it: "EADS" for "European Aeronautic Defence and Space Company". */
  aliases: string[];
  mentions: Span[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention {
  id: string;
  text: string;
  start: number;
  end: number;
  type: TimexType;
  /** A TIMEX3 value ("2013", "2025-W09-WE", "P4Y"), or null when unresolved. */
  value: string | null;
}

export interface Event {
  id: string;
  /** The verb or event noun the date anchors: "filed". */
  trigger: Span;
  /** The id of the DateMention. */
  date: string;
  /** The sentence the event is told in. */
  sentence: Span;
  /** Who did what: "Khloé Kardashian filed for divorce". */
  summary: string;
  people: string[];
  places: string[];
  organizations: string[];
}

export type ReferenceDateSource = 'option' | 'document' | null;

export interface Facts {
  schema: typeof SCHEMA;
  /** The path as given; "-" for stdin. */
  source: string;
  referenceDate: string | null;
  /** Where `referenceDate` came from: the --ref-date option, the article's dateline, or nowhere. */
  referenceDateSource: ReferenceDateSource;
  title: string | null;
  people: Person[];
  places: Place[];
  organizations: Organization[];
  dates: DateMention[];
  events: Event[];
}

export interface ExtractOptions {
  /** The article's publication date, YYYY-MM-DD: relative dates resolve against it. */
  referenceDate?: string | null;
  /** Echoed in `Facts.source`. */
  source?: string;
}
