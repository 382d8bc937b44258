/**
 * What one token tells a run of capitalised words: its capital, its possessive,
 * the punctuation after it ("Lamar Odom, the former NBA star"), whether it is a
 * function word ("Washington D.C. The ...") or a currency ("US$").
 */
import type { Token } from '../../document.js';
import { gazetteerKinds } from './gazetteer.js';
import { isLegalForm, lexiconTags, PERSON_TITLES } from './lexicon.js';

export const UPPER = /^\p{Lu}/u;
/** Function words never inside a name: "Washington D.C. The ...". */
const FUNCTION_WORD_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Adverb', 'Modal', 'Copula']);
/** What compromise makes of "Even", "Else", "So" at the head of a sentence: no given names there. */
export const CLAUSE_WORD_TAGS = ['Conjunction', 'Adverb', 'Preposition', 'Determiner', 'Pronoun', 'QuestionWord'];

/** "US$ 2.2 billion", "HK$": a currency, not a country. */
export function isCurrency(token: Token): boolean {
  return /\p{Sc}$/u.test(token.text);
}

export function isFunctionWord(token: Token): boolean {
  return lexiconTags(baseWord(token)).some((tag) => FUNCTION_WORD_TAGS.has(tag)) && token.text !== 'The' && !isCountryInCapitals(token);
}

/** "US", "UK": the lexicon knows "us" as a pronoun. */
export function isCountryInCapitals(token: Token): boolean {
  const word = baseWord(token);
  return /^\p{Lu}{2,}$/u.test(word) && gazetteerKinds(word).has('country');
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
  return /['’]s$/.test(token.text) || /^\p{Lu}+['’]S$/u.test(token.text) || (/['’]$/.test(token.text) && token.tags.has('Possessive'));
}

/** The word without its possessive ending: "Lamar's" -> "Lamar", "PERU'S" -> "PERU". */
export function baseWord(token: Token): string {
  const text = token.text;
  const last = text[text.length - 1];
  if (last === 's' || last === "'" || last === '’') return text.replace(/['’]s?$/, '');
  if (last === 'S' && /^\p{Lu}+['’]S$/u.test(text)) return text.slice(0, -2);
  return text;
}

/** After a colon, dash or opening quote a new clause starts with a capital. */
export function opensClause(previous: Token): boolean {
  // `said: "We`, `- After`: yes; `disappointed," Cook said`: the quote closes, no.
  return /[:–—-]\s*$|(^|\s)["“]\s*$|“\s*$|\n/.test(previous.post) && previous.post !== '-';
}

/** `'You know Lamar`: a quotation opens on this word. */
export function opensQuote(token: Token): boolean {
  return /["“'‘(]$/.test(token.pre);
}

/** "the" after "for" or "of"; "a", "an" after "for" ("Campaign for a Free Tibet"). */
export function isArticleAfterConnector(token: Token, connector: Token): boolean {
  return token.text === 'the' || (connector.text === 'for' && (token.text === 'a' || token.text === 'an'));
}

/** "Lee Cheuk-yan", "Heinz-Harald Frentzen": the words of a run, though compromise makes a token of each hyphen's side. */
export function hyphenJoinedWords(tokens: Token[]): string[] {
  const words: string[] = [];
  tokens.forEach((token, i) => {
    if (i > 0 && tokens[i - 1]!.post === '-') words[words.length - 1] += `-${baseWord(token)}`;
    else words.push(baseWord(token));
  });
  return words;
}

/** "Intel Corp." and "Intel Corp" (at a sentence's end): one name, with or without its legal form's full stop. */
export function nameKey(text: string): string {
  const key = text.toLowerCase();
  const last = text.slice(text.lastIndexOf(' ') + 1);
  return last.endsWith('.') && isLegalForm(last) ? key.slice(0, -1) : key;
}

/** "Moody's", "McDonald's": a company the lists know with its "'s", which is no possessive then; not "the King's". */
export function isCompanyWithPossessive(token: Token): boolean {
  if (!/['’]s$/.test(token.text) || PERSON_TITLES.has(baseWord(token).toLowerCase())) return false;
  return gazetteerKinds(token.text.replace(/’/g, "'")).has('company');
}

/** "Newcastle (3)", "Lucky Dlamini (41)": a number of up to three digits in brackets after the name that ends at `name`. */
export function isNumberInBracketsAfter(name: Token, next: Token | undefined): next is Token {
  return next !== undefined && /^\s*\(\s*$/.test(name.post + next.pre) && /^\d{1,3}$/.test(next.text) && /^\s*\)/.test(next.post);
}

/** "Suparman, 52, said", "Park, 58, said": an age in commas after the name that ends at `name`. */
export function isAgeInCommasAfter(name: Token, next: Token | undefined): boolean {
  return next !== undefined && /^\s*,\s*$/.test(name.post) && /^\d{1,3}$/.test(next.text) && /^\s*,/.test(next.post);
}
