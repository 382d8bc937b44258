/**
 * Pronouns resolved to the person they stand for, when the evidence is clear:
 *   "Khloé later withdrew her petition" -> her = Khloé Kardashian
 *   "Lamar Odom ... he said" -> he = Lamar Odom
 * A person's gender is the people stage's (src/extract/people/gender.ts). A
 * pronoun resolves only when exactly one person of its gender was named in
 * its sentence (before it) or the two sentences before, counting those whose
 * gender is unknown as fitting.
 */
import type { Document } from '../../document.js';
import type { Entity } from '../model.js';

import type { Gender } from '../people/gender.js';

export interface Reference {
  entity: number;
  start: number;
  end: number;
}

const PRONOUNS: Record<string, Gender> = {
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
};
const SENTENCES_BACK = 2;

/** One reference per pronoun that only one person of its gender can fill. */
export function pronounReferences(doc: Document, entities: Entity[], references: Reference[]): Reference[] {
  const resolved: Reference[] = [];
  for (const token of doc.tokens) {
    const gender = PRONOUNS[token.normal];
    if (gender === undefined) continue;
    const from = doc.sentences[Math.max(0, token.sentence - SENTENCES_BACK)]!.start;
    const candidates = new Set(references
      .filter((r) => r.start >= from && r.end <= token.start && entities[r.entity]?.kind === 'person')
      .map((r) => r.entity));
    // "She" after Khloé (gender unknown) and Lamar (male): Khloé; "He" after two men: left alone
    const fitting = [...candidates].filter((entity) => (entities[entity]?.gender ?? gender) === gender);
    if (fitting.length === 1) resolved.push({ entity: fitting[0]!, start: token.start, end: token.end });
  }
  return resolved;
}
