/** "Title of Domain Name": the domain goes with the title before a person, but an ordinary word after it goes on with a body's name (shape.ts). */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('an office with its domain', () => {
  it.each([
    // "Commercial" is an ordinary word: the run after "of" is one body's name, no person
    ['The jet was shown by Scott Carson, president and CEO of Boeing Commercial Airplanes, on Monday.', 'people', ['Scott Carson']],
    ['The jet was shown by Scott Carson, president and CEO of Boeing Commercial Airplanes, on Monday.', 'organizations', ['Boeing Commercial Airplanes']],
    // a first name after the domain, even one that is also a word ("Rex", "Tom"): the person
    ['He met Secretary of State Rex Tillerson on Monday.', 'people', ['Rex Tillerson']],
    ['The CEO of Acme Tom Jones spoke.', 'people', ['Tom Jones']],
    ['The Minister of Education Stefania Giannini spoke.', 'people', ['Stefania Giannini']],
  ] as [string, Kind, string[]][])('%s', (text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});

describe("a title in the possessive ends no name", () => {
  it.each([
    ["A detective for the Los Angeles Sheriff's office was given the files.", 'people', []],
    ["A detective for the Los Angeles Sheriff's office was given the files.", 'places', ['Los Angeles']],
    // after a first name the word is a surname: "Judge" stays
    ["Police searched Tom Judge's house on Monday.", 'people', ['Tom Judge']],
    // after a hyphen it is a syllable: "sen" is no "Sen." (senator)
    ['They remembered Sun Yat-sen on Monday.', 'people', ['Sun Yat-sen']],
  ] as [string, Kind | 'places', string[]][])('%s', (text, kind, expected) => {
    expect(facts(text)[kind].map((entity) => entity.name)).toEqual(expected);
  });
});

describe('an office whose domain opens with "the"', () => {
  it.each([
    ['Chancellor of the Exchequer Kenneth Clarke attended. Clarke said inflation was low.', 'people', ['Kenneth Clarke']],
    ['Secretary of the Treasury Robert Rubin said the dollar was strong.', 'people', ['Robert Rubin']],
    // a named body or place as the domain is a name of its own
    ['After the leak, CEO of the Refugee Council Enver Solomon told Sky News it was wrong.', 'people', ['Enver Solomon']],
    ['After the leak, CEO of the Refugee Council Enver Solomon told Sky News it was wrong.', 'organizations', ['Refugee Council', 'Sky News']],
    ['The President of the United States said he would veto the bill.', 'places', ['United States']],
    // no person after the domain: no name
    ['He met the Minister of the Interior on Monday.', 'people', []],
  ] as [string, Kind | 'places', string[]][])('%s', (text, kind, expected) => {
    expect(facts(text)[kind].map((entity) => entity.name)).toEqual(expected);
  });
});

describe('a prefix before a hyphen makes no name', () => {
  it('reads "Co-founder" as a common word', () => {
    expect(names('Co-founder of Google, Sergey Brin, spoke.', 'organizations')).toEqual(['Google']);
  });
});
