/**
 * Years, decades and centuries written as numbers: "in 2013", "the 1996
 * election", "since '82", "the 1990s", "the '90s", "the 20th century".
 */
import { scan, type Candidate, type FinderContext } from './candidate.js';

// "2,000 people", "$2000", "2000 points": counts, not years
const COUNTED = String.raw`(?:people|persons|men|women|children|troops|soldiers|police|officers|units|points|employees|jobs|workers|staff|students|km|kilometres|kilometers|miles|metres|meters|feet|ft|m|kg|lb|tons|tonnes|dollars|euros|pounds|yen|yuan|votes|cases|deaths|homes|houses|cars|vehicles|barrels|acres|hectares|passengers|aircraft|planes|copies|members|residents|visitors|pilgrims|boats|times|calories|pages|words|signatures|users|fans|customers|rooms|seats|islands|species)\b`;

// "the Russell 2000", "Windows 2000", "Airbus A 2000": names and models, not years
const NAMED = String.raw`(?:Russell?|Wilshire|Nasdaq|FTSE|Stoxx|Nikkei|Windows|Office|Model|Version|Flight|Route|Highway|No\.?|Number|[A-Z]{1,2})\s`;

const YEAR = new RegExp(
  String.raw`(?<![\d,.$€£¥#/:\-]|[$€£¥]\s|US\$\s|No\.\s|\b${NAMED})\b(?:1[6-9]\d\d|20\d\d)\b(?![,.]\d|\s*(?:%|percent|per cent)|\s+${COUNTED}|\s+[Ii]ndex\b|[-/]\d|[\s-]years?\b)`,
  'g',
);

// "since '82" -> 1982
const SHORT_YEAR = /(?<=\b(?:since|in|of|from|until|by|to|class of)\s)['’](\d\d)\b/gi;

// "the 1990s" -> 199; the span leaves out "the", as the annotated data does, and keeps
// "late" or "mid-", as "late 1988" does: "the late 1990s" -> "late 1990s"
const DECADE = /\b(?:mid-|early |late )?(?<decade>(1[6-9]\d|20\d)0)['’]?s\b/g;

// "the '90s" -> 199, "the late '80s" -> 198, "the '00s" -> 200; "the '20s" is left alone (1920s or 2020s)
const SHORT_DECADE = /(?<=\bthe )(?:mid-|early |late )?['’](?<digit>[013-9])0s\b/g;

const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};
// "the sixties" -> 196
const DECADE_WORD = /\bthe (twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;

// "the 20th century" -> 19
const CENTURY = /\bthe (\d{1,2})(?:st|nd|rd|th) century\b/gi;

export function findYears(ctx: FinderContext): Candidate[] {
  const { text } = ctx;
  return [
    ...scan(text, YEAR, (m) => ({ start: m.index, end: m.index + 4, type: 'DATE', value: m[0] })),
    ...scan(text, SHORT_YEAR, (m) => {
      const two = Number(m[1]);
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(two > 30 ? 1900 + two : 2000 + two) };
    }),
    ...scan(text, DECADE, (m) => {
      const decade = m.groups?.decade ?? '';
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: decade.slice(0, 3) };
    }),
    ...scan(text, SHORT_DECADE, (m) => {
      const digit = Number(m.groups?.digit);
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${digit >= 3 ? 19 : 20}${digit}` };
    }),
    ...scan(text, DECADE_WORD, (m) => {
      const digit = DECADE_WORDS[(m[1] ?? '').toLowerCase()];
      // "the sixties" in a text about the 1900s; without a year in sight, the 20th century
      return digit === undefined ? null : { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `19${digit}` };
    }),
    ...scan(text, CENTURY, (m) => {
      const century = Number(m[1]);
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(century - 1).padStart(2, '0') };
    }),
  ];
}
