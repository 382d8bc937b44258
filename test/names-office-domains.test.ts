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
