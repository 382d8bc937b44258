/** Events: the verb a date anchors, clause by clause, with its participants. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

/** "filed@2013: Khloé Kardashian" for each event. */
function events(text: string): string[] {
  const result = facts(text);
  const names = new Map([...result.people, ...result.places, ...result.organizations].map((e) => [e.id, e.name]));
  const dates = new Map(result.dates.map((d) => [d.id, d.text]));
  return result.events.map((e) => `${e.trigger.text}@${dates.get(e.date)}: ${[...e.people, ...e.places, ...e.organizations].map((id) => names.get(id)).join(', ')}`);
}

const cases: [string, string[]][] = [
  ['Khloé Kardashian filed for divorce in 2013.', ['filed@2013: Khloé Kardashian']],
  // the verb after the date when none stands before it
  ['In 2016 Khloé Kardashian began dating Tristan Thompson.', ['began@2016: Khloé Kardashian, Tristan Thompson']],
  // a "when" clause right after the date is anchored to it too
  [
    'Khloé Kardashian withdrew her petition in 2015 when Lamar Odom was placed in a coma.',
    ['withdrew@2015: Khloé Kardashian', 'placed@2015: Lamar Odom'],
  ],
  // auxiliaries are not triggers
  ['The divorce was finalized in 2016.', ['finalized@2016: ']],
  // clause by clause
  [
    'Lamar Odom joined the Lakers in 2004, but Khloé Kardashian left Las Vegas in 2013.',
    ['joined@2004: Lamar Odom, Lakers', 'left@2013: Khloé Kardashian, Las Vegas'],
  ],
  // "the couple" takes the pair named just before
  ['Khloé Kardashian married Lamar Odom. The couple divorced in 2013.', ['divorced@2013: Khloé Kardashian, Lamar Odom']],
];

describe('events', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it('anchors no event to a duration', () => {
    expect(events('Khloé Kardashian was married for four years.')).toEqual([]);
  });

  it('writes who did what in the summary', () => {
    const result = facts('Lamar Odom spoke. The former NBA star filed for divorce in 2013 after a long fight.');
    expect(result.events.map((e) => e.summary)).toEqual(['Lamar Odom filed for divorce']);
  });

  it('keeps the sentence of the event', () => {
    const text = 'Intro here. Khloé Kardashian filed for divorce in 2013. Outro.';
    const [event] = facts(text).events;
    expect(event?.sentence.text).toBe('Khloé Kardashian filed for divorce in 2013.');
  });
});

describe('plural nouns compromise reads as verbs', () => {
  it('anchors "raised interest rates in March" on raised, not rates', () => {
    expect(events('The Federal Reserve raised interest rates in March.')).toEqual(['raised@March: Federal Reserve']);
  });
});
