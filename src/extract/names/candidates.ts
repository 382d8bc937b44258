/**
 * Finds name candidates: runs of capitalised words inside one sentence, cut at
 * punctuation, possessives and ordinary words; `shape.ts` then trims titles
 * and "the" from each run.
 *
 *   "the former Los Angeles Lakers star"  -> "Los Angeles Lakers"
 *   "KoKo's mom, Kris Jenner,"            -> "KoKo", "Kris Jenner"
 *   "Will Khloé Kardashian ever ...?"     -> "Khloé Kardashian"
 *   "Cheng Chung-tai said"                -> "Cheng Chung-tai"
 */
import type { Document, Token } from '../../document.js';
import { isClubName } from './clubs.js';
import { isCompoundTail } from './compounds.js';
import { joinsConjoinedName, joinsContinentOfBody } from './conjoined.js';
import { CAPTION_LABELS, isInCredit, partsCredit } from './credits.js';
import { gazetteerKinds, isKnownPlace, isListed } from './gazetteer.js';
import { isCaseUninformativeInTitle } from './headline.js';
import { opensInstitution } from './institutions.js';
import { cachedPerLine } from './line-cache.js';
import { isLowerCaseLegalForm, isOrganizationWord, isPlaceWord, lexiconTags, PERSON_TITLES, SPEECH_VERBS } from './lexicon.js';
import { isFirstName, opensTitle } from './offices.js';
import { isNationalityAdjective } from './nationality-adjectives.js';
import { isParticle, surnameAfterParticles } from './particles.js';
import { shape } from './shape.js';
import { startsPlayerName } from './sports.js';
import { isStandingsRow } from './standings.js';
import { isScoreLine } from './wire.js';

export interface NameCandidate {
  /** Token range `[first, end)` of the name itself. */
  first: number;
  end: number;
  start: number;
  stop: number;
  text: string;
  /** A title stood just before: "Mr." in "Mr. Roth". */
  title: Token | null;
  /** A capitalised "The" opened it mid-sentence: "The Kardashians" (a work's title). */
  capitalisedThe: boolean;
  /** Found in the headline or an all-capitals line, where capitals say little. */
  caseUninformative: boolean;
  /** A headline's short form of a body's name: "PARTIZAN" for "Partizan Belgrade" (headline-short-forms.ts). */
  shortFor?: string;
}

export const UPPER = /^\p{Lu}/u;
/** Lower-case words that may sit inside a name: "Bank of England", "Ludwig van Beethoven". */
function isConnector(word: string): boolean {
  return word === 'of' || isParticle(word);
}
/** compromise tags that mark a sentence-initial capital as an ordinary word. */
const COMMON_WORD_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Modal', 'Auxiliary', 'Copula',
  'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Adjective',
  'Expression', 'QuestionWord', 'Negative', 'Singular', 'Plural', 'Uncountable', 'Value',
  'Cardinal', 'Ordinal', 'Date', 'Month', 'WeekDay', 'Actor', 'Comparative', 'Superlative',
  'Possessive',
]);
/** The last word of a company's name: "Corp", "Inc", "Airlines". */
const CORPORATE_SUFFIXES = /^(Inc|Corp|Corporation|Co|Ltd|Plc|PLC|LLC|Group|Holdings|Airlines|Airways|Industries|Bancorp)\.?$/;
/** Function words never inside a name: "Washington D.C. The ...". */
const FUNCTION_WORD_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Adverb', 'Modal', 'Copula']);
const NAME_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization'];

export function findCandidates(doc: Document, sports = false): NameCandidate[] {
  const words: DocumentWords = { capitalisedInside: wordsCapitalisedInside(doc), labels: labelWords(doc), sports, questions: questionSentences(doc) };
  const candidates: NameCandidate[] = [];
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      const token = doc.tokens[i]!;
      const isFirstWord = i === sentence.firstToken || opensClause(doc.tokens[i - 1]!) || opensQuote(token);
      const next = i + 1 < sentence.endToken ? doc.tokens[i + 1] : undefined;
      // "Arsenal 2 West Ham 0", "Arsenal 5 3 1 1 9 5 10": on a results line or a league table's row every capital belongs to a club.
      const scoreLine = (isScoreLine(doc, token.line) || isStandingsRow(doc, token.line)) && UPPER.test(token.text);
      // "Dole attacks Clinton": any capital may open a headline's name; headline.ts keeps those the body uses.
      const headline = UPPER.test(token.text) && isCaseUninformative(doc, token);
      const opens =
        scoreLine ||
        headline ||
        startsName(token, isFirstWord, next, words) ||
        startsKnownName(doc, i, sentence.endToken) ||
        startsBodyName(doc.tokens, i, sentence.endToken) ||
        (isFirstWord && opensInstitution(doc.tokens, i, sentence.endToken)) ||
        startsParticleName(doc, i) ||
        (UPPER.test(token.text) && !isLabel(token, words) && isInCredit(doc, i));
      if (!opens) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < sentence.endToken && continuesName(doc.tokens, end, sentence.endToken, words) && !partsCredit(doc, end)) end++;
      candidates.push(...shape(doc, i, end));
      i = end;
    }
  }
  // "the Dagestani capital Makhachkala": an adjective, no name (nationality-adjectives.ts).
  return candidates.filter((candidate) => !isNationalityAdjective(doc, candidate));
}

/** What the whole document says about its words, read once before the runs are cut. */
interface DocumentWords {
  /** Written with a capital where position does not force one: "... met Khloé". */
  capitalisedInside: Set<string>;
  /** Words that label what follows them, more than once: "Image: Nick Moreau." */
  labels: Set<string>;
  /** A report of matches, where "Atherton was out" opens with a player's name. */
  sports: boolean;
  /** Sentences that ask: "Will Khloé Kardashian ever get back together?" */
  questions: Set<number>;
}

function questionSentences(doc: Document): Set<number> {
  return new Set(doc.sentences.filter((sentence) => /\?["”'’)]*\s*$/.test(doc.text.slice(sentence.start, sentence.end))).map((sentence) => sentence.index));
}

function labelWords(doc: Document): Set<string> {
  const counts = new Map<string, number>();
  for (const token of doc.tokens) {
    if (UPPER.test(token.text) && /^:/.test(token.post)) counts.set(token.text, (counts.get(token.text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([word]) => word));
}

function isLabel(token: Token, words: DocumentWords): boolean {
  return words.labels.has(token.text) || (CAPTION_LABELS.has(token.text) && /^:/.test(token.post));
}

/** Words written with a capital where position does not force one: "... met Khloé"; not "STANDINGS" in a line of capitals. */
function wordsCapitalisedInside(doc: Document): Set<string> {
  const words = new Set<string>();
  for (const token of doc.tokens) {
    const previous = doc.tokens[token.index - 1];
    const inside = previous !== undefined && previous.sentence === token.sentence && !opensClause(previous) && !opensQuote(token);
    if (inside && UPPER.test(token.text) && !isTitleLine(doc, token) && !isAllCapitalsLine(doc, token.line)) words.add(baseWord(token).toLowerCase());
  }
  return words;
}

function isTitleLine(doc: Document, token: Token): boolean {
  return doc.title !== null && token.start >= doc.title.start && token.end <= doc.title.end;
}

/** The headline or a line in capitals, where a capital says little. */
function isCaseUninformative(doc: Document, token: Token): boolean {
  return isCaseUninformativeInTitle(doc, token.start) || isAllCapitalsLine(doc, token.line);
}

/** "LAMAR ODOM SAID IN LAS VEGAS": a line without one lower-case letter (asked for each of its words). */
export const isAllCapitalsLine = cachedPerLine((doc, lineIndex) => {
  const line = doc.lines[lineIndex];
  if (!line) return false;
  const text = doc.text.slice(line.start, line.end);
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
});

function startsName(token: Token, isFirstWord: boolean, next: Token | undefined, words: DocumentWords): boolean {
  // "US stock markets": capitals make "US" a country, not the pronoun.
  const pronoun = token.tags.has('Pronoun') && !/^\p{Lu}{2,}$/u.test(token.text);
  if (!UPPER.test(token.text) || pronoun || isLabel(token, words) || isCurrency(token)) return false;
  // "Per-Ulrik Lindgren": a function word glued to a capitalised word is a given name's half.
  if (isHyphenatedGivenName(token, next)) return true;
  if (!isFirstWord) return !isFunctionWord(token) || isGivenNameBeforeSurname(token, next);
  // "US stocks fell": a country in capitals, not the pronoun.
  if (isCountryInCapitals(token)) return true;
  // Sentence-initial capitals: "After", "During", "Will" are ordinary words.
  if (isQuestionAuxiliary(token, next) && words.questions.has(token.sentence)) return false;
  // "Will Carling leads England", "Frank Worrell was honoured": a first name that is also a word.
  if (isGivenNameBeforeSurname(token, next) && !CLAUSE_WORD_TAGS.some((tag) => token.tags.has(tag))) return true;
  const word = baseWord(token);
  const tags = lexiconTags(word);
  // "M. Atherton c Moin b Wasim 31": a scorecard line opens on an initial.
  if (/^\p{Lu}$/u.test(token.text) && /^\.\s?$/.test(token.post) && next !== undefined && UPPER.test(next.text) && next.text !== 'The' && !isFunctionWord(next)) return true;
  // "Target Corp said", "General Motors Co": an ordinary word that a company's suffix follows.
  if (next !== undefined && CORPORATE_SUFFIXES.test(baseWord(next)) && !isBreak(token) && !isFunctionWord(token)) return true;
  // "Air China ordered jets": a flag carrier, named "Air" and its country or city.
  if (word === 'Air' && next !== undefined && !isBreak(token) && isKnownPlace(baseWord(next))) return true;
  // "Minister of Education Stefania Giannini", "Minister for Trade Tam Rask", "President Obama": shape.ts takes the title off.
  if (PERSON_TITLES.has(word.toLowerCase()) && next !== undefined && (UPPER.test(next.text) || next.normal === 'of' || next.normal === 'for')) return true;
  // "EADS", "KoKo", "McCain": capitals inside the word make a name wherever it stands.
  if (/^\p{Lu}\p{L}*\p{Lu}/u.test(word) && !tags.some((tag) => COMMON_WORD_TAGS.has(tag))) return true;
  if (tags.length === 0) {
    // "Khloé has been single": a name the article also writes mid-sentence, or one the lists know.
    // "Stock markets fell": an unknown word that only has its capital from its position.
    // "Newcomers Kevin Maggs and ...": a plural the tagger reads from the word's form, before a first name, is a common noun.
    const pluralBeforeName = token.tags.has('Plural') && !token.tags.has('ProperNoun') && next !== undefined && isFirstName(baseWord(next));
    const continues = next !== undefined && UPPER.test(next.text) && !isBreak(token) && !isFunctionWord(next) && !pluralBeforeName;
    const player = words.sports && startsPlayerName(token, next);
    // "Netanyahu told parliament": an unknown word that speaks is a name; "Prosecutors said" are people unnamed.
    const speaks = next !== undefined && SPEECH_VERBS.has(next.normal) && !/\S/.test(token.post) && !token.tags.has('Plural');
    return continues || player || speaks || words.capitalisedInside.has(word.toLowerCase()) || isListed(word);
  }
  if (NAME_TAGS.some((tag) => tags.includes(tag))) return true;
  if (token.text === 'The') return next !== undefined && UPPER.test(next.text) && !isBreak(token);
  return !tags.some((tag) => COMMON_WORD_TAGS.has(tag));
}

/** "US$ 2.2 billion", "HK$": a currency, not a country. */
function isCurrency(token: Token): boolean {
  return /\p{Sc}$/u.test(token.text);
}

/**
 * "Les Ferdinand", "Des Walker", "Will Smith" mid-sentence: a function word that is
 * also a first name, capitalised, before a word that may be a surname; not
 * "Nothing Else Matters".
 */
function isGivenNameBeforeSurname(token: Token, next: Token | undefined): boolean {
  if (next === undefined || !UPPER.test(next.text) || isBreak(token) || isFunctionWord(next)) return false;
  const kinds = gazetteerKinds(token.text);
  if (!kinds.has('firstName') && !kinds.has('wordFirstName')) return false;
  const surnameTags = lexiconTags(baseWord(next));
  return surnameTags.length === 0 || surnameTags.some((tag) => PERSON_NAME_TAGS.has(tag));
}

const PERSON_NAME_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName']);
/** What compromise makes of "Even", "Else", "So" at the head of a sentence: no given names there. */
export const CLAUSE_WORD_TAGS = ['Conjunction', 'Adverb', 'Preposition', 'Determiner', 'Pronoun', 'QuestionWord'];

/** "Will Khloé Kardashian ever get back together?": in a question. */
function isQuestionAuxiliary(token: Token, next: Token | undefined): boolean {
  const auxiliary = token.tags.has('Modal') || /^(will|may|can|could|would|should|did|does|do|is|are|was|were|has|have|had)$/i.test(token.text);
  return auxiliary && next !== undefined && UPPER.test(next.text);
}

function isFunctionWord(token: Token): boolean {
  return lexiconTags(baseWord(token)).some((tag) => FUNCTION_WORD_TAGS.has(tag)) && token.text !== 'The' && !isCountryInCapitals(token);
}

/** "Per-Ulrik", "Per-Olof"; not a prefix's "Post-Soviet", "Anti-Semitism". */
function isHyphenatedGivenName(token: Token, next: Token | undefined): boolean {
  if (token.post !== '-' || next === undefined || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || !/^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  return isFunctionWord(token) && !/^(pro|anti|post|pre|non|mid|ex|co|by|over|under|after)$/i.test(token.text);
}

/** "US", "UK": the lexicon knows "us" as a pronoun. */
function isCountryInCapitals(token: Token): boolean {
  const word = baseWord(token);
  return /^\p{Lu}{2,}$/u.test(word) && gazetteerKinds(word).has('country');
}

/**
 * "Le Pen said", "said De Bruyne", "van Persie scored", "al-Assad": particles
 * open a surname wherever they stand, in either case; "Marine Le Pen",
 * "Bashar al-Assad": a sentence-initial word before them is the given name.
 */
function startsParticleName(doc: Document, index: number): boolean {
  const token = doc.tokens[index]!;
  if (UPPER.test(token.text) && mayBeGivenName(token) && !isBreak(token) && opensSurname(doc, index + 1)) return true;
  return opensSurname(doc, index);
}

function opensSurname(doc: Document, index: number): boolean {
  const surname = doc.tokens[surnameAfterParticles(doc.tokens, index)];
  return surname !== undefined && !isFunctionWord(surname) && surname.text !== 'The';
}

/** What compromise makes of "Marine", "Bashar", "Kevin"; not "Yesterday", "Then", "Earlier", "French". */
const GIVEN_NAME_TAGS = new Set(['Noun', 'Singular', 'ProperNoun', 'Adjective', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName']);

function mayBeGivenName(token: Token): boolean {
  return [...token.tags].every((tag) => GIVEN_NAME_TAGS.has(tag));
}

/**
 * "United States", "New York": a sentence-initial ordinary word ("United",
 * "New") that opens a name the gazetteer knows.
 */
function startsKnownName(doc: Document, index: number, sentenceEnd: number): boolean {
  const token = doc.tokens[index]!;
  if (!UPPER.test(token.text)) return false;
  for (let end = Math.min(sentenceEnd, index + 4); end > index + 1; end--) {
    const phrase = doc.text.slice(token.start, doc.tokens[end - 1]!.end);
    if (gazetteerKinds(phrase).size > 0 || isClubName(phrase.split(' '))) return true;
  }
  return false;
}

/**
 * "Bank of America reports ...", "Council for the Welfare of Immigrants staff said":
 * a body's head word opens a sentence, and "of" or "for" joins a name to it.
 */
function startsBodyName(tokens: Token[], index: number, sentenceEnd: number): boolean {
  const token = tokens[index]!;
  const connector = tokens[index + 1];
  if (connector === undefined || !(connector.text === 'of' || connector.text === 'for') || isBreak(connector) || !joinsBody(token)) return false;
  const article = tokens[index + 2];
  const joined = article !== undefined && isArticleAfterConnector(article, connector) ? index + 3 : index + 2;
  return joined < sentenceEnd && UPPER.test(tokens[joined]!.text);
}

function continuesName(tokens: Token[], index: number, sentenceEnd: number, words: DocumentWords): boolean {
  const previous = tokens[index - 1]!;
  const token = tokens[index]!;
  // "Chung-tai", "Al-Sisi": a hyphenated name goes on whatever the case.
  // "Moscow-based Interfax": a common word after the hyphen ends the name (compounds.ts).
  if (/^-$/.test(previous.post) && !isPossessive(previous)) return !isCompoundTail(previous, token);
  // "St James' Park", "New People's Party": a possessive inside the name of a place or body.
  const possessive = (isPossessive(previous) && /^\s*$/.test(previous.post)) || (/s$/.test(previous.text) && /^['’]\s*$/.test(previous.post));
  if (possessive && UPPER.test(token.text) && (isOrganizationWord(baseWord(token)) || isPlaceWord(baseWord(token)))) return true;
  if (isInitialBeforeName(tokens, index)) return true;
  if (isBreak(previous) || /[([{"“‘]/.test(token.pre) || isLabel(token, words)) return false;
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
  if (UPPER.test(token.text)) return token.text !== 'The' && !isFunctionWord(token) && !isCurrency(token);
  // "Kyle & Jackie O Show", "Bank of England": a connector between two capitals.
  const next = tokens[index + 1];
  // "Council for the Welfare of Immigrants", "University of the Philippines": "the" after a joining connector.
  // "Chancellor of the Exchequer Kenneth Clarke": a title's domain after "of the"; shape.ts cuts the name out.
  // "Committee for a Clean Campaign": "a" after "for" only.
  if (isArticleAfterConnector(token, previous) && index + 2 < sentenceEnd && next !== undefined && UPPER.test(next.text) && !isBreak(token)) {
    return (previous.text === 'for' || previous.text === 'of') && (joinsBody(tokens[index - 2]) || joinsOffice(tokens[index - 2]));
  }
  if ((token.text === 'for' || token.text === 'of') && index + 2 < sentenceEnd && next !== undefined && isArticleAfterConnector(next, token) && !isBreak(token)) {
    return (joinsBody(previous) || joinsOffice(previous)) && UPPER.test(tokens[index + 2]!.text);
  }
  // "Ursula von der Leyen", "Rafael van der Vaart": two particles before the surname.
  const afterNext = tokens[index + 2];
  if (isConnector(token.text) && next !== undefined && isConnector(next.text) && !isBreak(token) && !isBreak(next)) {
    return index + 2 < sentenceEnd && afterNext !== undefined && UPPER.test(afterNext.text) && UPPER.test(previous.text);
  }
  if (index + 1 >= sentenceEnd || next === undefined || !UPPER.test(next.text) || isBreak(token)) return false;
  // "Foundation for Research", "Commission for Africa": "for" after the head of a body's name;
  // "Minister for Foreign Affairs", "High Commissioner for Refugees": after a title, its domain.
  if (token.text === 'for') return joinsBody(previous) || PERSON_TITLES.has(baseWord(previous).toLowerCase());
  // "Council on Foreign Relations", "Commission on Human Rights"; not "the Office on June 5".
  if (token.text === 'on') return joinsBody(previous) && !next.tags.has('Date');
  // "University of Texas at Arlington", "University of North Carolina at Chapel Hill": a campus.
  if (token.text === 'at') return isUniversityRun(tokens, index);
  if (token.text === '&') return true;
  // "Bosnia and Herzegovina", "Center for Strategic and International Studies" (conjoined.ts).
  if (token.text === 'and') return joinsConjoinedName(tokens, index, sentenceEnd);
  if (token.text === 'in') return joinsContinentOfBody(tokens, index, sentenceEnd);
  // "Bank of England", "University of North Carolina" join; "Lee Cheuk-yan of the Labour Party" does not.
  if (token.text === 'of') {
    const head = baseWord(previous);
    return isOrganizationWord(head) || isPlaceWord(head) || PERSON_TITLES.has(head.toLowerCase()) || joinedBodyBefore(tokens, index);
  }
  return isConnector(token.text);
}

/**
 * "M. Atherton", "George W. Bush": an initial's full stop ends no name when the
 * initial opens the run or follows a first name; "Group C. Japan" is two.
 */
function isInitialBeforeName(tokens: Token[], index: number): boolean {
  const initial = tokens[index - 1]!;
  const token = tokens[index]!;
  if (!/^\p{Lu}$/u.test(initial.text) || !/^\.\s?$/.test(initial.post) || !UPPER.test(token.text) || token.text === 'The') return false;
  const before = tokens[index - 2];
  const opens = before === undefined || before.line !== initial.line || !UPPER.test(before.text) || /\S/.test(before.post);
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
 * "Joint Council for the Welfare of Immigrants": a body's head word, then "for",
 * earlier in the same run, so a later "of" goes on joining.
 */
function joinedBodyBefore(tokens: Token[], index: number): boolean {
  for (let i = index - 1; i > Math.max(0, index - 6); i--) {
    const token = tokens[i]!;
    if (token.text === 'for' && joinsBody(tokens[i - 1])) return true;
    if (!UPPER.test(token.text) && token.text !== 'the') return false;
  }
  return false;
}

/** "the" after "for" or "of"; "a", "an" after "for" ("Campaign for a Free Tibet"). */
function isArticleAfterConnector(token: Token, connector: Token): boolean {
  return token.text === 'the' || (connector.text === 'for' && (token.text === 'a' || token.text === 'an'));
}

/** "Foundation", "Council": the head of a body's name, which "for" may follow. */
function joinsBody(token: Token | undefined): boolean {
  return token !== undefined && UPPER.test(token.text) && isOrganizationWord(baseWord(token)) && !isBreak(token);
}

/** "Chancellor", "Secretary": a capitalised title, before its domain. */
function joinsOffice(token: Token | undefined): boolean {
  return token !== undefined && UPPER.test(token.text) && PERSON_TITLES.has(baseWord(token).toLowerCase()) && !isBreak(token);
}

/** Punctuation after a word ends the name: "Lamar Odom, the former NBA star". */
export function isBreak(token: Token): boolean {
  if (isPossessive(token)) return true;
  const post = token.post.trim();
  if (post === '') return /[\n\u2028\u2029]/.test(token.post);
  if (token.post === '-') return false;
  // "Michael O' Leary": the Irish "O'" written apart from the surname.
  if (token.text === 'O' && /^['’] ?$/.test(token.post)) return false;
  // "Mr." / "St.": an abbreviation's own full stop does not end the name.
  if (post === '.' && token.tags.has('Abbreviation')) return false;
  return true;
}

/** "Lamar's", "Jones'" */
export function isPossessive(token: Token): boolean {
  return /['’]s$/.test(token.text) || (/['’]$/.test(token.text) && token.tags.has('Possessive'));
}

/** The word without its possessive ending: "Lamar's" -> "Lamar". */
export function baseWord(token: Token): string {
  return token.text.replace(/['’]s?$/, '');
}

/** After a colon, dash or opening quote a new clause starts with a capital. */
function opensClause(previous: Token): boolean {
  // `said: "We`, `- After`: yes; `disappointed," Cook said`: the quote closes, no.
  return /[:–—-]\s*$|(^|\s)["“]\s*$|“\s*$|\n/.test(previous.post) && previous.post !== '-';
}

/** `'You know Lamar`: a quotation opens on this word. */
function opensQuote(token: Token): boolean {
  return /["“'‘(]$/.test(token.pre);
}
