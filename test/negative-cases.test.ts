/** Inputs that must yield nothing of a kind: the traps raw compromise and chrono fall into. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const noPeople: string[] = [
  'Will they ever get back together?',
  'After the show, nobody spoke.',
  'I think it was Super Bowl weekend.',
  'The Kardashians returns next week on the network.',
  'During an interview on the Kyle & Jackie O Show, nothing happened.',
  'Keeping Up with the Kardashians ended.',
  'Sure enough, the crowd cheered.',
  'It played out on reality TV.',
  '',
  '   \n\n  ',
];

describe('no people', () => {
  it.each(noPeople)('%j', (text) => {
    expect(facts(text).people.map((p) => p.name)).toEqual([]);
  });
});

const noPlacesOrOrganizations: string[] = [
  'Nevertheless, she said yes.',
  'Khloé Kardashian was seen in tears.',
  'It was on reality TV.',
  // a currency is no country
  'The bank lost over US$ 2.2 billion.',
  'Sales rose to HK$ 5 million.',
];

describe('no places or organizations', () => {
  it.each(noPlacesOrOrganizations)('%j', (text) => {
    const result = facts(text);
    expect([...result.places, ...result.organizations].map((e) => e.name)).toEqual([]);
  });
});

describe('the Kardashians are a family, not a person', () => {
  it('keeps the family name out of the people', () => {
    const names = facts('Khloé Kardashian smiled. The Kardashians returns soon. Khloé Kardashian left.').people.flatMap((p) => [p.name, ...p.aliases]);
    expect(names).toEqual(['Khloé Kardashian']);
  });
});
