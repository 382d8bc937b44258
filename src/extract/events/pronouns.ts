/**
 * Pronouns resolved to the person they stand for, when the evidence is clear:
 *   "Khloé later withdrew her petition" -> her = Khloé Kardashian
 *   "Lamar Odom ... he said" -> he = Lamar Odom
 * A person's gender comes from compromise's first-name lexicon (MaleName,
 * FemaleName) and from the pronouns that follow the name ("Lamar admitted
 * he", "Khloé withdrew her"); contradictory evidence leaves it unknown. A
 * pronoun resolves only when exactly one person of its gender was named in
 * its sentence (before it) or the two sentences before, counting those whose
 * gender is unknown as fitting.
 */
import type { Document, Token } from '../../document.js';
import type { Entity } from '../model.js';

export type Gender = 'male' | 'female';

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

/** Entity index -> gender, for the people whose evidence agrees. */
export function gendersOf(doc: Document, entities: Entity[], references: Reference[]): Map<number, Gender> {
  const votes = new Map<number, Set<Gender>>();
  const vote = (entity: number, gender: Gender): void => {
    votes.set(entity, (votes.get(entity) ?? new Set()).add(gender));
  };
  const people = references.filter((r) => entities[r.entity]?.kind === 'person');
  for (const reference of people) {
    const tokens = doc.tokens.filter((t) => t.start >= reference.start && t.end <= reference.end);
    for (const token of tokens) {
      if (token.tags.has('MaleName')) vote(reference.entity, 'male');
      if (token.tags.has('FemaleName')) vote(reference.entity, 'female');
    }
    // "Lamar admitted he", "Khloé withdrew her": the next pronoun of the sentence, no other person between
    const next = nextPronoun(doc, reference.end);
    if (next && !people.some((other) => other.start >= reference.end && other.start < next.start)) vote(reference.entity, PRONOUNS[next.normal]!);
  }
  const genders = new Map<number, Gender>();
  for (const [entity, set] of votes) if (set.size === 1) genders.set(entity, [...set][0]!);
  return genders;
}

function nextPronoun(doc: Document, offset: number): Token | undefined {
  const first = doc.tokens.find((t) => t.start >= offset);
  if (!first) return undefined;
  const sentence = doc.sentences[first.sentence]!;
  return doc.tokens.slice(first.index, sentence.endToken).find((t) => PRONOUNS[t.normal] !== undefined);
}

/** One reference per pronoun that only one person of its gender can fill. */
export function pronounReferences(doc: Document, entities: Entity[], references: Reference[]): Reference[] {
  const genders = gendersOf(doc, entities, references);
  const resolved: Reference[] = [];
  for (const token of doc.tokens) {
    const gender = PRONOUNS[token.normal];
    if (gender === undefined) continue;
    const from = doc.sentences[Math.max(0, token.sentence - SENTENCES_BACK)]!.start;
    const candidates = new Set(references
      .filter((r) => r.start >= from && r.end <= token.start && entities[r.entity]?.kind === 'person')
      .map((r) => r.entity));
    // "She" after Khloé (gender unknown) and Lamar (male): Khloé; "He" after two men: left alone
    const fitting = [...candidates].filter((entity) => (genders.get(entity) ?? gender) === gender);
    if (fitting.length === 1) resolved.push({ entity: fitting[0]!, start: token.start, end: token.end });
  }
  return resolved;
}
