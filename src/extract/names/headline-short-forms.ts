/**
 * A headline names a club or a company by the first words of the name the body
 * writes in full:
 *
 *   "PARTIZAN BEAT RED STAR"  over "Partizan Belgrade", "Red Star Belgrade"  -> "PARTIZAN", "RED STAR"
 *   "ACME PROFITS RISE"       over "Acme Holdings Plc"                       -> "ACME"
 *
 * but not "JOHN SAYS NO" over "John Marvel" (a first name), nor "CLINTON VISITS"
 * over "Clinton Foundation" (the rest is no town nor company suffix), nor "NEW"
 * over "New Delhi" (a place), nor a word that opens two of the body's names.
 */
import { isClubName } from './clubs.js';
import { gazetteerKinds } from './gazetteer.js';
import { isFirstName } from './offices.js';
import { isTown } from './towns.js';
import { closesCompanyName, isLowerCaseLegalForm } from './lexicon.js';

/** The one body name, of a club or a company, that the headline words `text` open; or null. */
export function bodyNameOpenedBy(text: string, bodyNames: readonly string[]): string | null {
  const words = text.toLowerCase().split(/\s+/);
  if (isFirstName(words[0]!)) return null;
  const opened = new Set(bodyNames.filter((name) => name.toLowerCase().startsWith(`${words.join(' ')} `)).map((name) => name.toLowerCase()));
  const [name] = [...opened];
  // "NEW RULES" over "New Delhi": a place's name is no club's.
  if (opened.size !== 1 || name === undefined || isTown(name) || gazetteerKinds(name).has('country')) return null;
  const rest = name.split(/\s+/).slice(words.length);
  const written = bodyNames.find((body) => body.toLowerCase() === name)!.split(/\s+/).slice(words.length);
  const body = isClubName(name.split(/\s+/)) || isTown(rest.join(' ')) || written.every((word) => closesCompanyName(word) || isLowerCaseLegalForm(word));
  return body ? name : null;
}
