/**
 * "and" inside one name, which otherwise parts two names:
 *
 *   "Bosnia and Herzegovina", "Trinidad and Tobago"   the lists know the whole name
 *   "Procter and Gamble"                              the lists know "Procter & Gamble"
 *   "Center for Strategic and International Studies"  a body's domain of ordinary words
 *   "Ministry of Agriculture and Fisheries"
 *   "Organisation for Security and Cooperation in Europe"  ... and the continent it serves
 *
 * but "Lamar Odom and Khloé Kardashian", "Britain and France", "Council of Europe and NATO",
 * "the Department of Justice and Attorney General Eric Holder" stay apart.
 */
import type { Token } from '../../document.js';
import { gazetteerKinds, isListed } from './gazetteer.js';
import { INSTITUTION_HEADS, isAffiliation, isLegalForm, isOrganizationWord, lexiconTags, PERSON_TITLES } from './lexicon.js';
import { baseWord, isBreak, UPPER } from './name-tokens.js';
import { isNationalityBeforeOffice } from './nationality-adjectives.js';

/** How far a known name reaches on either side of its "and": "Turks and Caicos Islands". */
const REACH = 3;
/** compromise's tags for whole names: "trinidad and tobago" -> Country. */
const WHOLE_NAME_TAGS = new Set(['Country', 'Region', 'Place', 'City', 'Organization']);
/** compromise's tags of a word that names someone or somewhere by itself. */
const NAME_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization']);
/** "Home Office", "Environmental Protection Agency": heads of a second body's name. */
const SECOND_BODY_HEADS = new Set([...INSTITUTION_HEADS, 'office']);
/** "in Europe" ends the names of bodies that serve a continent. */
const CONTINENTS = new Set(['Europe', 'Asia', 'Africa', 'America', 'Americas', 'Pacific', 'Caribbean']);

/** The "and" at `index` joins the capitalised words around it into one name. */
export function joinsConjoinedName(tokens: Token[], index: number, sentenceEnd: number): boolean {
  return isKnownWholeName(tokens, index, sentenceEnd) || isBodyDomain(tokens, index, sentenceEnd) || isBodyOfTwoParts(tokens, index, sentenceEnd);
}

/**
 * "the Social Democratic and Labour Party", "the Monopolies and Mergers Commission", "Standard and
 * Union Bank": words that name no body alone, "and", then words that end at a body's head word;
 * not "Republican and Democratic Party leaders", nor "the Labour Party and Sinn Fein".
 */
function isBodyOfTwoParts(tokens: Token[], index: number, sentenceEnd: number): boolean {
  // "The Social Democratic and Labour Party said": the article opens the sentence.
  const capitals = listBefore(tokens, index);
  const before = capitals[0]?.text === 'The' ? capitals.slice(1) : capitals;
  const after = capitalsAfter(tokens, index, sentenceEnd);
  if (before.length === 0 || before.length > maxBefore(before) || after.length === 0 || after.length > 3) return false;
  // "Kruger and Hollis Securities", "Harwick and Dene District Council" need no "the"; but not
  // "IBM and Microsoft Corp", "Ford and General Motors Co": a known body or place before the "and".
  const afterThe = tokens[before[0]!.index - 1]?.normal === 'the';
  // Not "Massachusetts Institute of Technology and Colorado State University": the words before
  // the "and" are an earlier body's domain (isBodyDomain weighs those).
  // ("the former leader of Harwick and Dene District Council": "of" after an ordinary word.)
  const connector = tokens[before[0]!.index - 1];
  if (!afterThe && /^(of|for|on)$/.test(connector?.normal ?? '') && UPPER.test(tokens[before[0]!.index - 2]?.text ?? '')) return false;
  if (!afterThe && before.some((token) => isListed(baseWord(token)) || /^\p{Lu}{2,}$/u.test(baseWord(token)))) return false;
  // "the National Aeronautics and Space Administration", "the Monopolies and Mergers Commission",
  // "the Victoria and Albert Museum": words that name no body alone, "and", then a body's words.
  // Not "the Labour Party and Sinn Fein": a whole body's name before the "and".
  // ("Deccan Chemicals and Fertilisers Ltd": a second trade in the plural, then a legal form, closes one
  // company; not "Kelvar Holdings and Osk Ltd", two.)
  const trade = after[0]!;
  const oneCompany = after.length === 2 && isLegalForm(baseWord(after[1]!)) && /^\p{Lu}\p{Ll}+s$/u.test(trade.text) && isOrdinaryCapital(trade);
  if (before.some((token) => isAffiliation(baseWord(token))) || (isOrganizationWord(baseWord(before[before.length - 1]!)) && !oneCompany)) return false;
  // Not "and Attorney General Eric Holder": a title after it.
  if (after.some((token) => PERSON_TITLES.has(baseWord(token).toLowerCase()))) return false;
  // Not "Royal Dutch/Shell and British Petroleum": a second body that its country opens.
  if (isNationalityBeforeOffice(baseWord(after[0]!)) || gazetteerKinds(baseWord(after[0]!)).has('country')) return false;
  // Not "the State and Homeland Security Departments": a plural head names two bodies.
  // Nor "Social Progressive and Kelvara Party leaders" without "the": two parties' people.
  const following = tokens[after[after.length - 1]!.index + 1];
  if (!afterThe && following !== undefined && /^\p{Ll}/u.test(following.text) && following.tags.has('Plural')) return false;
  const head = baseWord(after[after.length - 1]!);
  const plural = /[^s]s$/.test(head) && isOrganizationWord(head.slice(0, -1));
  return isOrganizationWord(head) && !plural;
}

/**
 * "Procter and Gamble": the kind of a name with "and" that the lists know only
 * written with "&" ("Procter & Gamble"), which the evidence does not look up.
 */
export function kindOfAmpersandName(name: string): 'organization' | 'place' | null {
  if (!/ and /i.test(name)) return null;
  const written = name.replace(/ and /gi, ' & ');
  const tags = lexiconTags(written);
  if (tags.includes('Organization') || gazetteerKinds(written).has('company')) return 'organization';
  return tags.some((tag) => WHOLE_NAME_TAGS.has(tag)) ? 'place' : null;
}

/** "Trinidad and Tobago", "Procter and Gamble": the lists know some words around the "and" as one name. */
function isKnownWholeName(tokens: Token[], index: number, sentenceEnd: number): boolean {
  const before = capitalsBefore(tokens, index).slice(-REACH);
  const after = capitalsAfter(tokens, index, sentenceEnd).slice(0, REACH);
  for (let b = 0; b < before.length; b++) {
    for (let a = 1; a <= after.length; a++) {
      const left = before.slice(b).map(baseWord).join(' ');
      const right = after.slice(0, a).map(baseWord).join(' ');
      if (isWholeName(`${left} and ${right}`) || isWholeName(`${left} & ${right}`)) return true;
    }
  }
  return false;
}

function isWholeName(phrase: string): boolean {
  const kinds = gazetteerKinds(phrase);
  return kinds.has('country') || kinds.has('region') || kinds.has('company') || lexiconTags(phrase).some((tag) => WHOLE_NAME_TAGS.has(tag));
}

/**
 * "Center for Strategic and International Studies": a body's head word, "for",
 * "of" or "on" (and "the"), then ordinary capitalised words on both sides of the
 * "and"; none of them a name by itself ("Council of Europe and NATO"), nor a title.
 */
function isBodyDomain(tokens: Token[], index: number, sentenceEnd: number): boolean {
  const before = listBefore(tokens, index);
  const after = capitalsAfter(tokens, index, sentenceEnd);
  if (before.length === 0 || before.length > maxBefore(before) || after.length === 0) return false;
  if (![...before, ...after].every(isOrdinaryCapital)) return false;
  // "and Attorney General Eric Holder": a title with more capitals after it opens a person's name.
  if (after.slice(0, -1).some((token) => PERSON_TITLES.has(baseWord(token).toLowerCase()))) return false;
  // "Ministry of Defence and Home Office": a body's head word after the "and" ends a second body.
  if (after.some((token) => SECOND_BODY_HEADS.has(baseWord(token).toLowerCase()))) return false;
  let connector = before[0]!.index - 1;
  if (tokens[connector]?.text === 'the') connector--;
  const head = tokens[connector - 1];
  if (!/^(for|of|on)$/.test(tokens[connector]?.text ?? '') || head === undefined || isBreak(head) || !UPPER.test(head.text)) return false;
  const word = baseWord(head);
  return INSTITUTION_HEADS.has(word.toLowerCase()) || isOrganizationWord(word);
}

/** "Security", "International": a capitalised word that names nothing alone. */
function isOrdinaryCapital(token: Token): boolean {
  const word = baseWord(token);
  if (/^\p{Lu}{2,}$/u.test(word)) return false;
  // "Urban Development": a first name that is also a word ("Urban", "Will") counts as a word.
  return !isListed(word) && !lexiconTags(word).some((tag) => NAME_TAGS.has(tag));
}

/**
 * "Organisation for Security and Cooperation in Europe": "in" and a continent
 * end a body's name whose domain has an "and"; not "... Studies in Washington".
 */
export function joinsContinentOfBody(tokens: Token[], index: number, sentenceEnd: number): boolean {
  const continent = tokens[index + 1];
  const next = tokens[index + 2];
  if (continent === undefined || !CONTINENTS.has(baseWord(continent)) || isBreak(tokens[index]!)) return false;
  if (index + 2 < sentenceEnd && next !== undefined && UPPER.test(next.text) && !isBreak(continent)) return false;
  const before = capitalsBefore(tokens, index);
  const and = index - before.length - 1;
  return tokens[and]?.text === 'and' && isBodyDomain(tokens, and, sentenceEnd);
}

/**
 * "Science, Technology" before "and Innovation", "Coffee, Sugar" before "and Cocoa Exchange": the
 * capitalised words before `index`, back over a list of single ordinary words parted by commas.
 */
function listBefore(tokens: Token[], index: number): Token[] {
  let words = capitalsBefore(tokens, index);
  // The item after each comma is one ordinary word; the list's first item may be longer.
  let item = words;
  for (;;) {
    const comma = item.length === 1 ? tokens[item[0]!.index - 1] : undefined;
    if (comma === undefined || !/^,\s+$/.test(comma.post) || !UPPER.test(comma.text) || !isOrdinaryCapital(item[0]!) || !isOrdinaryCapital(comma)) return words;
    item = [...capitalsBefore(tokens, comma.index), comma];
    words = [...item, ...words];
  }
}

/** Up to three words before an "and", five with a list of commas: "Kenya Medical Practitioners, Pharmacists". */
function maxBefore(before: readonly Token[]): number {
  return before.some((token) => /,/.test(token.post)) ? 5 : 3;
}

/**
 * The comma after `index - 1` goes on in a body's name whose list its "and" closes:
 * "Ministry of Science, Technology and Innovation", "Coffee, Sugar and Cocoa Exchange".
 */
export function joinsCommaList(tokens: Token[], index: number, sentenceEnd: number): boolean {
  for (let i = index; i < Math.min(sentenceEnd, index + 6); i++) {
    const token = tokens[i]!;
    if (!UPPER.test(token.text) || !isOrdinaryCapital(token)) return false;
    const next = tokens[i + 1];
    if (next?.text === 'and' && /^,?\s+$/.test(token.post)) return joinsConjoinedName(tokens, i + 1, sentenceEnd);
    if (!/^,\s+$/.test(token.post)) return false;
  }
  return false;
}

/** The capitalised words right before `index`, in order, within one run. */
function capitalsBefore(tokens: Token[], index: number): Token[] {
  const words: Token[] = [];
  for (let i = index - 1; i >= 0 && UPPER.test(tokens[i]!.text) && !isBreak(tokens[i]!); i--) words.unshift(tokens[i]!);
  return words;
}

/** The capitalised words right after `index`, in order, up to a break. */
function capitalsAfter(tokens: Token[], index: number, sentenceEnd: number): Token[] {
  const words: Token[] = [];
  for (let i = index + 1; i < sentenceEnd && UPPER.test(tokens[i]!.text); i++) {
    // "Investigation Service (FIOD)": a bracket ends the name.
    if (i > index + 1 && /\(/.test(tokens[i - 1]!.post + tokens[i]!.pre)) break;
    words.push(tokens[i]!);
    if (isBreak(tokens[i]!)) break;
  }
  return words;
}
