/**
 * Stock indices and products are no organizations, though their names hold a
 * company's: "the Dow Jones Industrial Average", "Japan's Nikkei stock index",
 * "the British FTSE", "the Airbus A380". Their names weigh as "work" (never output).
 */
import type { Document, Token } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { isKnownPlace } from './gazetteer.js';

/** Names of indices, lower case: "Dow", "FTSE", "Hang Seng". */
const INDEX_NAMES = ['dow', 'dow jones', 'djia', 'ftse', 'nikkei', 'dax', 'cac', 'hang seng', 'sensex', 'kospi', 'topix', 'stoxx', 'indu'];
/** The last words of an index's own name: "Dow Jones Industrial Average", "Nasdaq Composite". */
const INDEX_HEADS = /\s(Industrial Average|Composite|Composite Index|Index)$/;
/** "the Nikkei stock index", "the S&P 500 index", "the FTSE 100 share index". */
const INDEX_NOUNS = new Set(['index', 'indices', 'indexes', 'average', 'averages']);
const MARKET_WORDS = new Set(['stock', 'stocks', 'share', 'shares', 'market', 'benchmark', 'composite', 'industrial', 'industrials']);

export function isMarketIndex(doc: Document, candidate: NameCandidate): boolean {
  const text = candidate.text.toLowerCase();
  // "British FTSE": the last word names the index.
  if (INDEX_NAMES.some((name) => text === name || text.endsWith(` ${name}`))) return true;
  if (INDEX_HEADS.test(candidate.text)) return true;
  // "the Conference Board's index" is the board's; "Standard & Poor's 500 index" an index.
  const last = doc.tokens[candidate.end - 1]!;
  const possessive = candidate.stop < last.end;
  if (possessive && !/^\d/.test(doc.tokens[candidate.end]?.text ?? '')) return false;
  // "United States stock indexes" are the country's.
  if (isKnownPlace(candidate.text)) return false;
  return indexNounFollows(doc.tokens, candidate.end);
}

/** "Standard & Poor's 500 index", "Nikkei stock index": a number or market word, then "index". */
function indexNounFollows(tokens: Token[], from: number): boolean {
  const sentence = tokens[from - 1]?.sentence;
  for (let i = from; i < from + 3; i++) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== sentence) return false;
    if (INDEX_NOUNS.has(token.normal)) return true;
    if (!/^\d{2,4}$/.test(token.text) && !MARKET_WORDS.has(token.normal)) return false;
  }
  return false;
}

/** "Airbus A380", "Airbus A330-200", "Vickers VC-10": a maker's name and a model code. */
export function isModelName(words: string[]): boolean {
  return words.length > 1 && /^\p{Lu}{1,3}-?\d{2,4}(-\d{1,4})?\p{Lu}{0,3}$/u.test(words[words.length - 1]!);
}
