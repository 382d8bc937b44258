/**
 * Sentences whose numbers after names are not ages: squad lists and results lines.
 *
 *   "Kenichi Shimokawa, 2, Hiroshige Yanagimoto, 3, Masami Ihara, 4"   squad numbers
 *   "Scorers: Gianfranco Zola (23), Mark Hughes (56)"                  minutes
 *
 *   "Nick Faldo (69) and Greg Norman (71) trail" after "12 under par"   golf rounds
 *   "Pete Sampras (1) beat Todd Martin (10) 6-4 7-5"                    seeds, beside a score
 *
 * while "John Smith, 34, Mary Jones, 45, and Tom Brown, 19" lists ages.
 */
import type { Document } from '../../document.js';
import { isSportsCopy } from '../names/sports.js';

/** Squad numbers climb one shirt at a time, or nearly: "2, 3, 5". */
const MAX_SQUAD_STEP = 3;
const MIN_SQUAD_ITEMS = 3;
/** Labels of results lines: "Scorers: ...", "Attendance: ...". */
const SPORTS_LABELS = /^(scorers?|goalscorers?|teams?|line-?ups?|squads?|attendance|referee|sent off|booked|substitutes?)$/i;

/** Whether the numbers after the names of a sentence are something else than ages. */
export function isNumberedList(doc: Document, sentenceIndex: number): boolean {
  const numbers = numbersAfterNames(doc, sentenceIndex);
  const label = lineLabel(doc, sentenceIndex);
  if (label !== null && (SPORTS_LABELS.test(label) || numbers.length >= 2)) return true;
  return numbers.length >= MIN_SQUAD_ITEMS && numbers.every((value, i) => i === 0 || isSquadStep(numbers[i - 1]!, value));
}

function isSquadStep(previous: number, next: number): boolean {
  return next > previous && next - previous <= MAX_SQUAD_STEP;
}

/** "Shimokawa, 2, Ihara, 4" -> [2, 4]; "Zola (23), Hughes (56)" -> [23, 56]. */
function numbersAfterNames(doc: Document, sentenceIndex: number): number[] {
  const sentence = doc.sentences[sentenceIndex]!;
  const numbers: number[] = [];
  for (let i = sentence.firstToken + 1; i < sentence.endToken; i++) {
    const token = doc.tokens[i]!;
    const before = doc.tokens[i - 1]!;
    if (!/^\d{1,3}$/.test(token.text) || !/^\p{Lu}/u.test(before.text)) continue;
    if (/^\s*[,(]\s*$/.test(before.post + token.pre)) numbers.push(Number(token.text));
  }
  return numbers;
}

/** "Scorers" in "Scorers: Zola (23)", "Japan" in "Japan: Kenichi Shimokawa, 2, ...". */
function lineLabel(doc: Document, sentenceIndex: number): string | null {
  const sentence = doc.sentences[sentenceIndex]!;
  const opening = doc.tokens.slice(sentence.firstToken, Math.min(sentence.firstToken + 3, sentence.endToken));
  const last = opening.findIndex((token) => /^\s*:/.test(token.post));
  if (last < 0) return null;
  return opening.slice(0, last + 1).map((token) => token.text).join(' ');
}

/** A golf round is 60 to 80 strokes. */
const GOLF_ROUND = { min: 60, max: 80 };
const GOLF_WORDS = /^(par|birdies?|bogeys?|eagles?|holes?|strokes?|putts?|fairways?|tee|leaderboard|under-par|over-par)$/;

/**
 * "Greg Norman (71)" or "Norman, 68," where the sentence or the ones beside it speak of golf;
 * "stroke" alone says golf only in a report of matches ("Eleni Melas, 79," after "a stroke at 80").
 */
export function isGolfScore(doc: Document, sentenceIndex: number, value: number): boolean {
  if (value < GOLF_ROUND.min || value > GOLF_ROUND.max) return false;
  const first = doc.sentences[Math.max(0, sentenceIndex - 1)]!.firstToken;
  const end = doc.sentences[Math.min(doc.sentences.length - 1, sentenceIndex + 1)]!.endToken;
  const golfWords = doc.tokens.slice(first, end).filter((token) => GOLF_WORDS.test(token.normal));
  if (golfWords.some((token) => !/^strokes?$/.test(token.normal))) return true;
  return golfWords.length > 0 && isSportsCopy(doc);
}

