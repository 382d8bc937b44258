/** Stock indices, products and newspapers: names that hold a company's name or look like a person's. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const names = (text: string): { people: string[]; places: string[]; organizations: string[] } => {
  const found = facts(text);
  return {
    people: found.people.map((p) => p.name),
    places: found.places.map((p) => p.name),
    organizations: found.organizations.map((o) => o.name),
  };
};

describe('stock indices are no organizations', () => {
  it.each([
    ['The Dow Jones Industrial Average fell 200 points.'],
    ['The Dow Jones rose, and the Nasdaq Composite fell.'],
    ["Japan's Nikkei stock index fell 3 percent.", ['Japan']],
    ['The British FTSE 100 closed lower.'],
    ["The Standard & Poor's 500 index dropped 2 percent."],
    ['The Hang Seng index fell 5.5 percent.'],
  ])('%s', (text, places = []) => {
    expect(names(text)).toEqual({ people: [], places, organizations: [] });
  });
});

describe('the bodies and places around an index stay', () => {
  it.each([
    ['United States stock indexes posted gains.', { people: [], places: ['United States'], organizations: [] }],
    ["The Conference Board's index of leading indicators rose.", { people: [], places: [], organizations: ['Conference Board'] }],
    ["Ratings agency Standard & Poor's cut its rating of Ford Motor Co.", { people: [], places: [], organizations: ["Standard & Poor", 'Ford Motor Co'] }],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a maker and a model code name a product', () => {
  it.each([
    ['The Airbus A380 landed in Singapore.', { people: [], places: ['Singapore'], organizations: [] }],
    ['The RAF flies Vickers VC-10 tankers.', { people: [], places: [], organizations: ['RAF'] }],
    ['Airbus said the jet was late.', { people: [], places: [], organizations: ['Airbus'] }],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a German article opens a newspaper', () => {
  it.each([
    ['Der Spiegel reported the deal on Sunday.', { people: [], places: [], organizations: ['Der Spiegel'] }],
    ['The deal was reported by Der Spiegel.', { people: [], places: [], organizations: ['Der Spiegel'] }],
    // the article inside a name: no newspaper
    ['Ursula von der Leyen spoke in Brussels.', { people: ['Ursula von der Leyen'], places: ['Brussels'], organizations: [] }],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a body's name glued to a person's", () => {
  it.each([
    ['The chief executive of the Refugee Council Enver Solomon said it was wrong.', { people: ['Enver Solomon'], places: [], organizations: ['Refugee Council'] }],
    // no first name or surname after the body: one name
    ['The Security Council Resolution passed.', { people: [], places: [], organizations: ['Security Council Resolution'] }],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('an office before the company stays outside its name', () => {
  it.each([
    ['said Joe Leonard, Chairman and Chief Operating Officer of AirTran Airways.', { people: ['Joe Leonard'], places: [], organizations: ['AirTran Airways'] }],
    // no office before "of": one name
    ['The Bank of England raised rates.', { people: [], places: [], organizations: ['Bank of England'] }],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('capitals that name no body', () => {
  it.each([
    ['He stays in jail, UNLESS of course he returns.', []],
    ['He was a VIP guest at the Google Science Fair.', []],
    ['He bought 14 Airbus A330-200 airliners.', []],
    ['NATO and UNESCO met.', ['NATO', 'UNESCO']],
  ])('%s', (text, organizations) => {
    expect(names(text).organizations).toEqual(organizations);
  });
});
