/** Ages in the forms newswire uses, and the traps that are not ages (issue 3). */
import { describe, expect, it } from 'vitest';
import { ages } from './helpers.js';

const found: [string, string[]][] = [
  ['A 44-year-old anti-abortion protester, James Kopp, was charged.', ['James Kopp 44']],
  ['Maria Lopez, who is 25 years old, won the race.', ['Maria Lopez 25']],
  ['Bob Woolmer died on Sunday at the age of 58 in Kingston.', ['Bob Woolmer 58']],
  ['The poet Seamus Heaney died aged 74 in Dublin.', ['Seamus Heaney 74']],
  ['Raymond Roth, 48, said he was sorry.', ['Raymond Roth 48']],
  ['Tom Hanks, now 64, returned to the stage.', ['Tom Hanks 64']],
  ['Tom Hanks, who turned 64 on Monday, returned.', ['Tom Hanks 64']],
  ['Mary Jones, 32-year-old mother of two, said she was happy.', ['Mary Jones 32']],
  ['Arsenal signed Jack Wilshere, 19, on Monday. The 19-year-old winger said he was happy.', ['Jack Wilshere 19']],
  ['Police arrested Tom Smith, 34, and Jane Jones, 45, on Monday.', ['Tom Smith 34', 'Jane Jones 45']],
];

const traps: string[] = [
  'Japan: Kenichi Shimokawa, 2, Hiroshige Yanagimoto, 3, Masami Ihara, 4.',
  'The coach named Kenichi Shimokawa, 2, Masami Ihara, 4, and Hiroshige Yanagimoto, 5, in the side.',
  'Bologna (4) drew with Lazio.',
  'Officials raised the retirement age of 65 again, Tom Hanks said.',
  'Tom Hanks, who is in his 30s, smiled.',
  'Tom Hanks joined the club aged 14 and left later.',
  'As a 13-year-old, Tom Hanks moved to Paris.',
  'Tom Hanks, who is 25 percent owner, declined.',
  'Tom Hanks, now 25 percent richer, smiled.',
  'Tom Hanks ended the 12-year-old conflict.',
];

describe('newswire ages', () => {
  it.each(found)('%s', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each(traps)('no age: %s', (text) => {
    expect(ages(text)).toEqual([]);
  });
});
