/** Event nouns and the dates in the phrases attached to them: "a large fall at the start of the day". */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

/** "trigger@date" for each event, reference date 2025-03-03. */
function anchors(text: string): string[] {
  const result = facts(text, '2025-03-03');
  const dates = new Map(result.dates.map((d) => [d.id, d.text]));
  return result.events.map((e) => `${e.trigger.text}@${dates.get(e.date)}`);
}

/** One table of `[input, expected anchors]`. */
function table(title: string, rows: [string, string[]][]): void {
  describe(title, () => {
    it.each(rows)('%s', (input, expected) => {
      expect(anchors(input)).toEqual(expected);
    });
  });
}

table('a date in a phrase after an event noun anchors the noun', [
  ['Following a large fall at the start of the day, the index recovered.', ['fall@the start of the day']],
  ['Fears caused some of the biggest losses in recent years.', ['losses@recent years']],
  ['The collapse on Monday shocked traders.', ['collapse@Monday']],
  // a scheduling verb hands the date to the event it sets
  ['Judge Wray set a hearing for next month.', ['hearing@next month']],
  ['The board scheduled a vote on Friday.', ['vote@Friday']],
]);

table('a noun that is the object of a verb leaves the date to the verb', [
  ['Stock indexes posted gains on Friday.', ['posted@Friday']],
  ['Markets dropped to twelve-year lows on Thursday.', ['dropped@Thursday', 'lows@twelve-year']],
  ['The company saw a big decline in March.', ['saw@March']],
  // a noun that names no event is no trigger
  ['The company bought a factory in March.', ['bought@March']],
]);

table('a date beats a duration for the same word', [
  ['Fears caused some of the biggest single-day losses in recent years.', ['losses@recent years']],
  // alone, the duration still anchors the noun it measures
  ['Fears caused the biggest single-day losses.', ['losses@single-day']],
]);
