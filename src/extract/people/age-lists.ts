/**
 * Sentences whose numbers after names are not ages: squad lists and results lines.
 *
 *   "Kenichi Shimokawa, 2, Hiroshige Yanagimoto, 3, Masami Ihara, 4"   squad numbers
 *   "Scorers: Gianfranco Zola (23), Mark Hughes (56)"                  minutes
 *
 * while "John Smith, 34, Mary Jones, 45, and Tom Brown, 19" lists ages.
 */
import type { Document } from '../../document.js';

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
