/**
 * Finds name candidates: runs of capitalised words inside one sentence, cut at
 * punctuation, possessives and ordinary words; `shape.ts` then trims titles
 * and "the" from each run.
 *
 *   "the former Los Angeles Lakers star"  -> "Los Angeles Lakers"
 *   "KoKo's mom, Kris Jenner,"            -> "KoKo", "Kris Jenner"
 *   "Will Khloé Kardashian ever ...?"     -> "Khloé Kardashian"
 *   "Cheng Chung-tai said"                -> "Cheng Chung-tai"
 *
 * Where a run opens: opens-name.ts; how far it goes: continues-name.ts.
 */
import type { Document, Token } from '../../document.js';
import { continuesName } from './continues-name.js';
import { isInCredit, partsCredit } from './credits.js';
import { isCaseUninformative, isLabel, readDocumentWords } from './document-words.js';
import { opensInstitution } from './institutions.js';
import { opensClause, opensQuote, UPPER } from './name-tokens.js';
import { isNationalityAdjective } from './nationality-adjectives.js';
import { startsBodyName, startsKnownName, startsName, startsParticleName } from './opens-name.js';
import { shape } from './shape.js';
import { isStandingsRow } from './standings.js';
import { isOnResultsRun } from './wire.js';
import { opensBracketedClub } from './squads.js';

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

export function findCandidates(doc: Document, sports = false): NameCandidate[] {
  const words = readDocumentWords(doc, sports);
  const candidates: NameCandidate[] = [];
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      const token = doc.tokens[i]!;
      const isFirstWord = i === sentence.firstToken || opensClause(doc.tokens[i - 1]!) || opensQuote(token);
      const next = i + 1 < sentence.endToken ? doc.tokens[i + 1] : undefined;
      // "Arsenal 2 West Ham 0", "Arsenal 5 3 1 1 9 5 10": on a results line or a league table's row every capital belongs to a club; so does "(Tenerife)" in a squad.
      const scoreLine = (isOnResultsRun(doc, token) || isStandingsRow(doc, token.line) || opensBracketedClub(doc, token)) && UPPER.test(token.text);
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
