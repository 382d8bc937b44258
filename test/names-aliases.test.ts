/** One entity for the several names of a country or a body. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

describe('the names of one country', () => {
  it('joins "US", "U.S." and "United States" in one place', () => {
    const text = 'US stocks fell. Traders in the United States sold, and U.S. banks lost most.';
    expect(facts(text).places.map((place) => [place.name, place.aliases])).toEqual([['United States', ['US', 'U.S.']]]);
  });
  it('joins "Britain" and "United Kingdom"', () => {
    const text = 'Britain voted. The United Kingdom then left the talks.';
    expect(facts(text).places.map((place) => [place.name, place.aliases])).toEqual([['United Kingdom', ['Britain']]]);
  });
  it('keeps two countries apart', () => {
    const text = 'North Korea fired shells at South Korea on Friday.';
    expect(facts(text).places.map((place) => place.name)).toEqual(['North Korea', 'South Korea']);
  });
});

describe('a dotted acronym', () => {
  it('joins the one body with its initials', () => {
    const text = 'The United Nations met in New York. The U.N. said it was worried.';
    expect(facts(text).organizations.map((org) => [org.name, org.aliases])).toEqual([['United Nations', ['U.N.']]]);
  });
});

describe("a body's name without its country", () => {
  const joined: [string, string, [string, string[]][]][] = [
    ['a country in short', 'The US State Department said no. Later the State Department said yes.', [['US State Department', ['State Department']]]],
    ['a country in full', 'The United States Air Force ordered jets. The Air Force said no.', [['United States Air Force', ['Air Force']]]],
    ["a nationality", 'The Greek Ministry of Culture said no. The Ministry of Culture later agreed.', [['Greek Ministry of Culture', ['Ministry of Culture']]]],
  ];
  it.each(joined)('joins %s', (_why, text, expected) => {
    expect(facts(text).organizations.map((org) => [org.name, org.aliases])).toEqual(expected);
  });

  const apart: [string, string, string[]][] = [
    ['a body, not a country, before the name', 'The Kelvara Air Force met the Air Force of Rask.', ['Kelvara Air Force', 'Air Force of Rask']],
    ['two countries with the same body', 'The US Air Force and the British Air Force met. The Air Force chiefs left.', ['US Air Force', 'British Air Force', 'Air Force']],
  ];
  it.each(apart)('keeps apart %s', (_why, text, expected) => {
    expect(facts(text).organizations.map((org) => org.name)).toEqual(expected);
  });
});

describe("a body's short form that is also a town's name", () => {
  it('joins the body when the article uses the short form as a body', () => {
    const text = 'Vantage agreed to buy Meridian Telecom Group. Meridian shareholders will get $38 a share, and shares of Meridian jumped.';
    expect(facts(text).organizations.find((org) => org.name === 'Meridian Telecom Group')?.aliases).toEqual(['Meridian']);
    expect(facts(text).places).toEqual([]);
  });
  it('joins the longest of a body written shorter in a headline', () => {
    const text = 'VANTAGE TO BUY MERIDIAN TELECOM\n\nVantage agreed to buy Meridian Telecom Group. Meridian shareholders cheered.';
    expect(facts(text).organizations.find((org) => org.name === 'Meridian Telecom Group')?.aliases).toEqual(['MERIDIAN TELECOM', 'Meridian']);
  });
  it('is the body where two bodies open with it and "shares in" it name no place', () => {
    const text = 'Meridian Telecom Inc agreed a merger. The new Meridian Kelvara Group will be based in Dallas. Meridian\'s employees were told on Monday. Shares in Meridian rose 4 percent.';
    expect(facts(text).organizations.map((org) => org.name)).toContain('Meridian');
    expect(facts(text).places.map((place) => place.name)).toEqual(['Dallas']);
  });
  it('is the body where its directors are "at" it', () => {
    const text = 'A former manager at Meridian Trust Bank spoke. He said senior directors at Meridian had approved the trades.';
    expect(facts(text).organizations.find((org) => org.name === 'Meridian Trust Bank')?.aliases).toEqual(['Meridian']);
    expect(facts(text).places).toEqual([]);
  });
  it('joins a body named for its founder rather than the founder', () => {
    const text = 'Meridian will merge with Vandermolen Networks NV. Vandermolen shareholders will receive cash. Vandermolen was founded in 1994 by engineer Hendrik Vandermolen.';
    const body = facts(text).organizations.find((org) => org.name === 'Vandermolen Networks NV');
    expect(body?.aliases).toEqual(['Vandermolen']);
    expect(facts(text).people.find((person) => person.name === 'Hendrik Vandermolen')?.mentions).toHaveLength(1);
  });
  it('joins the given names before a patronymic to the full name', () => {
    const text = 'Its spokesperson, Siti Aminah binti Yusof, said so. Siti Aminah, who turned 35 this year, said more.';
    expect(facts(text).people.map((person) => [person.name, person.aliases, person.age])).toEqual([['Siti Aminah binti Yusof', ['Siti Aminah'], 35]]);
  });
  it('keeps apart two people who share given names but no patronymic', () => {
    const text = 'Siti Aminah Rahman spoke first. Siti Aminah Yusof spoke second.';
    expect(facts(text).people.map((person) => person.name)).toEqual(['Siti Aminah Rahman', 'Siti Aminah Yusof']);
  });
  it('leaves a surname with its person where no body opens with it', () => {
    const text = 'Engineer Hendrik Vandermolen founded the firm. Vandermolen said he was proud.';
    expect(facts(text).people.find((person) => person.name === 'Hendrik Vandermolen')?.aliases).toEqual(['Vandermolen']);
  });
  it('keeps the town where the article says it is one', () => {
    const text = 'The Oslo Stock Exchange rose. Traders in Oslo said the Oslo market was calm.';
    expect(facts(text).places.map((place) => place.name)).toEqual(['Oslo']);
  });
});

describe("a company's name without its legal form", () => {
  const bodies = (text: string): [string, string[]][] => facts(text).organizations.map((org) => [org.name, org.mentions.map((m) => m.text)]);
  it.each([
    [
      'in a headline, and its first word after',
      'Veridian Semiconductor Sues Lumora Over Patents\n\nVeridian Semiconductor Corp. filed a lawsuit on Tuesday. Veridian said it would win.',
      [['Veridian Semiconductor Corp.', ['Veridian Semiconductor', 'Veridian Semiconductor Corp.', 'Veridian']]],
    ],
    ['in the body', 'Kelvara Mining Ltd said profits rose. Later Kelvara Mining said it would hire.', [['Kelvara Mining Ltd', ['Kelvara Mining Ltd', 'Kelvara Mining']]]],
  ])('joins the company: %s', (_why, text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
  it('keeps a person apart whose name opens a company\'s', () => {
    const text = 'Tom Hale founded Tom Hale Holdings Ltd. Tom Hale Holdings Ltd said Tom Hale would retire.';
    expect(facts(text).people.map((person) => person.name)).toEqual(['Tom Hale']);
  });
});
