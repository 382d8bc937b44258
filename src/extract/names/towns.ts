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
