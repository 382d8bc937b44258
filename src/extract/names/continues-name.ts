/**
 * How far a name's run of capitals goes on: over hyphens ("Cheng Chung-tai"),
 * initials ("George W. Bush"), particles ("Ursula von der Leyen") and the small
 * words that join a body's name ("Bank of England", "Council for the Welfare of
 * Immigrants", "University of Texas at Arlington").
 */
import type { Token } from '../../document.js';
import { isCompoundTail } from './compounds.js';
import { joinsCommaList, joinsConjoinedName, joinsContinentOfBody } from './conjoined.js';
import { isLabel, type DocumentWords } from './document-words.js';
import { closesCompanyName, FOREIGN_WITHOUT, isLegalForm, isLowerCaseLegalForm, isOrganizationWord, isPlaceWord, isRoadNumber, lexiconTags, MEMBER_TITLES, PERSON_TITLES } from './lexicon.js';
import { baseWord, isArticleAfterConnector, isBreak, isCompanyWithPossessive, isCurrency, isFunctionWord, isPossessive, UPPER } from './name-tokens.js';
import { isFirstName, opensTitle } from './offices.js';
import { joinsBody, startsName } from './opens-name.js';
import { isParticle } from './particles.js';
import { isKnownPlace } from './gazetteer.js';
import { isClubCloserAfter } from './clubs.js';

/** Lower-case words that may sit inside a name: "Bank of England", "Ludwig van Beethoven". */
/** "of", "van", "de"; and Portuguese "do" inside a name ("Companhia Vale do Rio Doce", "Banco do Brasil"). */
function isConnector(word: string): boolean {
  return word === 'of' || word === 'do' || isParticle(word);
}

export function continuesName(tokens: Token[], index: number, sentenceEnd: number, words: DocumentWords): boolean {
  const previous = tokens[index - 1]!;
  const token = tokens[index]!;
  // "Chung-tai", "Al-Sisi": a hyphenated name goes on whatever the case.
  // "Moscow-based Interfax": a common word after the hyphen ends the name (compounds.ts).
  if (/^-$/.test(previous.post) && !isPossessive(previous)) return !isCompoundTail(previous, token);
  // "St James' Park", "New People's Party": a possessive inside the name of a place or body.
  const possessive = (isPossessive(previous) && /^\s*$/.test(previous.post)) || (/s$/.test(previous.text) && /^['’]\s*$/.test(previous.post));
  if (possessive && UPPER.test(token.text) && (isOrganizationWord(baseWord(token)) || isPlaceWord(baseWord(token))) && !isOwnerOfBody(tokens, index - 1)) return true;
  // "Moody's Investors Service", "McDonald's Corp": a company named with its "'s" heads a longer name.
  if (possessive && isCompanyWithPossessive(previous) && UPPER.test(token.text) && headsBodySoon(tokens, index)) return true;
  // "Children's Defense Fund", "Veterans' Affairs Committee": a common plural owns the body's name.
  if (possessive && UPPER.test(token.text) && isCommonPlural(previous) && headsBodySoon(tokens, index)) return true;
  if (isInitialBeforeName(tokens, index)) return true;
  // "Ministry of Science, Technology and Innovation": a comma inside a body's list.
  if (/^,\s+$/.test(previous.post) && joinsCommaList(tokens, index, sentenceEnd)) return true;
  // "Interstate 65", "County Road 747": a road's number; not "Abbey Road 50 years on", a count.
  const counts = tokens[index + 1] !== undefined && /^\p{Ll}/u.test(tokens[index + 1]!.text) && (tokens[index + 1]!.tags.has('Plural') || tokens[index + 1]!.tags.has('Unit'));
  if (/^\s+$/.test(previous.post) && isRoadNumber(previous.text, token.text) && !counts) return true;
  if (isBreak(previous) || /[([{"“‘]/.test(token.pre) || isLabel(token, words)) return false;
  // "Chase Manhattan Ltd. Moody's Investors Service": a legal form's full stop ends the company's
  // name, though it may end the sentence unseen; not before a second legal form ("Hoshino Co. Ltd").
  if (/^\.\s/.test(previous.post) && isLegalForm(previous.text) && !isLegalForm(token.text)) return false;
  // "British Telecommunications plc": a legal form in lower case closes the company's name.
  if (isLowerCaseLegalForm(token.text) && UPPER.test(previous.text)) return true;
  // "Washington D.C. Image: ...": after an abbreviation's full stop a sentence may have begun unseen.
  if (/\.$/.test(previous.text) && /^:/.test(token.post)) return false;
  if (/\.$/.test(previous.text) && UPPER.test(token.text) && !startsName(token, true, tokens[index + 1], words)) {
    // "U.N. High Commissioner for Refugees", "U.S. President Bill Clinton": shape.ts splits what is not one name.
    return isOrganizationWord(baseWord(token)) || isPlaceWord(baseWord(token)) || opensTitle(tokens, index);
  }
  // "Kevin De Bruyne", "Carlo De Benedetti": a capitalised particle inside a name.
  if (UPPER.test(token.text) && isParticle(token.text) && UPPER.test(tokens[index + 1]?.text ?? '') && !isBreak(token)) return true;
  // "a NASA T-shirt", "an X-ray": a capital letter glued to a common noun is no name's word.
  if (/^\p{Lu}-\p{Ll}/u.test(token.text)) return false;
  if (isClubCloserAfter(previous.text, token.text)) return true;
  // "Médecins Sans Frontières", "Reporteros Sin Fronteras": "without" abroad, which the lexicon reads as English "sans".
  if (UPPER.test(token.text)) return token.text !== 'The' && (!isFunctionWord(token) || isForeignWithout(token, tokens[index + 1])) && !isCurrency(token);
  // "Kyle & Jackie O Show", "Bank of England": a connector between two capitals.
  const next = tokens[index + 1];
  // "Council for the Welfare of Immigrants", "University of the Philippines": "the" after a joining connector.
  // "Chancellor of the Exchequer Kenneth Clarke": a title's domain after "of the"; shape.ts cuts the name out.
  // "Committee for a Clean Campaign": "a" after "for" only.
  if (isArticleAfterConnector(token, previous) && index + 1 < sentenceEnd && next !== undefined && UPPER.test(next.text) && !isBreak(token)) {
    return (previous.text === 'for' || previous.text === 'of') && (joinsBody(tokens[index - 2]) || joinsOffice(tokens[index - 2]) || (previous.text === 'of' && (joinedBodyBefore(tokens, index - 1) || isPolityHead(tokens[index - 2]))));
  }
  if ((token.text === 'for' || token.text === 'of') && index + 2 < sentenceEnd && next !== undefined && isArticleAfterConnector(next, token) && !isBreak(token)) {
    // "International Council for the Exploration of the Sea": "of the" goes on after "for the".
    return (joinsBody(previous) || joinsOffice(previous) || (token.text === 'of' && (joinedBodyBefore(tokens, index) || isPolityHead(previous)))) && UPPER.test(tokens[index + 2]!.text);
  }
  // "Ursula von der Leyen", "Rafael van der Vaart": two particles before the surname.
  const afterNext = tokens[index + 2];
  // Not "Rafael Castellanos of El País": English "of" before a foreign article opens another name.
  if (isConnector(token.text) && token.text !== 'of' && next !== undefined && isConnector(next.text) && !isBreak(token) && !isBreak(next)) {
    return index + 2 < sentenceEnd && afterNext !== undefined && UPPER.test(afterNext.text) && UPPER.test(previous.text);
  }
  if (index + 1 >= sentenceEnd || next === undefined || !UPPER.test(next.text) || isBreak(token)) return false;
  // "Foundation for Research", "Commission for Africa": "for" after the head of a body's name;
  // "Minister for Foreign Affairs", "High Commissioner for Refugees": after a title, its domain.
  // Not "MP for Osk": a member's constituency is a place.
  if (token.text === 'for') return joinsBody(previous) || (PERSON_TITLES.has(baseWord(previous).toLowerCase()) && !MEMBER_TITLES.has(previous.text));
  // "Council on Foreign Relations", "Commission on Human Rights"; not "the Office on June 5".
  if (token.text === 'on') return joinsBody(previous) && !next.tags.has('Date');
  // "University of Texas at Arlington", "University of North Carolina at Chapel Hill": a campus.
  if (token.text === 'at') return isUniversityRun(tokens, index);
  if (token.text === '&') return true;
  // "Bosnia and Herzegovina", "Center for Strategic and International Studies" (conjoined.ts).
  if (token.text === 'and') return joinsConjoinedName(tokens, index, sentenceEnd);
  if (token.text === 'in') return joinsContinentOfBody(tokens, index, sentenceEnd);
  // "Bank of England", "University of North Carolina" join; "Lee Cheuk-yan of the Labour Party" does not,
  // nor a company's last word: "Vandermolen Networks NV of Amsterdam", "Red Lantern Pictures of Hong Kong",
  // unless a number follows, which names the group: "Group of Seven".
  if (token.text === 'of') {
    const head = baseWord(previous);
    if (closesCompanyName(head)) return lexiconTags(baseWord(next)).includes('Cardinal');
    return isOrganizationWord(head) || isPlaceWord(head) || PERSON_TITLES.has(head.toLowerCase()) || joinedBodyBefore(tokens, index);
  }
  return isConnector(token.text);
}

/**
 * "M. Atherton", "George W. Bush": an initial's full stop ends no name when the
 * initial opens the run or a bracket ("Bold Echo (K. Fallon)") or follows a first name; "Group C. Japan" is two.
 */
function isInitialBeforeName(tokens: Token[], index: number): boolean {
  const initial = tokens[index - 1]!;
  const token = tokens[index]!;
  if (!/^\p{Lu}$/u.test(initial.text) || !/^\.\s?$/.test(initial.post) || !UPPER.test(token.text) || token.text === 'The') return false;
  const before = tokens[index - 2];
  const opens = before === undefined || before.line !== initial.line || !UPPER.test(before.text) || /\S/.test(before.post) || /\($/.test(initial.pre);
  return opens || lexiconTags(baseWord(before)).some((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName');
}

/** "University of Texas" before "at": the run is a university's name, "at" may name its campus. */
function isUniversityRun(tokens: Token[], index: number): boolean {
  for (let i = index - 2; i >= Math.max(0, index - 6); i--) {
    const token = tokens[i]!;
    if (/^Universit(y|ies)$/.test(token.text)) return tokens[i + 1]?.text === 'of' && !isBreak(token);
    if (!UPPER.test(token.text) && token.text !== 'of' && token.text !== 'the') return false;
    if (isBreak(token)) return false;
  }
  return false;
}

/**
 * "Joint Council for the Welfare of Immigrants", "Committee on Safety of Medicines": a body's
 * head word, then "for" or "on", earlier in the same run, so a later "of" goes on joining.
 */
function joinedBodyBefore(tokens: Token[], index: number): boolean {
  for (let i = index - 1; i > Math.max(0, index - 6); i--) {
    const token = tokens[i]!;
    if ((token.text === 'for' || token.text === 'on') && joinsBody(tokens[i - 1])) return true;
    if (!UPPER.test(token.text) && token.text !== 'the') return false;
  }
  return false;
}

function isForeignWithout(token: Token, next: Token | undefined): boolean {
  return FOREIGN_WITHOUT.has(token.text) && next !== undefined && UPPER.test(next.text) && !/\S/.test(token.post);
}

/** "Democratic Republic of the Congo", "Kingdom of the Netherlands": a state's head word before "of the". */
const POLITY_HEADS = new Set(['Republic', 'Kingdom', 'Commonwealth', 'Principality', 'Duchy', 'Sultanate', 'Emirate']);

function isPolityHead(token: Token | undefined): boolean {
  return token !== undefined && POLITY_HEADS.has(token.text) && !isBreak(token);
}

/** "Chancellor", "Secretary": a capitalised title, before its domain. */
function joinsOffice(token: Token | undefined): boolean {
  return token !== undefined && UPPER.test(token.text) && PERSON_TITLES.has(baseWord(token).toLowerCase()) && !isBreak(token);
}

/** "Children's", "Veterans'", "Workers'": a plural that is an ordinary word, no name. */
function isCommonPlural(token: Token): boolean {
  return lexiconTags(baseWord(token)).includes('Plural');
}

/** "Defense Fund": a body's head word among the next capitalised words. */
function headsBodySoon(tokens: Token[], index: number): boolean {
  for (let i = index; i < index + 3 && i < tokens.length && UPPER.test(tokens[i]!.text); i++) {
    if (isOrganizationWord(baseWord(tokens[i]!))) return true;
    if (isBreak(tokens[i]!)) return false;
  }
  return false;
}

/**
 * "Chile's Senate", "Javier Perez de Cuellar's Union for Peru": a place or a person
 * named in full owns the body, and is no part of its name (unlike "New People's Party",
 * "McDonald's Corp", "St James' Park").
 */
function isOwnerOfBody(tokens: Token[], possessor: number): boolean {
  // "St. Mary's Basilica": a saint's name, though the lists know a town Mary.
  if (/^(St|Saint)\.?$/.test(tokens[possessor - 1]?.text ?? '')) return false;
  if (isKnownPlace(baseWord(tokens[possessor]!))) return true;
  let first = possessor;
  while (first > 0 && first > possessor - 4 && !isBreak(tokens[first - 1]!) && (UPPER.test(tokens[first - 1]!.text) || isParticle(tokens[first - 1]!.text))) first--;
  return first < possessor && isFirstName(baseWord(tokens[first]!));
}
