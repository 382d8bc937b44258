/**
 * Whether an expression sits in a past or future clause, from compromise's
 * tags: "closed on Friday" (past) vs "will meet on Friday" (future).
 */
import { sentenceAt, type Document, type Token } from '../../document.js';

export type Tense = 'past' | 'present' | 'future';

// "will", "won't", "'ll", "is to be held", "are to travel", "plans to", "until Friday"
const FUTURE_WORDS = new Set(['will', 'wo', "'ll", 'shall', 'until', 'plans', 'upcoming', 'expects', 'to']);

// "set to take place", "due to open", "scheduled to", "going to", "scheduled for"
const BEFORE_TO = new Set(['set', 'due', 'slated', 'scheduled', 'expected', 'planned', 'going', 'plan', 'poised']);

/**
 * The tense of the clause around `offset`; news defaults to past. The verbs of
 * the expression's own clause decide ("Sales will rise in December, the company
 * said": future); the whole sentence only when that clause has none.
 */
export function tenseAt(doc: Document, offset: number): Tense {
  const tokens = sentenceAround(doc, offset);
  const here = tokens.findIndex((token) => token.end > offset);
  const at = here === -1 ? tokens.length : here;
  const clauses = clauseNumbers(tokens);
  const clause = clauses[Math.min(at, tokens.length - 1)];
  return nearestTense(tokens, at, (i) => clauses[i] === clause) ?? nearestTense(tokens, at, () => true) ?? 'past';
}

function nearestTense(tokens: Token[], at: number, inScope: (i: number) => boolean): Tense | null {
  let past = Infinity;
  let present = Infinity;
  let future = Infinity;
  tokens.forEach((token, i) => {
    if (!inScope(i)) return;
    const distance = Math.abs(i - at);
    if (isFutureMarker(tokens, i)) future = Math.min(future, distance);
    else if (token.tags.has('PastTense') && !isParticiple(tokens, i)) past = Math.min(past, distance);
    else if (isPresent(token)) present = Math.min(present, distance);
  });
  if (future === Infinity && past === Infinity && present === Infinity) return null;
  if (future < past && future <= present) return 'future';
  // "when it arrives on November 11, later than planned": the nearest verb decides
  return present < past ? 'present' : 'past';
}

// a comma, semicolon, colon, quote, bracket or dash between two words starts a new clause
const CLAUSE_BREAK = /[,;:"“”()—–]/;

/** For each token, the number of the clause it sits in: `"We will meet Friday," he said` -> 0 0 0 0 1 1. */
function clauseNumbers(tokens: Token[]): number[] {
  let clause = 0;
  return tokens.map((token, i) => {
    if (i > 0 && CLAUSE_BREAK.test(tokens[i - 1]!.post + token.pre)) clause += 1;
    return clause;
  });
}

// "is scheduled for": compromise tags a passive "is" as an auxiliary, not a present tense
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am']);

function isPresent(token: Token): boolean {
  // not "10 a.m." (normal "am")
  if (PRESENT_AUXILIARIES.has(token.normal) && token.tags.has('Verb')) return true;
  return token.tags.has('PresentTense') && !token.tags.has('Infinitive') && !token.tags.has('Gerund');
}

function isFutureMarker(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  // "scheduled to open", "scheduled for March 15", "set for Friday"
  if (BEFORE_TO.has(token.normal)) return /^(to|for)$/.test(tokens[i + 1]?.normal ?? '');
  // "are to travel on Wednesday", "is to be held"
  if (/^(is|are)$/.test(token.normal)) return tokens[i + 1]?.normal === 'to' && (tokens[i + 2]?.tags.has('Verb') ?? false);
  // "said it would cut jobs by March", but not "would have closed"
  if (token.normal === 'would') return tokens[i + 1]?.normal !== 'have';
  if (!FUTURE_WORDS.has(token.normal)) return false;
  // "is to be held", "plans to meet", but not "went to Paris"
  if (token.normal === 'to') return tokens[i + 1]?.normal === 'be' && /^(is|are)$/.test(tokens[i - 1]?.normal ?? '');
  return true;
}

// "is to be held": "held" follows an auxiliary and is not a past verb of its own
function isParticiple(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1]?.normal ?? '';
  return /^(be|been|being|is|are|will)$/.test(previous);
}

function sentenceAround(doc: Document, offset: number): Token[] {
  const sentence = sentenceAt(doc, offset);
  if (!sentence) return [];
  return doc.tokens.slice(sentence.firstToken, sentence.endToken);
}
