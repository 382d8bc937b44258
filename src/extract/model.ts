/**
 * What the extraction stages hand to each other. Offsets are UTF-16 indices
 * into `Document.text`; `record.ts` turns them into the output contract.
 */
import type { TimexType } from '../types.js';

export interface TextRange {
  start: number;
  end: number;
}

export type NameKind = 'person' | 'place' | 'organization';

/** One occurrence of a proper name: "Lamar" in "Lamar explained". */
export interface NameMention extends TextRange {
  text: string;
  kind: NameKind;
}

/** A person, place or organization with all its named mentions. */
export interface Entity {
  kind: NameKind;
  /** The fullest name: "Lamar Odom". */
  name: string;
  /** The other names: "Lamar". */
  aliases: string[];
  mentions: NameMention[];
  /** "the former NBA star": definite descriptions resolved to this entity. */
  descriptions: Description[];
  age: { value: number; source: TextRange } | null;
  /** The grammatical gender the article uses for a person ("he", "she"), when it is clear. */
  gender: 'male' | 'female' | null;
}

/** A role noun phrase that denotes a person: "the 45-year-old athlete". */
export interface Description extends TextRange {
  text: string;
  /** The role words kept as a descriptor: "former NBA star", "athlete". */
  role: string;
}

/** A temporal expression with its TIMEX3 reading. */
export interface DateFinding extends TextRange {
  text: string;
  type: TimexType;
  value: string | null;
}

export interface EventFinding {
  trigger: TextRange & { text: string };
  /** Index into the date findings. */
  date: number;
  sentence: TextRange;
  summary: string;
  /** Indices into the entity list. */
  participants: number[];
}
