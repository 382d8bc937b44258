/** Numbers written in words or digits, as they appear in durations. */

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** Alternation for regexes: the number words, longest first. */
export const NUMBER_WORDS = Object.keys(UNITS)
  .filter((word) => word !== 'a' && word !== 'an')
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A number as written: "24", "four", "twenty-five", "a", "1.5" (brackets dropped: "[Ten]"). */
export const NUMBER = String.raw`(?:\d+(?:\.\d+)?|(?:${NUMBER_WORDS})(?:[- ](?:${NUMBER_WORDS}))?|an?)`;

/** "twenty-five" -> 25, "4" -> 4, "a" -> 1; null when it is not a number. */
export function parseNumber(text: string): number | null {
  const clean = text.toLowerCase().replace(/[[\]]/g, '').trim();
  if (/^\d+(\.\d+)?$/.test(clean)) return Number(clean);
  let total = 0;
  for (const part of clean.split(/[- ]/)) {
    const value = UNITS[part];
    if (value === undefined) return null;
    total = value === 100 ? Math.max(total, 1) * 100 : total + value;
  }
  return total;
}
