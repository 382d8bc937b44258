/** A headline names a club or a company by the first words of the body's full name (headline-short-forms.ts). */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const organizations = (text: string): [string, string[]][] =>
  facts(text).organizations.map((org) => [org.name, org.mentions.map((mention) => mention.text)]);
const allMentions = (text: string): string[] => {
  const result = facts(text);
  return [...result.people, ...result.places, ...result.organizations].flatMap((entity) => entity.mentions.map((mention) => mention.text));
};

describe("a headline's short form of a body's name", () => {
  it.each([
    // a club and its town
    ['SOCCER - VARDO HOLD KELMAR .\nOSLO 1996-08-25\nVardo Ostrava drew 1-1 with Kelmar Bergen in the league on Sunday .', 'Vardo Ostrava', 'VARDO'],
    ['SOCCER - PARTIZAN BEAT RED STAR .\nBELGRADE 1996-08-25\nPartizan Belgrade beat Red Star Belgrade 2-1 on Sunday .', 'Red Star Belgrade', 'RED STAR'],
    // a company and its legal form
    ['ZELTRONA PROFITS RISE .\nLONDON 1996-08-25\nZeltrona Holdings Plc said on Monday its profits rose .', 'Zeltrona Holdings Plc', 'ZELTRONA'],
  ])('%s', (text, name, short) => {
    const found = organizations(text).find(([full]) => full === name);
    expect(found?.[1]).toContain(short);
  });

  it.each([
    // a first name opens a person's name, not a body's
    ['JOHN SAYS NO .\nLONDON 1996-08-25\nJohn Marvel told reporters on Monday he would not run .', 'JOHN'],
    // the rest of the name is no town and no legal form
    ['CLINTON VISITS FACTORY .\nWASHINGTON 1996-08-25\nThe Clinton Foundation said on Sunday the factory would open .', 'CLINTON'],
    // the body's name is a place's
    ['NEW RULES FOR TRADERS .\nDELHI 1996-08-25\nTraders in New Delhi said on Monday the rules were unclear .', 'NEW'],
    // the word opens two of the body's names: which one is not said
    ['SOCCER - DYNAMO WIN .\nMOSCOW 1996-08-25\nDynamo Kiev beat Dynamo Moscow 2-1 on Sunday .', 'DYNAMO'],
  ])('no short form: %s', (text, word) => {
    expect(allMentions(text)).not.toContain(word);
  });
});
