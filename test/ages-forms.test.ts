/** Ages, rule by rule: for each rule the text it reads and the text it must leave alone. */
import { describe, expect, it } from 'vitest';
import { ages } from './helpers.js';

type Case = [string, string[]];

const rules: Record<string, Case[]> = {
  'lists of names with numbers: ages unless the numbers climb like shirt numbers': [
    ['The victims were John Smith, 34, Mary Jones, 45, and Tom Brown, 19.', ['John Smith 34', 'Mary Jones 45', 'Tom Brown 19']],
    ['The dead were Ahmed Ali, 23, Samir Haddad, 31, Omar Nasser, 40, and Yusuf Karim, 27.', ['Ahmed Ali 23', 'Samir Haddad 31', 'Omar Nasser 40', 'Yusuf Karim 27']],
    ['Police arrested Tom Smith, 34, and Jane Jones, 35, on Monday.', ['Tom Smith 34', 'Jane Jones 35']],
    ['Japan - Kenichi Shimokawa, 2, Hiroshige Yanagimoto, 3, Naoki Soma, 4, Masami Ihara, 5.', []],
    ['The coach named Kenichi Shimokawa , 2 , Naoki Soma , 5 , and Masami Ihara , 6 , in the side .', []],
  ],
  'results lines: numbers after a label are not ages': [
    ['Scorers: Gianfranco Zola (23), Mark Hughes (56).', []],
    ['Scorers : Gianfranco Zola ( 23 ) , Mark Hughes ( 56 ) .', []],
    ['Scorer: Gianfranco Zola (23).', []],
    ['Japan: Kenichi Shimokawa, 2, Masami Ihara, 7.', []],
    ['Police named the driver as Sergei Ivanov (48) on Monday.', ['Sergei Ivanov 48']],
  ],
  'an appositive with its article: "Name, a 39-year-old ..."': [
    ['Marc Dutroux, a 39-year-old convicted child rapist, was arrested.', ['Marc Dutroux 39']],
    ['Tim Henman, the 22-year-old British number one, lost in the third round.', ['Tim Henman 22']],
    ['Tom Watson, a 46-year-old American, led by two shots.', ['Tom Watson 46']],
    ['Tom Watson, a 46-foot putt away, waited.', []],
    ['Tom Watson, a 30-year veteran of the tour, waited.', []],
  ],
  'the age at death: "died ... at age 62"': [
    ['Charles Kuralt, the CBS newsman, died on Friday at age 62.', ['Charles Kuralt 62']],
    ['Charles Kuralt died in New York at the age of 62.', ['Charles Kuralt 62']],
    ['Charles Kuralt, the CBS newsman, joined the network at age 22.', []],
    ['Charles Kuralt died on Friday in a city of age-old streets, 62 miles away.', []],
  ],
  'ages in words: "Fifteen-year-old Martina Hingis"': [
    ['Fifteen-year-old Martina Hingis won the title.', ['Martina Hingis 15']],
    ['Twenty-two-year-old Tim Henman lost.', ['Tim Henman 22']],
    ['Martina Hingis ended the fifteen-year-old rivalry.', []],
    ['Martina Hingis beat two 15-year-olds in Zurich.', []],
  ],
};

describe.each(Object.entries(rules))('%s', (_rule, cases) => {
  it.each(cases)('%s', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
});
