/**
 * Who and what take part in a clause: the people, places and organizations
 * named, described or (see pronouns.ts) referred to by "he"/"her" in it. A clause that speaks of "the two", "the couple"
 * or "their" without naming anyone takes the pair named just before:
 * "Khloé and Lamar's whirlwind marriage ..., and the two even scored ...".
 */
import { lowerBound, type Document } from '../../document.js';
import type { Entity } from '../model.js';
import type { ResolvedDescription } from '../people/descriptions.js';
import { clausesOf, type Clause } from './clauses.js';
import { pronounReferences, type Reference } from './pronouns.js';

export interface Participants {
  /** Indices into the entity list, in text order. */
  entities: number[];
  /** Where each took part: entity index -> start offset of its first reference. */
  positions: Map<number, number>;
}


const PLURAL_REFERENCE = /^(they|their|them|both|couple|pair|two)$/;
const SENTENCES_BACK = 3;

export function participantsOf(doc: Document, entities: Entity[], descriptions: ResolvedDescription[]) {
  const references: Reference[] = [];
  entities.forEach((entity, index) => {
    for (const mention of entity.mentions) references.push({ entity: index, start: mention.start, end: mention.end });
  });
  for (const { entity, description } of descriptions) {
    const index = entities.indexOf(entity);
    if (index >= 0) references.push({ entity: index, start: description.start, end: description.end });
  }
  // "her petition" -> Khloé Kardashian, when she is the only woman in view
  references.push(...pronounReferences(doc, entities, references));
  references.sort((a, b) => a.start - b.start);

  const within = (clause: Clause): Reference[] => {
    const start = doc.tokens[clause.first]!.start;
    const end = doc.tokens[clause.end - 1]!.end;
    // references are sorted by start: binary-search the first one in the clause
    const low = lowerBound(references.length, (i) => references[i]!.start >= start);
    const found: Reference[] = [];
    for (let i = low; i < references.length && references[i]!.start < end; i++) {
      if (references[i]!.end <= end) found.push(references[i]!);
    }
    return found;
  };
  const isPerson = (reference: Reference): boolean => entities[reference.entity]?.kind === 'person';

  /** The nearest earlier clause that names two people or more. */
  const pairBefore = (clause: Clause, clauses: Clause[]): Reference[] => {
    const earlier = clauses.filter((other) => other.end <= clause.first).reverse();
    for (let back = 1; back <= SENTENCES_BACK && clause.sentence - back >= 0; back++) {
      earlier.push(...clausesOf(doc, doc.sentences[clause.sentence - back]!).reverse());
    }
    for (const other of earlier) {
      const people = within(other).filter(isPerson);
      if (new Set(people.map((reference) => reference.entity)).size >= 2) return people;
    }
    return [];
  };

  return {
    inClause(clause: Clause, clauses: Clause[]): Participants {
      const found = within(clause);
      const words = doc.tokens.slice(clause.first, clause.end).map((token) => token.normal);
      if (!found.some(isPerson) && words.some((word) => PLURAL_REFERENCE.test(word))) {
        const firstStart = doc.tokens[clause.first]!.start;
        found.unshift(...pairBefore(clause, clauses).map((reference) => ({ ...reference, start: firstStart, end: firstStart })));
      }
      const positions = new Map<number, number>();
      for (const reference of found) if (!positions.has(reference.entity)) positions.set(reference.entity, reference.start);
      return { entities: [...positions.keys()], positions };
    },
  };
}
