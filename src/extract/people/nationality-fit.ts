/**
 * Which person a nationality describes, when the article says where people are from:
 *
 *   "Novakova will meet Alicia Moreno Vidal of Spain. The 24-year-old Spaniard beat ..."
 *     -> Alicia Moreno Vidal, not Novakova, whom salience alone would pick.
 *
 * A person's country is read beside the name: "Vidal of Spain", "Vidal (Spain)", "Spain's Vidal".
 * A nationality fits a country that shares its first three letters ("Spaniard", "Spain"; "Swede",
 * "Sweden"); "Dutchman" fits no "Netherlands", and then says nothing.
 */
import type { Document } from '../../document.js';
import type { Entity } from '../model.js';
import { gazetteerKinds } from '../names/gazetteer.js';
import type { PersonMention } from './mentions.js';
import { isNationalityWord } from '../names/nationality-adjectives.js';

/** "of Spain", "(Spain)" right after a name. */
const COUNTRY_AFTER = /^\s*(?:of\s+|\(\s*)(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)/u;
/** "Spain's" right before a name. */
const COUNTRY_BEFORE = /(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)['’]s\s+$/u;

/** Each person's country, where one is stated beside one of their names. */
export function statedCountries(doc: Document, people: readonly PersonMention[]): Map<Entity, string> {
  const countries = new Map<Entity, string>();
  for (const mention of people) {
    if (countries.has(mention.entity)) continue;
    const after = COUNTRY_AFTER.exec(doc.text.slice(mention.stop, mention.stop + 40))?.[1];
    const before = COUNTRY_BEFORE.exec(doc.text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
    const country = [after, before].find((name) => name !== undefined && gazetteerKinds(name).has('country'));
    if (country) countries.set(mention.entity, country);
  }
  return countries;
}

/** "Brazilian" right before a name: "with goals from Brazilian Paulo Henrique Sampaio". */
const NATIONALITY_BEFORE = /(\p{Lu}\p{Ll}+)\s+$/u;

/**
 * Each person's nationality, where a nationality's word stands right before one of their names:
 * "Brazilian Paulo Henrique Sampaio", "Croatian Marin Kovac".
 */
export function statedNationalities(doc: Document, people: readonly PersonMention[]): Map<Entity, string> {
  const nationalities = new Map<Entity, string>();
  for (const mention of people) {
    if (nationalities.has(mention.entity)) continue;
    const word = NATIONALITY_BEFORE.exec(doc.text.slice(Math.max(0, mention.start - 30), mention.start))?.[1];
    if (word !== undefined && isNationalityWord(word)) nationalities.set(mention.entity, word);
  }
  return nationalities;
}

/** "Spaniard" and "Spain", "Norwegian" and "Norway", "Pole" and "Polish": the same first three letters. */
export function nationalityFitsCountry(nationality: string, country: string): boolean {
  const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 3);
  return fold(nationality) === fold(country);
}
