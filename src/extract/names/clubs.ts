/**
 * Sports clubs named by a club word and their town:
 *
 *   "Dynamo Kiev", "Real Madrid", "Red Star Belgrade", "Sporting Lisbon",
 *   "Bayern Munich", "Borussia Dortmund", "Hapoel Tel Aviv", "AC Milan"
 *
 * or by a country and their town: "Croatia Zagreb", "Austria Vienna".
 *
 * The town alone is a place; with a club word before it the whole name is a
 * body, and is not cut into a word and a place.
 */
import type { Evidence } from './evidence.js';
import { gazetteerKinds } from './gazetteer.js';
import { isTown } from './towns.js';

/**
 * Words that open clubs' names across Europe, never a town's: sporting societies
 * ("Dynamo", "Spartak", "Sporting"), patrons' words ("Real", "Inter"), and the
 * abbreviations of "football club" in its languages ("FC", "AC", "SV", "VfB").
 */
const CLUB_WORDS = new Set([
  'real', 'inter', 'dynamo', 'dinamo', 'sporting', 'olympique', 'olympic', 'atletico', 'athletic', 'racing', 'red star',
  'steaua', 'partizan', 'spartak', 'lokomotiv', 'lokomotiva', 'torpedo', 'rapid', 'slavia', 'sparta', 'slovan', 'hapoel',
  'maccabi', 'beitar', 'borussia', 'eintracht', 'hertha', 'werder', 'fortuna', 'hansa', 'ajax', 'bayern', 'legia',
  'dukla', 'zenit', 'shakhtar', 'vitoria', 'standard', 'levski', 'olimpija', 'celta', 'deportivo', 'sturm', 'admira',
]);
/** "FC Porto", "VfB Stuttgart", "HC Lugano" (hockey), "KK Partizan" (basketball): capitals at both ends ("sc", "Sc" are no club). */
const CLUB_ABBREVIATIONS = new Set(['FC', 'AC', 'SC', 'SV', 'VFB', 'VFL', 'TSV', 'PSV', 'AEK', 'PAOK', 'CSKA', 'IFK', 'AIK', 'HC', 'EHC', 'HK', 'KK', 'BK', 'SK']);
/** "Rosenborg BK", "Molde FK", "Hammarby IF", "Malmo FF", "Faaberg IL": Nordic clubs' abbreviations after the name. */
const CLUB_CLOSERS = new Set(['BK', 'FK', 'IF', 'FF', 'IL', 'IK', 'SK', 'AIF', 'BIF']);
/** "Red Star", the longest club word. */
const MAX_CLUB_WORDS = 2;

/** "Hammarby IF": a club's abbreviation after a name written in lower case, though "IF" reads as a word. */
export function isClubCloserAfter(previous: string, word: string): boolean {
  return CLUB_CLOSERS.has(word) && /^\p{Lu}\p{Ll}/u.test(previous);
}

/** "Dynamo Kiev", "Croatia Zagreb", "Molde FK" -> true; "Kiev", "Real estate", "Standard Oil", "Inter Alia", "Mexico City", "What If" -> false. */
export function isClubName(words: readonly string[]): boolean {
  if (words.length >= 2 && CLUB_CLOSERS.has(words[words.length - 1]!)) return true;
  for (let split = 1; split <= Math.min(MAX_CLUB_WORDS, words.length - 1); split++) {
    const opener = words.slice(0, split).join(' ');
    const abbreviation = /^\p{Lu}.*\p{Lu}$/u.test(opener) && CLUB_ABBREVIATIONS.has(opener.toUpperCase());
    if ((abbreviation || CLUB_WORDS.has(opener.toLowerCase())) && isTown(words.slice(split).join(' '))) return true;
  }
  return words.length >= 2 && gazetteerKinds(words[0]!).has('country') && gazetteerKinds(words.slice(1).join(' ')).has('city');
}

/**
 * A side named for its town, where the words around say club ("Newcastle manager",
 * "Liverpool 5 4 1 0 12 4 13"): the town's name counts for the club here.
 */
export function weighClub(evidence: Evidence, weight: number): void {
  evidence.organization += weight + evidence.place;
}
