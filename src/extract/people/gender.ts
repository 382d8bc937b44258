/**
 * The grammatical gender the article uses for each person, so that "the
 * 40-year-old actress" is not resolved to a man. Evidence, by weight:
 *
 *   "Lamar admitted he was ..."    a pronoun after the person, in the person's sentence, before anyone
 *                                  else is named ("Kovac, who had never won ..., picked up a racket when he")
 *   "Tristan", "Kristen"           a first name that only one sex bears (compromise, the gazetteer)
 */
import type { Document, Token } from '../../document.js';
import type { Entity } from '../model.js';
import { gazetteerKinds } from '../names/gazetteer.js';
import { lexiconTags } from '../names/lexicon.js';
import type { PersonMention } from './mentions.js';

export type Gender = 'male' | 'female';

const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);
/** Words after the name a pronoun may stand: a sentence's length, in practice. */
const PRONOUN_WINDOW = 40;

export function gendersOf(doc: Document, people: PersonMention[]): Map<Entity, Gender> {
  const votes = new Map<Entity, number>();
  const vote = (entity: Entity, gender: Gender | null, weight: number): void => {
    if (gender) votes.set(entity, (votes.get(entity) ?? 0) + (gender === 'male' ? weight : -weight));
  };
  people.forEach((person, i) => {
    const next = people[i + 1];
    const limit = Math.min(person.end + PRONOUN_WINDOW, next && next.sentence === person.sentence ? next.first : Infinity);
    vote(person.entity, pronounBetween(doc, person.end, limit, person.sentence), 2);
  });
  for (const entity of new Set(people.map((person) => person.entity))) vote(entity, genderOfName(entity.name), 1);
  const genders = new Map<Entity, Gender>();
  for (const [entity, score] of votes) if (score !== 0) genders.set(entity, score > 0 ? 'male' : 'female');
  return genders;
}

/** The gender of the first he/she-type pronoun in tokens `[from, to)` of one sentence. */
export function pronounBetween(doc: Document, from: number, to: number, sentence: number): Gender | null {
  for (let i = from; i < to && i < doc.tokens.length; i++) {
    const token: Token = doc.tokens[i]!;
    if (token.sentence !== sentence) return null;
    if (MALE_PRONOUNS.has(token.normal)) return 'male';
    if (FEMALE_PRONOUNS.has(token.normal)) return 'female';
  }
  return null;
}

/** "Tristan Thompson" -> male; "Khloé Kardashian" -> unknown (the lists do not tell). */
function genderOfName(name: string): Gender | null {
  const first = name.split(/\s+/)[0] ?? '';
  const tags = lexiconTags(first);
  const kinds = gazetteerKinds(first);
  const male = tags.includes('MaleName') || kinds.has('maleName');
  const female = tags.includes('FemaleName') || kinds.has('femaleName');
  if (male === female) return null;
  return male ? 'male' : 'female';
}

const FEMALE_ROLES = /^(actress|woman|mother|mom|wife|girl|sister|daughter|queen|princess|chairwoman|spokeswoman|businesswoman|heiress|grandmother|aunt|niece|girlfriend|widow|bride|waitress|hostess|congresswoman)$/;
const MALE_ROLES = /^(actor|man|father|dad|husband|boy|brother|son|king|prince|chairman|spokesman|businessman|heir|grandfather|uncle|nephew|boyfriend|widower|groom|waiter|host|congressman)$/;

/** "the 40-year-old actress" -> female; "the former NBA star" -> unknown. */
export function genderOfRole(role: string): Gender | null {
  const head = role.split(/\s+/).pop()?.toLowerCase() ?? '';
  if (FEMALE_ROLES.test(head)) return 'female';
  if (MALE_ROLES.test(head)) return 'male';
  return null;
}
