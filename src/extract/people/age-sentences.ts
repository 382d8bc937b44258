/**
 * Ages a sentence states apart from the name:
 *
 *   "Louis Malle died on Monday. He was 63."    a pronoun, resolved to the person in focus
 *   "Mother Teresa is in hospital. She is 86."
 *   "At 62, Charles Kuralt is the oldest ..."   "Aged 19, Jack Wilshere is ..."   "Now 45, Odom lives ..."
 *
 * Only the current age: "He was 63." only after a death; "Aged 14, Giggs joined
 * United" is an age at a past event.
 */
import { firstTokenFrom, type Document, type Sentence, type Token } from '../../document.js';
import type { Entity } from '../model.js';
import { ageIndexAfterAt, bareAgeAt, closesAgeClause, DEATH_WORDS, type StatedAge } from './age-phrases.js';
import { stillActiveAt } from './age-predicates.js';
import { isNationalityWord } from '../names/nationality-adjectives.js';
import type { AgeFinding } from './ages.js';
import type { ResolvedDescription } from './descriptions.js';
import type { Gender } from './gender.js';
import type { PersonMention } from './mentions.js';
import { resolveBySalience, type Referent } from './salience.js';

const PRONOUNS: Record<string, Gender> = { he: 'male', she: 'female' };
/** How far back "He was 63." looks for the death it follows. */
const DEATH_SENTENCES_BACK = 2;

/** "He was 63.", "She is 86 years old.", "He is 57 and has ...": the sentence opens so. */
export function pronounAge(doc: Document, people: PersonMention[], descriptions: ResolvedDescription[], sentence: Sentence): AgeFinding | null {
  const [pronoun, verb, number, ...rest] = doc.tokens.slice(sentence.firstToken, sentence.endToken);
  const gender = PRONOUNS[pronoun?.normal ?? ''];
  if (!gender || !pronoun || !verb || !number) return null;
  if (verb.normal !== 'is' && verb.normal !== 'was') return null;
  // "He is 57 and has chaired the airline since 1989."
  if (!isYearsOld(rest) && !(verb.normal === 'is' && closesAgeClause(doc, number))) return null;
  const age = bareAgeAt(doc, number.index);
  if (!age) return null;
  const fits = (candidate: Referent): boolean => (candidate.gender ?? gender) === gender;
  const entity = resolveBySalience(doc, people, pronoun.index, pronoun.index + 1, descriptions, fits);
  if (!entity || (verb.normal === 'was' && !diedJustBefore(doc, people, entity, sentence))) return null;
  return { entity, ...age };
}

/** Nothing, or "years old". */
function isYearsOld(rest: Token[]): boolean {
  return rest.length === 0 || (rest.length === 2 && rest[0]!.normal === 'years' && rest[1]!.normal === 'old');
}

/** "Louis Malle died on Monday." in one of the sentences just before. */
function diedJustBefore(doc: Document, people: PersonMention[], entity: Entity, sentence: Sentence): boolean {
  const from = Math.max(0, sentence.index - DEATH_SENTENCES_BACK);
  return people.some((mention) => {
    if (mention.entity !== entity || mention.sentence < from || mention.sentence >= sentence.index) return false;
    const rest = doc.tokens.slice(mention.end, doc.sentences[mention.sentence]!.endToken);
    return rest.some((token) => DEATH_WORDS.has(token.normal));
  });
}

/**
 * "At 62, Charles Kuralt is ...", "At the age of 71, Mulenga becomes", "Aged 19, Jack Wilshere has ...": the present
 * tense only. "Still racing at the age of 37, Belgian Dirk Maes retained ...": "still" makes any tense a present age.
 */
export function openingAge(doc: Document, people: PersonMention[], sentence: Sentence): AgeFinding | null {
  const stillActive = stillActiveAt(doc, sentence.firstToken, sentence.endToken);
  if (stillActive) return openingStillActive(doc, people, sentence, stillActive);
  const opening = doc.tokens.slice(sentence.firstToken, sentence.firstToken + 5);
  const opener = opening[0];
  // "At the age of 71, Mulenga becomes the oldest": the long form of "At 71,".
  const number = opening[Math.max(1, ageIndexAfterAt(opening, 0))];
  if (!opener || !number || !/^(at|aged|now)$/.test(opener.normal) || !/^\s*,\s*$/.test(number.post)) return null;
  const person = people.find((mention) => mention.first === number.index + 1);
  const verb = person && doc.tokens[person.end];
  if (!person || !verb || verb.sentence !== sentence.index || !verb.tags.has('PresentTense')) return null;
  const age = bareAgeAt(doc, number.index);
  return age ? { entity: person.entity, ...age } : null;
}

/** The person right after the opening phrase's comma, past a nationality: "Still racing at the age of 37, Belgian Dirk Maes". */
function openingStillActive(doc: Document, people: PersonMention[], sentence: Sentence, age: StatedAge): AgeFinding | null {
  const number = firstTokenFrom(doc, age.source.start);
  if (!/^\s*,\s*$/.test(doc.tokens[number]?.post ?? '')) return null;
  const next = doc.tokens[number + 1];
  const first = next !== undefined && /^\s+$/.test(next.post) && isNationalityWord(next.text) ? number + 2 : number + 1;
  const person = people.find((mention) => mention.first === first && mention.sentence === sentence.index);
  return person ? { entity: person.entity, ...age } : null;
}
