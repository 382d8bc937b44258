/** Annotated documents (eval/README.md), normalised for scoring. Offsets are code points. */
import type { TimexType } from '../types.js';

export type EntityKind = 'person' | 'place' | 'organization';
export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'place', 'organization'];

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export interface GoldMention extends GoldSpan {
  type: EntityKind | 'other';
  /** Coreference chain; a mention without one gets a chain of its own. */
  cluster: string;
  named: boolean;
  /** GUM `min_*` (name without determiner/possessive); else the span itself. */
  min: GoldSpan;
  /** The head token (GUM `head`) inside `min`; else `min`. */
  head: GoldSpan;
  /** Neither required nor penalised (coordinations, discontinuous spans). */
  optional: boolean;
}

export interface GoldTimex extends GoldSpan {
  type: TimexType;
  value: string | null;
  tid: string | null;
}

/** A dated event: the trigger, the timex it is anchored to, its participants. */
export interface GoldLink {
  trigger: GoldSpan;
  timex: GoldSpan;
  /** Cluster ids; null when not checked. */
  people: string[] | null;
}

export interface GoldAge {
  cluster: string;
  age: number;
}

export interface GoldOptionalName {
  kind: EntityKind;
  text: string;
}

export interface GoldDoc {
  file: string;
  line: number;
  id: string;
  dct: string | null;
  text: string;
  mentions: GoldMention[];
  timexes: GoldTimex[];
  /** null when the document has no event annotation. */
  links: GoldLink[] | null;
  /** null when the document has no age annotation. */
  ages: GoldAge[] | null;
  optionalDates: GoldSpan[];
  optionalNames: GoldOptionalName[];
  notPeople: string[];
}
