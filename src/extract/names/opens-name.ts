/**
 * Where a run of capitals opens a name: any capital mid-sentence, but at a
 * sentence's head only a word that is no ordinary word there, or one that opens
 * a name the lists know ("United States"), a body's name ("Bank of America"),
 * a surname's particle ("Le Pen said").
 */
import type { Document, Token } from '../../document.js';
import { isClubName } from './clubs.js';
import { capitalisedPair, isLabel, type DocumentWords } from './document-words.js';
import { gazetteerKinds, isKnownPlace, isListed } from './gazetteer.js';
import { closesCompanyName, isCompanyShapedWord, isNationalBodyName, isOrganizationWord, lexiconTags, PERSON_TITLES, SPEECH_VERBS } from './lexicon.js';
import { baseWord, CLAUSE_WORD_TAGS, isAgeInCommasAfter, isArticleAfterConnector, isBreak, isCompanyWithPossessive, isCountryInCapitals, isCurrency, isFunctionWord, UPPER } from './name-tokens.js';
import { isFirstName } from './offices.js';
import { surnameAfterParticles } from './particles.js';
import { startsPlayerName } from './sports.js';
import { isTwoWordNationality } from './nationality-adjectives.js';
import { isInitialBeforeSurname } from './initials.js';

/** compromise tags that mark a sentence-initial capital as an ordinary word. */
const COMMON_WORD_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Modal', 'Auxiliary', 'Copula',
  'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Adjective',
  'Expression', 'QuestionWord', 'Negative', 'Singular', 'Plural', 'Uncountable', 'Value',
  'Cardinal', 'Ordinal', 'Date', 'Month', 'WeekDay', 'Actor', 'Comparative', 'Superlative',
  'Possessive',
]);
const NAME_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization'];

export function startsName(token: Token, isFirstWord: boolean, next: Token | undefined, words: DocumentWords): boolean {
  // "US stock markets", "(U.S.)": capitals make "US" a country, not the pronoun.
  // "My coach told me", "Nothing fazes him": a possessive determiner or an indefinite pronoun, never a name.
  const pronoun = (token.tags.has('Pronoun') && !/^(?:\p{Lu}{2,}|(?:\p{Lu}\.)+)$/u.test(token.text)) || /^(My|Your|His|Her|Its|Our|Their|Nothing|Everything|Something|Anything|Nobody|Everybody|Somebody|Anybody|Everyone|Someone|Anyone)$/.test(token.text);
  if (!UPPER.test(token.text) || pronoun || isLabel(token, words) || isCurrency(token)) return false;
  // "Per-Ulrik Lindgren": a function word glued to a capitalised word is a given name's half.
  if (isHyphenatedGivenName(token, next)) return true;
  if (!isFirstWord) return !isFunctionWord(token) || isGivenNameBeforeSurname(token, next) || isInitialBeforeSurname(token, next);
  // "US stocks fell": a country in capitals, not the pronoun.
  if (isCountryInCapitals(token)) return true;
  // Sentence-initial capitals: "After", "During", "Will" are ordinary words.
  if (isQuestionAuxiliary(token, next) && words.questions.has(token.sentence)) return false;
  // "Red Cross officials said ... the Committee of the Red Cross": an ordinary word that the article
  // writes with a capital before the same word mid-sentence opens the same name here.
  // "Former President Jimmy Carter", "Police Chief John Rask": not before a person's title.
  if (next !== undefined && UPPER.test(next.text) && !isBreak(token) && !PERSON_TITLES.has(next.normal) && words.capitalisedPairs.has(capitalisedPair(token, next))) return true;
  // "Will Carling leads England", "Frank Worrell was honoured": a first name that is also a word.
  if (isGivenNameBeforeSurname(token, next) && !CLAUSE_WORD_TAGS.some((tag) => token.tags.has(tag))) return true;
  const word = baseWord(token);
  const tags = lexiconTags(word);
  // "South African Breweries gained": a compass word of a nationality of two words; shape.ts
  // cuts the nationality off a person's name after it.
  if (next !== undefined && isTwoWordNationality(token.text, baseWord(next))) return true;
  // "United Nations envoy Ramiro Castellanos said": an ordinary word that opens a name the lexicon knows whole.
  if (next !== undefined && UPPER.test(next.text) && !isBreak(token) && (isListed(`${word} ${baseWord(next)}`) || lexiconTags(`${word} ${baseWord(next)}`).some((tag) => NAME_TAGS.includes(tag)))) return true;
  // "M. Atherton c Moin b Wasim 31": a scorecard line opens on an initial.
  if (/^\p{Lu}$/u.test(token.text) && /^\.\s?$/.test(token.post) && next !== undefined && UPPER.test(next.text) && next.text !== 'The' && !isFunctionWord(next)) return true;
  // "Target Corp said", "General Motors Co": an ordinary word that a company's suffix follows.
  if (next !== undefined && closesCompanyName(baseWord(next)) && !isBreak(token) && !isFunctionWord(token)) return true;
  // "Moody's Investors Service rates the bonds": a company named with its "'s" opens a longer name.
  if (next !== undefined && UPPER.test(next.text) && isCompanyWithPossessive(token) && /^\s+$/.test(token.post)) return true;
  // "Swimming Australia said", "Parks Canada closed the trail": a national body.
  if (next !== undefined && !isBreak(token) && isNationalBodyName([word, baseWord(next)])) return true;
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
    // "Neighbouring Bangladesh reported floods": a describing word the lexicon lacks, before a known place.
    const describesPlace = (token.tags.has('Gerund') || token.tags.has('Adjective')) && next !== undefined && isKnownPlace(baseWord(next));
    const continues = next !== undefined && UPPER.test(next.text) && !isBreak(token) && !isFunctionWord(next) && !pluralBeforeName && !describesPlace;
    const player = words.sports && startsPlayerName(token, next);
    // "Netanyahu told parliament": an unknown word that speaks is a name; "Prosecutors said" are people unnamed.
    const speaks = next !== undefined && SPEECH_VERBS.has(next.normal) && !/\S/.test(token.post) && !token.tags.has('Plural');
    return continues || player || speaks || words.capitalisedInside.has(word.toLowerCase()) || isListed(word) || isCompanyShapedWord(word);
  }
  if (NAME_TAGS.some((tag) => tags.includes(tag))) return true;
  // "Park, 58, said", "Rice, 52, said": a word the article capitalises mid-sentence, then an age.
  if (words.capitalisedInside.has(word.toLowerCase()) && isAgeInCommasAfter(token, next)) return true;
  if (token.text === 'The') return next !== undefined && UPPER.test(next.text) && !isBreak(token);
  return !tags.some((tag) => COMMON_WORD_TAGS.has(tag));
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

/** "Will Khloé Kardashian ever get back together?": in a question. */
function isQuestionAuxiliary(token: Token, next: Token | undefined): boolean {
  const auxiliary = token.tags.has('Modal') || /^(will|may|can|could|would|should|did|does|do|is|are|was|were|has|have|had)$/i.test(token.text);
  return auxiliary && next !== undefined && UPPER.test(next.text);
}

/**
 * "Le Pen said", "said De Bruyne", "van Persie scored", "al-Assad": particles
 * open a surname wherever they stand, in either case; "Marine Le Pen",
 * "Bashar al-Assad": a sentence-initial word before them is the given name.
 */
export function startsParticleName(doc: Document, index: number): boolean {
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
export function startsKnownName(doc: Document, index: number, sentenceEnd: number): boolean {
  const token = doc.tokens[index]!;
  if (!UPPER.test(token.text)) return false;
  for (let end = Math.min(sentenceEnd, index + 4); end > index + 1; end--) {
    // "South Africa's foreign ministry": the possessive is no part of the name.
    const last = doc.tokens[end - 1]!;
    const phrase = doc.text.slice(token.start, last.start) + baseWord(last);
    if (gazetteerKinds(phrase).size > 0 || isClubName(phrase.split(' '))) return true;
  }
  return false;
}

/**
 * "Bank of America reports ...", "Council for the Welfare of Immigrants staff said":
 * a body's head word opens a sentence, and "of" or "for" joins a name to it.
 */
export function startsBodyName(tokens: Token[], index: number, sentenceEnd: number): boolean {
  const token = tokens[index]!;
  const connector = tokens[index + 1];
  if (connector === undefined || !(connector.text === 'of' || connector.text === 'for') || isBreak(connector) || !joinsBody(token)) return false;
  const article = tokens[index + 2];
  const joined = article !== undefined && isArticleAfterConnector(article, connector) ? index + 3 : index + 2;
  return joined < sentenceEnd && UPPER.test(tokens[joined]!.text);
}

/** "Foundation", "Council": the head of a body's name, which "for" may follow. */
export function joinsBody(token: Token | undefined): boolean {
  return token !== undefined && UPPER.test(token.text) && isOrganizationWord(baseWord(token)) && !isBreak(token);
}

/** "Per-Ulrik", "Per-Olof"; not a prefix's "Post-Soviet", "Anti-Semitism". */
function isHyphenatedGivenName(token: Token, next: Token | undefined): boolean {
  if (token.post !== '-' || next === undefined || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || !/^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  return isFunctionWord(token) && !/^(pro|anti|post|pre|non|mid|ex|co|by|over|under|after)$/i.test(token.text);
}
