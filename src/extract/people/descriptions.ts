/**
 * Role noun phrases that denote a person, and the person each denotes:
 *
 *   "Lamar Odom, the former NBA star"  -> apposition: Lamar Odom
 *   "NBA star Tristan Thompson"        -> role before the name: Tristan Thompson
 *   "the 45-year-old athlete said"     -> resolved by salience (salience.ts)
 *   "his 12-year-old son, John,"       -> a relative named in apposition: John
 *   "A 44-year-old protester was ..."  -> nobody named (unnamed.ts)
 *
 * The phrases themselves are found in role-phrases.ts.
 */
import type { Document, Token } from '../../document.js';
import type { Description, Entity } from '../model.js';
import { afterAffiliation, ageModifierAt, bareAgeAt, type AgeModifier } from './age-phrases.js';
import { genderOfRole, pronounBetween, type Gender } from './gender.js';
import { personAt, type PersonMention } from './mentions.js';
import { isRoleNoun } from './roles.js';
import { endsPhrase, isModifier, MAX_MODIFIERS, nationalityHead, rolePhrase, type RolePhrase } from './role-phrases.js';
import { resolveBySalience, type Referent } from './salience.js';
import { UnnamedPeople } from './unnamed.js';
import { nationalityFitsCountry, statedCountries, statedNationalities } from './nationality-fit.js';
import { isNationalityWord } from '../names/nationality-adjectives.js';

export interface ResolvedDescription {
  description: Description;
  entity: Entity;
  /** "45" in "the 45-year-old athlete". */
  age: AgeModifier | null;
  /** Token range of the phrase. */
  first: number;
  end: number;
}

const SCORING_VERBS = new Set(['scored', 'scores', 'score', 'netted', 'nets', 'headed', 'heads', 'hit', 'hits', 'struck', 'fired', 'slotted', 'converted']);

/** `knownAges`: ages stated beside names ("Nora Keel, 34,"), to match "the 34-year-old" against. */
export function findDescriptions(doc: Document, people: PersonMention[], knownAges: ReadonlyMap<Entity, number> = new Map()): ResolvedDescription[] {
  const found: ResolvedDescription[] = [];
  const unnamed = new UnnamedPeople();
  const countries = statedCountries(doc, people);
  const nationalities = statedNationalities(doc, people);
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i]!;
    if (isPossessiveDeterminer(token)) {
      const named = namedRelative(doc, people, i);
      if (named) found.push(named);
      continue;
    }
    if (token.normal !== 'the' && token.normal !== 'a' && token.normal !== 'an') continue;
    const phrase = rolePhrase(doc, i + 1);
    const appositive = phrase && (appositionTarget(doc, people, i) ?? nameAfter(doc, people, phrase.end) ?? nameRightAfter(doc, people, phrase) ?? predicateSubject(doc, people, i));
    const definite = token.normal === 'the';
    if (!appositive && !definite) unnamed.note(doc, i, phrase ? phrase.end - 1 : null, phrase?.age ?? null);
    if (!phrase || (!appositive && (!definite || unnamed.repeats(phrase.age, doc.tokens[phrase.end - 1]!)))) continue;
    // "scored the winner", "headed the opener": a goal, not a person.
    if (!appositive && SCORING_VERBS.has(doc.tokens[i - 1]?.normal ?? '')) continue;
    const gender = descriptionGender(doc, people, phrase);
    const age = phrase.age?.value;
    // "the 19-year-old" is nobody said to be 34
    const fits = (candidate: Referent): boolean =>
      (gender === null || (candidate.gender ?? gender) === gender) && (age === undefined || candidate.entity === null || (knownAges.get(candidate.entity) ?? age) === age);
    // "Alicia Moreno Vidal of Spain. The 24-year-old Spaniard": first the one said to be from that nation.
    // (Not that the others are not: "Dutchman" fits no "Netherlands" by its letters.)
    const nationality = nationalityHead(doc, phrase);
    const fromNation = (candidate: Referent): boolean => {
      const country = candidate.entity ? countries.get(candidate.entity) : undefined;
      return nationality !== null && country !== undefined && nationalityFitsCountry(nationality, country);
    };
    // "Brazilian Paulo Henrique Sampaio and Marek Wisniewski. The 29-year-old Pole": not the one said to be of another nation.
    const ofAnotherNation = (candidate: Referent): boolean => {
      const stated = candidate.entity ? nationalities.get(candidate.entity) : undefined;
      return nationality !== null && stated !== undefined && !nationalityFitsCountry(nationality, stated);
    };
    const entity =
      appositive?.entity ??
      sameAgeBefore(people, knownAges, i, age) ??
      (nationality ? resolveBySalience(doc, people, i, phrase.end, found, (candidate) => fits(candidate) && fromNation(candidate), unnamed.subjects) : null) ??
      resolveBySalience(doc, people, i, phrase.end, found, (candidate) => fits(candidate) && !ofAnotherNation(candidate), unnamed.subjects);
    if (!entity) continue;
    found.push(described(doc, entity, i, phrase));
    i = phrase.end - 1;
  }
  found.push(...rolesBeforeNames(doc, people));
  return found.sort((a, b) => a.first - b.first);
}

/**
 * "Nora Keel, 34, ... The 34-year-old has been arrested before": the one person said to be that age
 * earlier in the article, however far back ("Lim Wei Jie, 44, ... he had trusted the 44-year-old").
 */
function sameAgeBefore(people: PersonMention[], knownAges: ReadonlyMap<Entity, number>, determiner: number, age: number | undefined): Entity | null {
  if (age === undefined) return null;
  const before = people.filter((mention) => mention.first < determiner);
  const sameAge = new Set(before.map((mention) => mention.entity).filter((entity) => knownAges.get(entity) === age));
  return sameAge.size === 1 ? [...sameAge][0]! : null;
}

/**
 * "the 40-year-old actress" -> female; "the former Lakers star said he ..." -> male:
 * the role noun, else a pronoun after the phrase before anyone else is named.
 */
function descriptionGender(doc: Document, people: PersonMention[], phrase: RolePhrase): Gender | null {
  const role = genderOfRole(doc.tokens[phrase.end - 1]!.text);
  if (role) return role;
  const sentence = doc.tokens[phrase.end - 1]!.sentence;
  const nextPerson = people.find((person) => person.first >= phrase.end);
  const limit = Math.min(phrase.end + 6, nextPerson && nextPerson.sentence === sentence ? nextPerson.first : Infinity);
  return pronounBetween(doc, phrase.end, limit, sentence);
}

/** "Lamar Odom, the former NBA star" / "Malika Haqq – a mutual friend" / "Silas Brandt, 45, a retired teacher". */
function appositionTarget(doc: Document, people: PersonMention[], determiner: number): PersonMention | undefined {
  const before = doc.tokens[determiner - 1];
  if (!before || before.sentence !== doc.tokens[determiner]!.sentence) return undefined;
  if (!/^\s*[,–—]\s*$/.test(before.post)) return undefined;
  // "Silas Brandt, 45, a retired teacher": past the age
  const nameEnd = bareAgeAt(doc, before.index) && /^\s*,\s*$/.test(doc.tokens[before.index - 1]?.post ?? '') ? before.index : determiner;
  const person = personAt(people, nameEnd - 1);
  return person && person.end === nameEnd ? person : undefined;
}

/** "Jones is a 32-year-old mother", "Jones, who is a 32-year-old mother,": the present tense only. */
function predicateSubject(doc: Document, people: PersonMention[], determiner: number): PersonMention | undefined {
  if (doc.tokens[determiner - 1]?.normal !== 'is') return undefined;
  const relative = doc.tokens[determiner - 2]?.normal === 'who';
  const last = determiner - (relative ? 3 : 2);
  if (relative && !/^\s*,\s*$/.test(doc.tokens[last]?.post ?? '')) return undefined;
  const person = personAt(people, last);
  return person && person.end === last + 1 && person.sentence === doc.tokens[determiner]!.sentence ? person : undefined;
}

/** "an analyst at Rhein Capital", "a lawyer with Baker Botts", "a trader from Kumasi" */
const WORKPLACE_PREPOSITIONS = /^(at|of|with|from)$/;

/** "his", "her", "their", "its" (a company's: "named its 45-year-old finance director, Katrin Vogel,"), "Smith's" */
function isPossessiveDeterminer(token: Token): boolean {
  return /^(his|her|their|its)$/.test(token.normal) || /^\p{Lu}.*['’]s$/u.test(token.text);
}

/**
 * "his 12-year-old son, John,", "Smith's 12-year-old daughter, Emma Smith,": named in
 * apposition, or not at all ("his 12-year-old son was missing" is nobody we can name).
 */
function namedRelative(doc: Document, people: PersonMention[], determiner: number): ResolvedDescription | null {
  const phrase = rolePhrase(doc, determiner + 1);
  const person = phrase && nameAfter(doc, people, phrase.end);
  return phrase && person ? described(doc, person.entity, determiner, phrase) : null;
}

/**
 * "A 44-year-old anti-abortion protester, James Kopp, was ...": the name right after the phrase,
 * or after where the person works: "said a 42-year-old analyst at Rhein Capital, Mehmet Yilmaz".
 */
function nameAfter(doc: Document, people: PersonMention[], phraseEnd: number): PersonMention | undefined {
  const end = /^\s+$/.test(doc.tokens[phraseEnd - 1]?.post ?? '') ? afterAffiliation(doc, phraseEnd, WORKPLACE_PREPOSITIONS) : phraseEnd;
  const last = doc.tokens[end - 1];
  if (!last || !/^\s*,\s*$/.test(last.post)) return undefined;
  const person = personAt(people, end);
  if (!person || person.first !== end) return undefined;
  // The name closes the apposition: "..., James Kopp, was" or the sentence ends.
  const closing = doc.tokens[person.end - 1]!;
  return /^\s*[,.;]/.test(closing.post) || person.end === doc.sentences[person.sentence]!.endToken ? person : undefined;
}

/**
 * "the 21-year-old Liverpool forward Kieran Maloney": the name right after a phrase with an age, with no
 * comma; not "the 2015 title behind pitcher Jonah Reyes", no age and a number that is none.
 */
function nameRightAfter(doc: Document, people: PersonMention[], phrase: RolePhrase): PersonMention | undefined {
  const { age, end } = phrase;
  if (!age || doc.tokens.slice(phrase.first, end).some((token) => token.tags.has('Value') && (token.index < age.startToken || token.index >= age.endToken))) return undefined;
  const last = doc.tokens[end - 1];
  const person = personAt(people, end);
  return last && /^\s+$/.test(last.post) && person?.first === end && person.sentence === last.sentence ? person : undefined;
}

/** "NBA star Tristan Thompson", "6-year-old Elian Gonzalez". */
function rolesBeforeNames(doc: Document, people: PersonMention[]): ResolvedDescription[] {
  const found: ResolvedDescription[] = [];
  for (const person of people) {
    const role = doc.tokens[person.first - 1];
    if (!role || role.sentence !== person.sentence || /\S/.test(role.post)) continue;
    let first = person.first - 1;
    // "34-year-old Jamaican Merline Gayle": a nationality after the age stands for the role.
    // (Not "joined as a 17-year-old.\n\nItalian Andrea Zanetti": the age ends another sentence.)
    const ageEnd = doc.tokens[person.first - 2];
    const nationality = /^\p{Lu}/u.test(role.text) && (role.tags.has('Demonym') || isNationalityWord(role.text)) && ageEnd?.sentence === person.sentence && !/\S/.test(ageEnd.post);
    let age = ageEndingAt(doc, nationality ? first - 1 : first);
    if (!age && !(isRoleNoun(role) && /^\p{Ll}/u.test(role.text))) continue;
    // "the 40-year-old Bukit Tinggi treatment plant": the name modifies the noun after it; no one.
    if (age && modifiesNounAfter(doc, person.end)) continue;
    if (age) first = age.startToken;
    // "her 16-year-old Austin Metro": a possessive before an age and a bare name owns a thing;
    // a person it owns has a role first ("his 12-year-old son John").
    if (age && !isRoleNoun(role) && doc.tokens[first - 1] !== undefined && isPossessiveDeterminer(doc.tokens[first - 1]!)) continue;
    // Take modifiers back to a determiner or a break: "NBA star", "former NBA star";
    // not over a score ("beat Dunmore 6-4 7-5 behind pitcher Jonah Reyes").
    while (first > 0 && person.first - first <= MAX_MODIFIERS) {
      const previous = doc.tokens[first - 1]!;
      // "Moroccan-born midfielder": "born" glued to a nationality is no verb here.
      const compound = previous.normal === 'born' && doc.tokens[previous.index - 1]?.post === '-';
      if (previous.sentence !== person.sentence || endsPhrase(previous) || !(isModifier(previous) || compound) || (previous.tags.has('Verb') && !compound)) break;
      if (personAt(people, previous.index) || isNumberNotAge(doc, previous)) break;
      first--;
      age = age ?? ageModifierAt(doc, first);
    }
    found.push(described(doc, person.entity, first - 1, { first, end: person.first, age }));
  }
  return found;
}

/** "treatment" in "Bukit Tinggi treatment plant": a lower-case noun, no verb, right after the name. */
function modifiesNounAfter(doc: Document, end: number): boolean {
  const next = doc.tokens[end];
  return next !== undefined && !/\S/.test(doc.tokens[end - 1]!.post) && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Verb') && !next.tags.has('Pronoun');
}

/** "6-4", "2015"; not the "45" of "45-year-old". */
function isNumberNotAge(doc: Document, token: Token): boolean {
  return token.tags.has('Value') && ageModifierAt(doc, token.index) === null;
}

function ageEndingAt(doc: Document, last: number): AgeModifier | null {
  for (let start = Math.max(0, last - 3); start <= last; start++) {
    const modifier = ageModifierAt(doc, start);
    if (modifier && modifier.endToken === last + 1) return modifier;
  }
  return null;
}

function described(doc: Document, entity: Entity, determiner: number, phrase: RolePhrase): ResolvedDescription {
  const opening = doc.tokens[determiner];
  const first = opening && /^(the|a|an)$/.test(opening.normal) ? determiner : phrase.first;
  const start = doc.tokens[first]!.start;
  const last = doc.tokens[phrase.end - 1]!;
  // "the 45-year-old's lawyer": the phrase without the possessive
  const end = /['’]s$/.test(last.text) ? last.end - 2 : last.end;
  const roleTokens = doc.tokens.slice(phrase.first, phrase.end).filter((token) => !phrase.age || token.index < phrase.age.startToken || token.index >= phrase.age.endToken);
  const role = roleTokens.map((token) => token.text).join(' ');
  return {
    description: { start, end, text: doc.text.slice(start, end), role },
    entity,
    age: phrase.age,
    first,
    end: phrase.end,
  };
}
