/**
 * Long names of bodies and states, and the acronyms an article defines for them
 * (acronyms.ts, continues-name.ts, group.ts poolDefinedNames).
 */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);
const mentions = (text: string, kind: Kind): string[] => facts(text)[kind].flatMap((entity) => entity.mentions.map((m) => m.text));

describe('long names and their acronyms', () => {
  const cases: [string, string, Kind, string[]][] = [
    ['an acronym that spells a word, every use', 'The World Health Organization (WHO) said on Tuesday it had confirmed an outbreak. Helena Marsh, the WHO\'s director, spoke. The WHO said the risk was low.', 'organizations', ['World Health Organization', 'WHO', 'WHO', 'WHO']],
    ['a foreign body\'s "without"', 'Doctors from Médecins Sans Frontières (MSF) reported a rise in cases.', 'organizations', ['Médecins Sans Frontières', 'MSF']],
    ['a body "without" something, written without accents', 'Doctors from Medecins Sans Frontieres said the camps were full.', 'organizations', ['Medecins Sans Frontieres']],
    ['a body defined by its acronym that speaks of "it"', 'Médecins Sans Frontières (MSF) said it was building a unit.', 'organizations', ['Médecins Sans Frontières', 'MSF']],
    ['a plural head before "for"', 'The Centers for Disease Control and Prevention (CDC) is sending a team.', 'organizations', ['Centers for Disease Control and Prevention', 'CDC']],
    ['a state\'s name with "of the" at a sentence\'s end', 'The town lies near the border with the Democratic Republic of the Congo.', 'places', ['Democratic Republic of the Congo']],
    ['a body\'s name with "of the" at a sentence\'s end', 'He studied at the University of the Philippines.', 'organizations', ['University of the Philippines']],
    ['a continent after an office\'s "for"', 'Helena Marsh, the regional emergencies director for Africa, said so.', 'places', ['Africa']],
    ['a film company', 'The prize went to the producer, Red Lantern Pictures of Hong Kong.', 'organizations', ['Red Lantern Pictures']],
    ['a number after a group\'s "of"', 'Finance ministers of the Group of Seven met in Paris.', 'organizations', ['Group of Seven']],
    ['a company\'s last word after a sentence-initial word', 'Ocean Technologies of Oslo won the deal.', 'organizations', ['Ocean Technologies']],
    ['a label after a sentence-initial word', 'Summit Records signed the band.', 'organizations', ['Summit Records']],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(mentions(text, kind)).toEqual(expected);
  });

  const none: [string, string, Kind][] = [
    ['"who" as a pronoun', 'The man who spoke first was Tom Hale.', 'organizations'],
    ['a person who said "it"', 'Tom Hale said it was over, and Hale said it again.', 'organizations'],
    ['"of the" after a state\'s word in lower case', 'He left the republic of the north on Monday.', 'places'],
  ];
  it.each(none)('none: %s', (_why, text, kind) => {
    expect(names(text, kind)).toEqual([]);
  });
});

describe('where a company is', () => {
  it('is no part of its name after a legal form', () => {
    const text = 'Kelvara said it would merge with Vandermolen Networks NV of Amsterdam, Netherlands.';
    expect(names(text, 'organizations')).toContain('Vandermolen Networks NV');
    expect(names(text, 'places')).toEqual(['Amsterdam', 'Netherlands']);
  });
  it('is no part of its name after an aerospace company\'s last word', () => {
    expect(names('The order went to Daimler-Benz Aerospace of Germany.', 'organizations')).toEqual(['Daimler-Benz Aerospace']);
  });
  it('stays in a bank\'s name', () => {
    expect(names('He joined the Bank of England in May.', 'organizations')).toEqual(['Bank of England']);
  });
});
