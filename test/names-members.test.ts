/** Members of a parliament and their parties (context.ts weighMembership, lexicon.ts MEMBER_TITLES). */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('a member of a parliament', () => {
  const cases: [string, string, Kind, string[]][] = [
    ['a person after a member\'s title', 'Labour MP Tom Hale agreed with the plan.', 'people', ['Tom Hale']],
    ['a person after a congresswoman\'s title', 'Republican Congresswoman Ann Hale agreed.', 'people', ['Ann Hale']],
    ['a party before a member\'s title', 'Tom Hale, the Labour MP for Osk, agreed.', 'organizations', ['Labour']],
    ['an acronym\'s party before a member\'s title', 'The SNP MP for Osk agreed.', 'organizations', ['SNP']],
    ['a constituency after "MP for"', 'Tom Hale, the Labour MP for Osk, agreed.', 'places', ['Osk']],
    ['a known town before a member\'s title', 'Leeds MP Tom Hale agreed.', 'places', ['Leeds']],
    ['a party that is also a portfolio, before a member\'s title', 'Yesterday Labor MP Helen Papadopoulos was elected.', 'organizations', ['Labor']],
    ['a chamber after "Speaker of the"', 'She was elected Speaker of the House of Representatives in Canberra.', 'organizations', ['House of Representatives']],
    ['letters after a name', 'The prosecution, led by D. J. Whitcombe QC, said so. Tom Hale MP agreed.', 'people', ['D. J. Whitcombe', 'Tom Hale']],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });

  const noBodies: [string, string][] = [
    ['a party\'s adjective before a member\'s title', 'Conservative MP Tom Hale agreed.'],
    ['a party\'s adjective before an office', 'Democratic Senator Tom Hale agreed.'],
    ['a constituency, no body', 'Tom Hale, the MP for Osk, agreed.'],
    ['a town the lists know before a member\'s title', 'Leeds MP Tom Hale agreed.'],
    ['a portfolio before a minister\'s title', 'British Labour Minister Tom Hale spoke.'],
  ];
  it.each(noBodies)('no organization: %s', (_why, text) => {
    expect(names(text, 'organizations')).toEqual([]);
  });
});
