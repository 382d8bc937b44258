/**
 * Ages stated for people, attached to the person they belong to:
 *
 *   "the 45-year-old athlete"          (through the description's person)
 *   "Raymond Roth, 48, of Massapequa"  "Roth (48)"  "Roth, aged 55"
 *   "Roth, who is 25"                  "Roth died at the age of 56"
 *   "A 44-year-old protester, James Kopp," (through the description)
 *   "Roth died aged 84"  "Woodward is 19."  (age-predicates.ts)
 *   "At 62, Kuralt is ..."  "Malle died on Monday. He was 63."  (age-sentences.ts)
 */
import type { Document, Token } from '../../document.js';
import type { Entity } from '../model.js';
import { isGolfScore, isNumberedList } from './age-lists.js';
import { isMatchSentence } from '../names/sports.js';
import { isNationalityWord } from '../names/nationality-adjectives.js';
import { afterAffiliation, ageIndexAfterAt, ageModifierAt, bareAgeAt, closesAgeClause, type StatedAge } from './age-phrases.js';
import { ageAtDeath, ageInSecondVerb, ageInSecondVerbFrom, ageStillActive, predicateAge } from './age-predicates.js';
import { openingAge, pronounAge } from './age-sentences.js';
import type { ResolvedDescription } from './descriptions.js';
import type { PersonMention } from './mentions.js';

export interface AgeFinding extends StatedAge {
  entity: Entity;
}

/** All the ages stated, in text order; `besideNames` from agesBesideNames. */
export function findAges(doc: Document, people: PersonMention[], descriptions: ResolvedDescription[], besideNames: AgeFinding[]): AgeFinding[] {
  const found: AgeFinding[] = [...besideNames];
  for (const { entity, age, description, end } of descriptions) {
    if (age) found.push({ entity, value: age.value, source: { start: description.start, end: description.end } });
    // "The Massapequa man, 48, told police"
    const after = age ? null : ageAfterDescription(doc, end);
    if (after) found.push({ entity, ...after });
  }
  for (const sentence of doc.sentences) {
    const age = openingAge(doc, people, sentence) ?? pronounAge(doc, people, descriptions, sentence);
    if (age) found.push(age);
  }
  return found.sort((a, b) => a.source.start - b.source.start);
}

/** "Raymond Roth, 48,", "Roth (48)", "Roth, who is 25", "Roth died aged 84", "Woodward is 19.". */
export function agesBesideNames(doc: Document, people: PersonMention[]): AgeFinding[] {
  const found: AgeFinding[] = [];
  for (const person of people) {
    const listed = isNumberedList(doc, person.sentence);
    const subject = isFirstInSentence(people, person);
    const besideName = listed ? null : (ageAfterName(doc, person) ?? sharedAge(doc, people, person));
    const ownVerb = subject ? (ageAtDeath(doc, person) ?? ageStillActive(doc, person) ?? predicateAge(doc, person)) : null;
    const age = besideName ?? ownVerb ?? (listed ? null : ageInSecondVerb(doc, person, subject));
    if (age) found.push({ entity: person.entity, ...age });
  }
  return found;
}

/** Words after a name that state its age. */
function ageAfterName(doc: Document, person: PersonMention): StatedAge | null {
  const { end, sentence } = person;
  const name = doc.tokens[end - 1]!;
  const tokens = doc.tokens.slice(end, end + 8).filter((token) => token.sentence === sentence);
  const [first, second] = tokens;
  if (!first) return null;
  // "Roth (48) said", "Roth ( 48 ) said"; not "Bologna (4)", which is no person anyway, nor a seed "Sampras (1) beat Martin 6-4",
  // "she beat Giulia Ferrante (7) in the quarter-finals"
  // nor a league position on a results line, "Vicenza (2) 3 Udinese (12) 1", a score after its bracket.
  if (/^\s*\(\s*$/.test(name.post + first.pre) && /^\s*\)/.test(first.post)) {
    // "behind Aebischer (2) on 338": a standing, then the points.
    const pointsAfter = second !== undefined && /^(on|with)$/.test(second.normal) && /^\d/.test(tokens[2]?.text ?? '');
    const scoreAfter = (second !== undefined && /^\d{1,3}$/.test(second.text) && second.line === first.line) || pointsAfter;
    return isMatchSentence(doc, sentence) || scoreAfter ? null : unlessGolfScore(doc, bareAgeAt(doc, first.index), sentence);
  }
  // "Mr John Smith aged 45 of Leeds"; not an object, "Giggs joined United aged 14"
  if (/^\s+$/.test(name.post) && first.normal === 'aged' && second && !doc.tokens[person.first - 1]?.tags.has('Verb')) return singleAgeAt(doc, second);
  if (/^\s*,\s*$/.test(name.post)) return ageAfterComma(doc, tokens, sentence);
  // "Sven Lindqvist of Uppsala University, who is 70": the clause after the person's body or town.
  const after = afterAffiliation(doc, end);
  if (after === end || !/^\s*,\s*$/.test(doc.tokens[after - 1]!.post)) return null;
  const clause = doc.tokens.slice(after, after + 8).filter((token) => token.sentence === sentence);
  return clause[0]?.normal === 'who' ? ageAfterComma(doc, clause, sentence) : null;
}

/** "Roth, 48, of", "Roth, 48; Jane Roth, 45;", "Roth, 48 — a father of two —"; not "2 - Hiroshige" (a squad list). */
const CLOSES_AGE = /^\s*[,.;–—]/;

/** "Roth, 48,", "Roth, aged 55", "Roth, a 39-year-old ...", "Roth, a chemist aged 45,", "Roth, who is 25": `tokens` follow the comma. */
function ageAfterComma(doc: Document, tokens: Token[], sentence: number): StatedAge | null {
  const [first, second, third, fourth] = tokens;
  if (!first) return null;
  // "Rune Aas, no relation, who is 22": past the aside.
  if (first.normal === 'no' && second?.normal === 'relation' && /^\s*,\s*$/.test(second.post)) return ageAfterComma(doc, tokens.slice(2), sentence);
  // "employee Johannes Botha, is 33.": the verb after the comma.
  if (first.normal === 'is' && second !== undefined && CLOSES_AGE.test(second.post)) return bareAgeAt(doc, second.index);
  // "Raymond Roth, 48, of Massapequa": the number closes with a comma or the sentence.
  if (CLOSES_AGE.test(first.post) || first.index === doc.sentences[sentence]!.endToken - 1) {
    const bare = unlessGolfScore(doc, bareAgeAt(doc, first.index), sentence);
    if (bare) return bare;
  }
  // "Roth, aged 55", "Hanks, now 64,", "Smith and Jones, both 34,", "Novotný, at 70, said"
  if (/^(aged|now|both|at)$/.test(first.normal) && second && CLOSES_AGE.test(second.post)) return bareAgeAt(doc, second.index);
  // "Novotný, at 70 the oldest person to run the event,", "Vaananen, at the age of 36 the oldest man in the field,"
  const atAge = ageIndexAfterAt(tokens, 0);
  if (atAge > 0 && tokens[atAge] !== undefined && tokens[atAge + 1]?.normal === 'the' && tokens[atAge + 2]?.tags.has('Superlative')) return bareAgeAt(doc, tokens[atAge]!.index);
  if (first.normal === 'aged' && second) return singleAgeAt(doc, second);
  // "Jones, 32-year-old mother of two, said", "Dutroux, a 39-year-old convicted child rapist,", "Deng, China's 92-year-old leader,"
  // not "Tom Smith, his 12-year-old son and his wife": a list of three
  const determiner = /^(a|an|the)$/.test(first.normal) || /^\p{Lu}.*['’]s$/u.test(first.text);
  const modifier = ageModifierAt(doc, first.index) ?? (determiner ? ageModifierAt(doc, first.index + 1) : null);
  if (modifier && !beforeAnotherName(doc, modifier.endToken)) return { value: modifier.value, source: { start: modifier.start, end: modifier.end } };
  // "Haddad, a Lebanese-born palaeontologist aged 45, joined": "aged" closing the apposition.
  if (determiner) {
    const aged = tokens.findIndex((token, i) => i > 0 && token.normal === 'aged');
    const number = tokens[aged + 1];
    // "Harold Jenkins, a retired bus driver aged 71 from Leeds,"
    const closes = number !== undefined && (CLOSES_AGE.test(number.post) || /^(from|of)$/.test(tokens[aged + 2]?.normal ?? ''));
    if (aged > 0 && number && closes && isOwnPhrase(tokens.slice(0, aged))) return bareAgeAt(doc, number.index);
    // "Farid al-Masri, a chemistry lecturer who is 34, said": a clause closing the apposition.
    const who = tokens.findIndex((token, i) => i > 1 && token.normal === 'who');
    if (who > 1 && isOwnPhrase(tokens.slice(0, who)) && /^\s+$/.test(tokens[who - 1]!.post)) {
      const clause = doc.tokens.slice(tokens[who]!.index, tokens[who]!.index + 6).filter((token) => token.sentence === sentence);
      // "Tomás Ruiz, a developer in Dublin who joined the company aged 22 and is now 29"
      return ageAfterComma(doc, clause, sentence) ?? ageInSecondVerbFrom(doc, tokens[who]!.index + 1);
    }
  }
  if (first.normal !== 'who' || !second || !third) return null;
  // "Dimitrov, who at the age of 38 is the youngest leader", "Lemieux, who at 71 has run Bellevue"
  const number = ageIndexAfterAt(tokens, 1);
  if (number > 0 && /^(is|has)$/.test(tokens[number + 1]?.normal ?? '') && tokens[number] !== undefined) return bareAgeAt(doc, tokens[number]!.index);
  // "Hanks, who turned 64 on Monday"
  if (/^(turned|turns)$/.test(second.normal)) return bareAgeAt(doc, third.index);
  // "Roth, who is 25", "who is 25 years old"; not "who is 25 percent owner", "who was 25 at the time".
  if (!/^(is|was)$/.test(second.normal)) return null;
  // "Zieliński, who is now 39, moved": "now" before the age.
  if (second.normal === 'is' && third.normal === 'now' && fourth !== undefined) return tokens[4] === undefined || closesAgeClause(doc, fourth) ? bareAgeAt(doc, fourth.index) : null;
  return fourth === undefined || closesAgeClause(doc, third) ? bareAgeAt(doc, third.index) : null;
}

/**
 * "a chemist", "a retired bus driver": a phrase that is the person alone. Not "a father of two boys
 * aged 12", the age of others in it, nor "a teacher whose son is aged 12", a clause of its own.
 */
function isOwnPhrase(tokens: Token[]): boolean {
  return tokens.every((token) => !/[,;]/.test(token.post) && !/^(of|with|and|who|whose)$/.test(token.normal) && !token.tags.has('Plural') && !token.tags.has('Verb') && !token.tags.has('Copula'));
}

/**
 * "The youngest defendant, 25-year-old crane operator Pieter van Damme,": the age goes with the
 * name its phrase runs into, not with the one before the comma. Not "Roth, a 39-year-old convicted
 * child rapist,": the phrase ends at its comma.
 */
function beforeAnotherName(doc: Document, after: number): boolean {
  for (let i = after; i < after + 5; i++) {
    const token = doc.tokens[i];
    if (token === undefined || token.sentence !== doc.tokens[after - 1]!.sentence) return false;
    // A name: a person's word or two capitalised words. (Not "Henman, the 22-year-old British number one,".)
    if (/^\p{Lu}/u.test(token.text)) {
      const second = doc.tokens[i + 1];
      const twoWords = second !== undefined && !/\S/.test(token.post) && /^\p{Lu}/u.test(second.text);
      return !/\S/.test(doc.tokens[i - 1]!.post) && (token.tags.has('Person') || twoWords) && !isNationalityWord(token.text);
    }
    if (/\S/.test(token.post)) return false;
  }
  return false;
}

/** "to 25", "or 21", "and 21", "and ten", "-25": a second number after an age. */
const SECOND_AGE = /^\s*(?:(?:to|or)\b|and\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)|[-–—]\s*\d)/i;

/** "aged 55 of Leeds"; not a range or a pair, "aged 18 to 25", "aged 19 and 21". */
function singleAgeAt(doc: Document, number: Token): StatedAge | null {
  // "aged 24 and playing his first season" is one age.
  return SECOND_AGE.test(doc.text.slice(number.end, number.end + 14)) ? null : bareAgeAt(doc, number.index);
}

function unlessGolfScore(doc: Document, age: StatedAge | null, sentence: number): StatedAge | null {
  return age && !isGolfScore(doc, sentence, age.value) ? age : null;
}

/** `end`: the token after the description. */
function ageAfterDescription(doc: Document, end: number): StatedAge | null {
  const last = doc.tokens[end - 1]!;
  if (!/^\s*,\s*$/.test(last.post) || isNumberedList(doc, last.sentence)) return null;
  return ageAfterComma(doc, doc.tokens.slice(end, end + 6).filter((token) => token.sentence === last.sentence), last.sentence);
}

/** "Tom Smith and Jane Jones, both 34,": Tom Smith shares the age stated after Jones. */
function sharedAge(doc: Document, people: PersonMention[], person: PersonMention): StatedAge | null {
  if (doc.tokens[person.end]?.normal !== 'and') return null;
  const partner = people.find((other) => other.first === person.end + 1);
  const after = partner && doc.tokens.slice(partner.end, partner.end + 2);
  if (!partner || after?.[0]?.normal !== 'both' || !/^\s*,\s*$/.test(doc.tokens[partner.end - 1]!.post)) return null;
  return ageAfterComma(doc, after, partner.sentence);
}

/** The subject of a sentence is, most often, the first person it names. */
function isFirstInSentence(people: PersonMention[], person: PersonMention): boolean {
  return people.find((other) => other.sentence === person.sentence) === person;
}
