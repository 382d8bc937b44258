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
