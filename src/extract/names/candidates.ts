/**
 * Finds name candidates: runs of capitalised words inside one sentence, cut at
 * punctuation and possessives, with titles and a leading "the" left outside.
 *
 *   "the former Los Angeles Lakers star"  -> "Los Angeles Lakers"
 *   "KoKo's mom, Kris Jenner,"            -> "KoKo", "Kris Jenner"
 *   "Will Khloé Kardashian ever ...?"     -> "Khloé Kardashian"
 */
import type { Document, Token } from '../../document.js';
import { lexiconTags, PERSON_TITLES } from './lexicon.js';

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
  /** Found in the headline, where capitals say little. */
  inTitle: boolean;
}

const UPPER = /^\p{Lu}/u;
/** Lower-case words that may sit inside a name: "Bank of England", "Ludwig van Beethoven". */
const NAME_CONNECTORS = new Set(['of', 'de', 'del', 'della', 'da', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'al', 'bin', 'el']);
/** compromise tags that mark a sentence-initial capital as an ordinary word. */
const COMMON_WORD_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Modal', 'Auxiliary', 'Copula',
  'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Adjective',
  'Expression', 'QuestionWord', 'Negative', 'Singular', 'Plural', 'Uncountable', 'Value',
  'Cardinal', 'Ordinal', 'Date', 'Month', 'WeekDay', 'Actor', 'Comparative', 'Superlative',
]);
const NAME_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization'];

export function findCandidates(doc: Document): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      const token = doc.tokens[i]!;
      const isFirstWord = i === sentence.firstToken || opensClause(doc.tokens[i - 1]!);
      if (!startsName(token, isFirstWord, i + 1 < sentence.endToken ? doc.tokens[i + 1] : undefined)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < sentence.endToken && continuesName(doc.tokens, end, sentence.endToken)) end++;
      candidates.push(...shape(doc, i, end));
      i = end;
    }
  }
  return candidates;
}

function startsName(token: Token, isFirstWord: boolean, next: Token | undefined): boolean {
  if (!UPPER.test(token.text) || token.tags.has('Pronoun')) return false;
  if (!isFirstWord) return true;
  // Sentence-initial capitals: "After", "During", "Will" are ordinary words.
  if (isQuestionAuxiliary(token, next)) return false;
  const tags = lexiconTags(baseWord(token));
  if (tags.length === 0) return !token.tags.has('Pronoun');
  if (NAME_TAGS.some((tag) => tags.includes(tag))) return true;
  if (token.text === 'The') return next !== undefined && UPPER.test(next.text) && !isBreak(token);
  return !tags.some((tag) => COMMON_WORD_TAGS.has(tag));
}

/** "Will Khloé Kardashian ever get back together?" */
function isQuestionAuxiliary(token: Token, next: Token | undefined): boolean {
  const auxiliary = token.tags.has('Modal') || /^(will|may|can|could|would|should|did|does|do|is|are|was|were|has|have|had)$/i.test(token.text);
  return auxiliary && next !== undefined && UPPER.test(next.text);
}

function continuesName(tokens: Token[], index: number, sentenceEnd: number): boolean {
  const previous = tokens[index - 1]!;
  const token = tokens[index]!;
  if (isBreak(previous)) return false;
  if (UPPER.test(token.text)) return true;
  // "Kyle & Jackie O Show", "Bank of England": a connector between two capitals.
  const next = tokens[index + 1];
  const joins = token.text === '&' || NAME_CONNECTORS.has(token.text);
  return joins && index + 1 < sentenceEnd && next !== undefined && UPPER.test(next.text) && !isBreak(token);
}

/** Punctuation after a word ends the name: "Lamar Odom, the former NBA star". */
function isBreak(token: Token): boolean {
  if (isPossessive(token)) return true;
  const post = token.post.trim();
  if (post === '') return /\n/.test(token.post);
  // "Mr." / "St." / "D.C.": an abbreviation's own full stop does not end the name.
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
  return /[:–—-]\s*$|["“]\s*$|\n/.test(previous.post) || /^["“(]/.test(previous.post.trim().slice(-1));
}

/** Trims titles and "The", keeps the span on the name itself. */
function shape(doc: Document, first: number, end: number): NameCandidate[] {
  let title: Token | null = null;
  let capitalisedThe = false;
  while (first < end) {
    const token = doc.tokens[first]!;
    const lower = baseWord(token).toLowerCase();
    if (lower === 'the') {
      capitalisedThe = token.text === 'The' && first > 0 && doc.tokens[first - 1]!.sentence === token.sentence;
      first++;
    } else if (PERSON_TITLES.has(lower) && first + 1 < end && !token.tags.has('Place')) {
      title = token;
      first++;
    } else break;
  }
  // A trailing connector never ends a name: "Bank of" -> "Bank".
  while (end > first && !UPPER.test(doc.tokens[end - 1]!.text)) end--;
  if (first >= end) return [];
  const last = doc.tokens[end - 1]!;
  const start = doc.tokens[first]!.start;
  const stop = isPossessive(last) ? last.start + baseWord(last).length : last.end;
  const inTitle = doc.title !== null && start >= doc.title.start && stop <= doc.title.end;
  return [{ first, end, start, stop, text: doc.text.slice(start, stop), title, capitalisedThe, inTitle }];
}
