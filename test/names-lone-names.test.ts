/** One-word names that speak little: a person's role before one keeps it a person; a company's role does not (group.ts). */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('a one-word name after a role', () => {
  it.each([
    ['The show features Polaroids of fashion designer Halston, a former resident of the town.', 'people', ['Halston']],
    ['Photos of singer Morrissey were sold.', 'people', ['Morrissey']],
    // a company's describing noun: the name stays an organization
    ['Shares of retailer Kmart fell after Kmart said sales slowed.', 'organizations', ['Kmart']],
    // nothing before it: a lone name that speaks once leans to an organization
    ['Kelvara announced a new plan on Monday.', 'people', []],
  ] as [string, Kind, string[]][])('%s', (text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});

describe('a lone unknown name that speaks, in sports copy', () => {
  const report = 'SOCCER - RESULTS .\nArsenal 2 West Ham 0\nNewcastle , who paid 15 million pounds for Shearer , lost 2-0 at Everton .\nShearer said : " We will be back . "';
  it.each([
    // a player, not the organization a weakly speaking name leans to
    [report, 'people', ['Shearer']],
    // outside sports copy the lean stays
    ['Kelvara said on Monday it would cut jobs.', 'people', []],
  ] as [string, Kind, string[]][])('%s', (text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});

describe('an unknown word at the head of a sentence, before a speech verb', () => {
  it.each([
    // a name, and a person by the pronoun after it
    ['Netanyahu told parliament he disagreed.', 'people', ['Netanyahu']],
    // people unnamed: a plural
    ['Prosecutors said the driver was drunk. Witnesses told police he fled.', 'people', []],
    ['Prosecutors said the driver was drunk. Witnesses told police he fled.', 'organizations', []],
  ] as [string, Kind, string[]][])('%s', (text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});
