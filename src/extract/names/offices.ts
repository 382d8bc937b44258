/**
 * Offices inside runs of capitalised words: titles, their domains and the
 * bodies they belong to. `shape.ts` cuts names around them:
 *
 *   "Minister for Foreign Affairs Alexander Downer"   the domain goes with the title
 *   "EU Commissioner for Trade Tam Rask"              a body, an office, a person
 *   "United Nations High Commissioner for Refugees"   a body's office, no person: a body
 *   "the Los Angeles Sheriff's office"                an office named by its holder's title
 */
import type { Document, Token } from '../../document.js';
import { gazetteerKinds, isKnownPlace } from './gazetteer.js';
import { isGeneration, isOrganizationWord, isPlaceWord, lexiconTags, PERSON_TITLES } from './lexicon.js';
import { baseWord, isPossessive, UPPER } from './name-tokens.js';

/** Words that open a title without being one: "High Commissioner", "Special Envoy", "Majority Leader". */
const TITLE_MODIFIERS = new Set([
  'high', 'special', 'senior', 'acting', 'assistant', 'associate', 'interim', 'majority', 'minority', 'opposition',
  // "Emeritus Professor John Burrows", "Shadow Home Secretary Yvette Cooper"
  'emeritus', 'shadow', 'home',
  // "U.S. District Judge Paul Whitfield", "Circuit Judge", "Federal Judge"
  'district', 'circuit', 'federal',
]);

/** What an officeholder's title owns when it names a body: "the Los Angeles Sheriff's office". */
const OFFICES = new Set(['office', 'department', 'bureau', 'agency']);

export function isTitle(token: Token): boolean {
  return isTitleWord(token) && !isPossessive(token);
}

/**
 * "President", "Sheriff's": a title, with or without a possessive; not "St" in
 * "St James' Park" or "Prince" in "Prince Edward Island", which compromise reads as
 * part of a place. It reads "Farm Commissioner" and "District Judge" as places too:
 * other titles are no place's words.
 */
export function isTitleWord(token: Token): boolean {
  const word = baseWord(token).toLowerCase();
  return PERSON_TITLES.has(word) && (!token.tags.has('Place') || !PLACE_TITLES.has(word));
}

/** Titles that open names of places: "St Louis", "Saint Kitts", "King's Lynn", "Prince George", "General Santos". */
const PLACE_TITLES = new Set(['st', 'saint', 'king', 'queen', 'prince', 'princess', 'general', 'lady', 'lord', 'sir']);

/** "President", "High Commissioner": a title, or a modifier and a title, opens at `index`. */
export function opensTitle(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  return isTitle(token) || (TITLE_MODIFIERS.has(token.normal) && next !== undefined && isTitle(next));
}

/**
 * "Majority" in "Majority Leader Trent Lott" or "the Majority Leader's office",
 * "Shadow" and "Home" in "Shadow Home Secretary": modifiers before a title.
 */
export function isTitleModifier(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  return token !== undefined && next !== undefined && TITLE_MODIFIERS.has(token.normal) && (isTitleWord(next) || isTitleModifier(tokens, index + 1));
}

/** "of", "for" after a title: "Secretary of State", "Commissioner for Refugees". */
export function isOfficeConnector(token: Token | undefined): boolean {
  return token !== undefined && (token.normal === 'of' || token.normal === 'for');
}

/**
 * Where the person starts after an office's domain, from `from` (the domain's
 * first word) to `end`; `end` when no person follows:
 *   "State Rex Tillerson" -> "Rex", "Foreign Affairs Alexander Downer" -> "Alexander",
 *   "Homeland Security Tam Rask" -> "Tam", "Singapore Lee Hsien Loong" -> "Lee",
 *   "Foreign Affairs" -> none, "Boeing Commercial Airplanes" -> none.
 */
export function personAfterDomain(doc: Document, from: number, end: number): number {
  // "Alexander Downer": a first name; else "Lee Hsien Loong", which compromise reads as a person's name.
  const rest = doc.tokens.slice(from + 1, end);
  const firstName = rest.findIndex((token) => isFirstName(baseWord(token)));
  if (firstName >= 0) return from + 1 + firstName;
  const person = rest.findIndex((_token, i) => rest.slice(i).every((word) => word.tags.has('Person')));
  if (person >= 0) return from + 1 + person;
  // "CEO of Boeing Commercial Airplanes": without a first name, a named body runs to the end.
  const named = isNamedDomain(doc, from, end);
  return end - from >= 3 && !named && couldBeSurname(baseWord(doc.tokens[end - 1]!)) ? end - 2 : end;
}

/** "Tillerson", "Rask"; not "Airplanes", "Relations", "Bank": no common, body or place word. */
function couldBeSurname(word: string): boolean {
  const tags = lexiconTags(word);
  const named = tags.length === 0 || tags.some((tag) => tag === 'LastName' || tag === 'FirstName' || tag === 'Person');
  return named && !isOrganizationWord(word) && !isPlaceWord(word);
}

/**
 * "the Prime Minister of Singapore", "CEO of Boeing Commercial Airplanes": the
 * domain from `from` to `end` is a name of its own: a known place or company
 * opens it, or a body's word ends it.
 */
export function isNamedDomain(doc: Document, from: number, end: number): boolean {
  if (from >= end) return false;
  // "Singapore", "Boeing Commercial Airplanes"; "the United States": the whole domain is known.
  const whole = gazetteerKinds(doc.text.slice(doc.tokens[from]!.start, doc.tokens[end - 1]!.end));
  const first = new Set([...gazetteerKinds(baseWord(doc.tokens[from]!)), ...whole]);
  const known = first.has('company') || first.has('country') || first.has('region') || first.has('city');
  // "Speaker of the House of Representatives": the head before "of" names the body.
  const of = doc.tokens.slice(from + 1, end - 1).find((token) => token.normal === 'of');
  const head = doc.tokens[of === undefined ? end - 1 : of.index - 1]!;
  return from < end && (known || (end - from > 1 && (isOrganizationWord(baseWord(head)) || head.text === 'House')));
}

/**
 * "Afghan Ambassador Hamdullah Mohib", "EU Commissioner for Trade Tam Rask": a
 * title inside the run, followed by a name or its domain; a modifier before it
 * goes with it ("UN High Commissioner").
 */
export function innerTitle(doc: Document, first: number, end: number): number {
  for (let i = first + 1; i < end - 1; i++) {
    const next = doc.tokens[i + 1]!;
    // "Council on Foreign Relations", "Ministry of Foreign Affairs": after a connector, a domain's word.
    if (!UPPER.test(doc.tokens[i - 1]!.text)) continue;
    if (!isTitle(doc.tokens[i]!) || !(UPPER.test(next.text) || isOfficeConnector(next))) continue;
    // "Martin Luther King Jr.": a generation after the title; "King" is the surname.
    if (isGeneration(baseWord(next))) continue;
    let start = i;
    while (start - 1 > first && TITLE_MODIFIERS.has(doc.tokens[start - 1]!.normal)) start--;
    return start;
  }
  return -1;
}

/**
 * "United Nations High Commissioner for Refugees": from `title`, an office with
 * its domain and no person after it.
 */
export function isOfficeWithoutPerson(doc: Document, title: number, end: number): boolean {
  let i = title;
  while (i < end && (isTitle(doc.tokens[i]!) || TITLE_MODIFIERS.has(doc.tokens[i]!.normal))) i++;
  return i > title && i + 1 < end && isOfficeConnector(doc.tokens[i]) && personAfterDomain(doc, i + 1, end) === end;
}

/**
 * "Los Angeles Sheriff's office", "Texas Attorney General's office": the name
 * ending at `end` is a title's possessive, and an office follows: a body, not a person.
 */
export function isTitledOffice(doc: Document, end: number): boolean {
  const last = doc.tokens[end - 1];
  const next = doc.tokens[end];
  if (!last || !next || next.sentence !== last.sentence || /\S/.test(last.post)) return false;
  return isPossessive(last) && PERSON_TITLES.has(baseWord(last).toLowerCase()) && OFFICES.has(next.normal);
}

/**
 * "Los Angeles Sheriff's", "Texas Attorney General's", "Kelvara Police Chief's":
 * a place, a title or a body before the title at `title`; not "Burger King's".
 */
export function holdsOffice(doc: Document, first: number, title: number): boolean {
  const previous = doc.tokens[title - 1];
  if (previous === undefined || title <= first) return false;
  const before = doc.text.slice(doc.tokens[first]!.start, previous.end);
  return isKnownPlace(before) || isTitleWord(previous) || isOrganizationWord(baseWord(previous)) || isPlaceWord(baseWord(previous));
}

export function isFirstName(word: string): boolean {
  const tags = lexiconTags(word);
  return gazetteerKinds(word).has('firstName') || tags.includes('FirstName') || tags.includes('MaleName') || tags.includes('FemaleName');
}

/** Portfolios named before a minister's or a commissioner's title: "Agriculture Minister", "EU Farm Commissioner". */
const OFFICE_DOMAINS = new Set([
  'agriculture', 'farm', 'fisheries', 'finance', 'trade', 'foreign', 'defence', 'defense', 'interior', 'home',
  'health', 'education', 'justice', 'energy', 'transport', 'economy', 'economics', 'environment', 'industry',
  'culture', 'labour', 'labor', 'employment', 'budget', 'communications', 'tourism', 'competition', 'revenue',
]);

/** "Agriculture", "Farm": a word that names a portfolio. */
export function isOfficeDomainWord(word: string): boolean {
  return OFFICE_DOMAINS.has(word.toLowerCase());
}
