/**
 * Which person a definite description ("the 45-year-old athlete") denotes,
 * when no name stands beside it. Centering-style: the person in focus is the
 * first one named in the latest clause that names anyone; people named in the
 * description's own clause are someone else ("Malika brought Lamar to meet
 * with the 40-year-old reality star" is neither Malika nor Lamar).
 */
import { lowerBound, type Document } from '../../document.js';
import type { Entity } from '../model.js';
import type { Gender } from './gender.js';
import type { ResolvedDescription } from './descriptions.js';
import type { PersonMention } from './mentions.js';
import { isAdverb } from './role-phrases.js';

/** How far back a description may reach for its person. */
export const MAX_SENTENCES_BACK = 6;
const CLAUSE_OPENERS = new Set(['but', 'and', 'while', 'when', 'although', 'though', 'whereas', 'yet', 'so']);

export interface Referent {
  /** null: someone the article does not name ("A boy was shot ..."). */
  entity: Entity | null;
  gender: Gender | null;
  token: number;
  sentence: number;
}

/** "A boy was shot in Brooklyn": an indefinite description that names no one. */
export interface UnnamedPerson {
  token: number;
  sentence: number;
  /** "A woman was killed" -> female. */
  gender: Gender | null;
}

export function resolveBySalience(
  doc: Document,
  people: PersonMention[],
  determiner: number,
  end: number,
  earlier: ResolvedDescription[],
  fits: (referent: Referent) => boolean = () => true,
  unnamed: UnnamedPerson[] = [],
): Entity | null {
  const sentence = doc.tokens[determiner]!.sentence;
  const from = Math.max(0, sentence - MAX_SENTENCES_BACK);
  // Only the sentences in reach: both lists are in text order, so a window of each will do.
  const referents: Referent[] = [
    ...inSentences(people, (mention) => mention.sentence, from, sentence).map((mention) => ({ entity: mention.entity, gender: mention.entity.gender, token: mention.first, sentence: mention.sentence })),
    ...inSentences(earlier, (found) => doc.tokens[found.first]!.sentence, from, sentence).map((found) => ({
      entity: found.entity,
      gender: found.entity.gender,
      token: found.first,
      sentence: doc.tokens[found.first]!.sentence,
    })),
    ...inSentences(unnamed, (person) => person.sentence, from, sentence).map((person) => ({ ...person, entity: null })),
  ];
  const ownClauses = clauseStarts(doc, sentence, true);
  // "Wisniewski scored both goals and the 29-year-old now leads": "and" opens the description's own
  // clause where a verb follows it; not "Malika brought Lamar and the 40-year-old star to ...".
  if (/^(and|but)$/.test(doc.tokens[determiner - 1]?.normal ?? '') && isClauseVerbAt(doc, end)) {
    ownClauses.push(determiner);
    ownClauses.sort((a, b) => a - b);
  }
  const ownClause = ownClauses.filter((start) => start <= determiner).length - 1;
  const [clauseStart, clauseEnd] = [ownClauses[ownClause]!, ownClauses[ownClause + 1] ?? Number.POSITIVE_INFINITY];
  const excluded = new Set(
    referents
      .filter((referent) => referent.sentence === sentence && referent.token >= clauseStart && referent.token < clauseEnd)
      .filter((referent) => referent.token < determiner || referent.token >= end)
      .map((referent) => referent.entity),
  );
  // "the 40-year-old actress" is none of the men.
  for (let back = sentence; back >= Math.max(0, sentence - MAX_SENTENCES_BACK); back--) {
    const inSentence = referents
      .filter((referent) => referent.sentence === back && !excluded.has(referent.entity) && fits(referent))
      .filter((referent) => back < sentence || referent.token < clauseStart)
      .sort((a, b) => a.token - b.token);
    if (inSentence.length === 0) continue;
    const clauses = clauseStarts(doc, back);
    for (let c = clauses.length - 1; c >= 0; c--) {
      const from = clauses[c]!;
      const to = clauses[c + 1] ?? Number.POSITIVE_INFINITY;
      // "A boy was shot, Commissioner Howard Safir said. The 12-year-old ...": the boy, whom we cannot name
      const first = inSentence.find((referent) => referent.token >= from && referent.token < to);
      if (first) return first.entity;
    }
  }
  return null;
}

/** "leads", "now leads": a verb, or an adverb and a verb, at `index`. */
function isClauseVerbAt(doc: Document, index: number): boolean {
  const token = doc.tokens[index];
  const verb = (word: typeof token): boolean => word !== undefined && word.tags.has('Verb') && !word.tags.has('Noun') && !word.tags.has('Gerund') && !word.tags.has('Infinitive');
  const adverb = token !== undefined && isAdverb(token);
  return verb(token) || (adverb && verb(doc.tokens[index + 1]));
}

/** The items of a text-ordered list whose sentence lies in [from, to], found by binary search. */
function inSentences<T>(items: T[], sentenceOf: (item: T) => number, from: number, to: number): T[] {
  const bound = (limit: number): number => lowerBound(items.length, (i) => sentenceOf(items[i]!) >= limit);
  return items.slice(bound(from), bound(to + 1));
}

/**
 * Token indices where the clauses of a sentence start: "..., but Lamar admitted ...".
 * `withParticiples`: "..., making the 36-year-old the youngest" starts one too; its subject
 * is the sentence's, so it counts only to tell the description's own clause.
 */
function clauseStarts(doc: Document, sentenceIndex: number, withParticiples = false): number[] {
  const sentence = doc.sentences[sentenceIndex]!;
  const starts = [sentence.firstToken];
  for (let i = sentence.firstToken; i < sentence.endToken - 1; i++) {
    const token = doc.tokens[i]!;
    const next = doc.tokens[i + 1]!;
    const participle = withParticiples && next.tags.has('Gerund');
    if (token.post.includes(';') || (token.post.includes(',') && (CLAUSE_OPENERS.has(next.normal) || participle))) starts.push(i + 1);
  }
  return starts;
}
