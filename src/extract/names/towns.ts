/**
 * Towns: the place in a club's name ("Dynamo Kiev", "Partizan Belgrade") and
 * what follows a body's first words ("Vardo Ostrava").
 */
import { gazetteerKinds } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';

/** "Kiev", "Tel Aviv", "Bavaria", "Macau": a town or a region the lists or compromise know; "Spain" -> false. */
export function isTown(name: string): boolean {
  const kinds = gazetteerKinds(name);
  return kinds.has('city') || kinds.has('region') || lexiconTags(name).some((tag) => tag === 'City' || tag === 'Region');
}

/** "Spain", "Japan": a country the lists or compromise know (a national side stays a place). */
export function isCountryName(name: string): boolean {
  return gazetteerKinds(name).has('country') || lexiconTags(name).includes('Country');
}

/** "Houston", "Bavaria": a town or a region that is no country. */
export function isTownNotCountry(name: string): boolean {
  return isTown(name) && !isCountryName(name);
}

/** "Harlequins", "Saracens": one plural word that neither the lists nor compromise know, a club's. */
export function isUnknownPlural(name: string): boolean {
  return /^\p{Lu}\p{Ll}+[^s]s$/u.test(name) && gazetteerKinds(name).size === 0 && lexiconTags(name).length === 0;
}
