/** Parliamentary titles before a name ("House Speaker", "Senate Majority Leader") stay outside it. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const people = (text: string): string[] => facts(text).people.map((person) => person.name);

describe('a leader or speaker title before a name', () => {
  it.each([
    ['a chamber and a modified title', 'Senate Majority Leader Trent Lott said Republicans kept control.', ['Trent Lott']],
    ['a minority leader', 'Senate Minority Leader Tom Daschle agreed on Friday.', ['Tom Daschle']],
    ["compromise's place reading of \"House Speaker\"", 'House Speaker Newt Gingrich was re-elected in Georgia.', ['Newt Gingrich']],
    ['a speaker alone before the name', 'Speaker Betty Boothroyd called for order.', ['Betty Boothroyd']],
    ['an opposition leader', 'Opposition Leader John Howard attacked the budget.', ['John Howard']],
    ['a party before the title', 'Labour Leader Tony Blair spoke in London.', ['Tony Blair']],
    ['a special envoy', 'Special Envoy Dennis Ross arrived in Cairo.', ['Dennis Ross']],
  ])('%s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['the title alone', 'The Speaker said the debate was over.'],
    ["a modified title's office", "The Majority Leader's office declined to comment."],
    ['a modified title alone', 'The High Commissioner for Refugees said no.'],
    ['a newspaper named with the word', 'He wrote for the Regina Leader-Post for ten years.'],
  ])('no person: %s', (_why, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('the body before an office', () => {
  const organizations = (text: string): string[] => facts(text).organizations.map((entity) => entity.name);
  it.each([
    ['a chamber', 'He met House Speaker Newt Gingrich on Friday.', ['House']],
    ['a chamber listed after a person', 'Newt Gingrich and Senate Majority Leader Trent Lott met on Friday.', ['Senate']],
    ['a company', 'Ryanair CEO Michael Kelly agreed.', ['Ryanair']],
    ['a short form of a bank', 'The Federal Reserve met in March, Fed Chair Janet Lowell said.', ['Federal Reserve', 'Fed']],
  ])('%s', (_why, text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });

  it.each([
    ['a known place', 'Texas Governor George Bush attended.', 'places', ['Texas']],
    ['a country', 'US President Bill Clinton spoke in Ohio.', 'places', ['US', 'Ohio']],
    ['a town before its mayor', 'Riverton Mayor Lena Ortiz called for calm.', 'organizations', []],
    ['a domain before a courtesy title', 'Undersecretary for Trade Mr. Kelvo spoke.', 'organizations', []],
    // a minister's domain, no body: "Interior" is no organization
    ['a ministry\'s domain', 'Interior Minister Manfred Kanther will visit Osk.', 'organizations', []],
    ['a ministry\'s domain mid-sentence', 'He met Health Secretary Ann Lee on Monday.', 'organizations', []],
    ['a body before a commissioner stays one', 'EU Commissioner Tam Rask said no.', 'organizations', ['EU']],
  ] as [string, string, 'places' | 'organizations', string[]][])('no body: %s', (_why, text, kind, expected) => {
    expect(facts(text)[kind].map((entity) => entity.name)).toEqual(expected);
  });

  it.each([
    ['a chain of modifiers', 'Shadow Home Secretary Yvette Cooper said no.', ['Yvette Cooper']],
    ['an emeritus professor', 'Emeritus Professor John Burrows retired.', ['John Burrows']],
  ])('keeps the person: %s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
    expect(facts(text).organizations).toEqual([]);
  });
});
