/** One date per trigger, participles after a copula, verbs read as nouns, ", after" clauses. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

/** "trigger@date" for each event, reference date 2025-03-03. */
function anchors(text: string): string[] {
  const result = facts(text, '2025-03-03');
  const dates = new Map(result.dates.map((d) => [d.id, d.text]));
  return result.events.map((e) => `${e.trigger.text}@${dates.get(e.date)}`);
}

describe.each<[string, string[]]>([
  // the trigger keeps the nearest date; "9 a.m." is the same moment, "March 3" is set off by commas
  ['The hearing, first set for March 3, moved to tomorrow at 9 a.m.', ['moved@tomorrow']],
  ['His lawyer told reporters on Tuesday at 2 p.m. that he was fine.', ['told@Tuesday']],
  // a calendar date beats "now"
  ['ANA will now receive the aircraft next month.', ['receive@next month']],
  // two dates the text coordinates keep one trigger
  ['It was delayed last week and two days ago.', ['delayed@last week', 'delayed@two days ago']],
  ['Sales grew 5% in 2008 and 3% in 2009.', ['grew@2008', 'grew@2009']],
  // a copula hands the event to its participle or adjective
  ['Stock prices were sharply lower on Friday.', ['lower@Friday']],
  ['The flight was delayed today.', ['delayed@today']],
  // the date may stand between the copula and its participle
  ['Shares are now trading at 5 dollars.', ['trading@now']],
  ['Stocks were today sharply lower.', ['lower@today']],
  // a noun after the copula: the copula stays the event
  ['He is now the chairman.', ['is@now']],
  // past verbs compromise reads as nouns, in a clause with no other verb
  ['Prices of new homes rose in the fourth quarter.', ['rose@the fourth quarter']],
  ['Officials said the US economy shed 663,000 jobs in March.', ['shed@March']],
  // ", after ..." is a clause of its own
  ['Stock indexes worldwide rose on Friday, after US bank chiefs spoke.', ['rose@Friday']],
])('%s', (input, expected) => {
  it('anchors each date once, on the right word', () => {
    expect(anchors(input)).toEqual(expected);
  });
});

describe('what stays as it was', () => {
  it.each<[string, string[]]>([
    // a noun after a determiner is not a misread verb
    ['The garden shed in 2009 was painted.', ['painted@2009']],
    ['She bought a rose on Friday.', ['bought@Friday']],
    // different triggers keep their own dates
    ['Khloé filed for divorce in 2013 but withdrew the petition in 2015.', ['filed@2013', 'withdrew@2015']],
  ])('%s', (input, expected) => {
    expect(anchors(input)).toEqual(expected);
  });
});
