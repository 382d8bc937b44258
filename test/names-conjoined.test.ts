/** "and" inside one name (conjoined.ts): a whole name the lists know, or a body's domain. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const named = (text: string): string[] => {
  const result = facts(text);
  return [
    ...result.people.map((entity) => `person ${entity.name}`),
    ...result.places.map((entity) => `place ${entity.name}`),
    ...result.organizations.map((entity) => `organization ${entity.name}`),
  ];
};

describe('"and" inside one name', () => {
  it.each([
    ['Talks between Serbia and Montenegro resumed on Monday.', 'place Serbia and Montenegro'],
    ['Troops from Bosnia and Herzegovina arrived in Sarajevo.', 'place Bosnia and Herzegovina'],
    ['Trinidad and Tobago beat Jamaica 2-1 on Sunday.', 'place Trinidad and Tobago'],
    // the lists know it written with "&": the whole name, a company
    ['Procter and Gamble said profits rose.', 'organization Procter and Gamble'],
    ['Shares of Johnson and Johnson fell on Monday.', 'organization Johnson and Johnson'],
    // a title-like first word stays on a place the lists know whole
    ['Saint Kitts and Nevis voted against the plan.', 'place Saint Kitts and Nevis'],
    ['"It is a risk," said an analyst at the Center for Strategic and International Studies in Washington.', 'organization Center for Strategic and International Studies'],
    ['The Ministry of Agriculture and Fisheries said on Monday that prices rose.', 'organization Ministry of Agriculture and Fisheries'],
    // a first name that is also a word ("Urban") is a word here
    ['The Department of Housing and Urban Development said on Monday rents rose.', 'organization Department of Housing and Urban Development'],
    ['Renata Volk of the Institute for Peace and Conflict Studies was detained.', 'organization Institute for Peace and Conflict Studies'],
    // a body that serves a continent: "in Europe" is part of its name
    ['The Organisation for Security and Cooperation in Europe will monitor the vote.', 'organization Organisation for Security and Cooperation in Europe'],
    ['The Foundation for Peace and Justice in Africa opened an office.', 'organization Foundation for Peace and Justice in Africa'],
  ])('%s', (text, name) => {
    expect(named(text)).toContain(name);
  });

  it.each([
    ['Lamar Odom and Khloé Kardashian were seen in Los Angeles.', ['person Lamar Odom', 'person Khloé Kardashian']],
    ['Britain and France signed the treaty.', ['place Britain', 'place France']],
    ['Smith and Jones said profits rose.', ['person Smith', 'person Jones']],
    // a name by itself after the "and": two bodies
    ['Officials from the Council of Europe and NATO met in Brussels.', ['organization Council of Europe', 'organization NATO']],
    ['The Commission for Trade and Tom Varley agreed.', ['organization Commission for Trade', 'person Tom Varley']],
    // a body's own head word after the "and": a second body
    ['The Ministry of Defence and Home Office issued a statement.', ['organization Ministry of Defence', 'organization Home Office']],
    ['The Department of Energy and Environmental Protection Agency disagreed.', ['organization Department of Energy', 'organization Environmental Protection Agency']],
    // "in" and a city is where the body sits, not its name
    ['Analysts at the Centre for Trade and Energy Studies in Vienna disagreed.', ['organization Centre for Trade and Energy Studies', 'place Vienna']],
  ])('stays apart: %s', (text, names) => {
    const found = named(text);
    for (const name of names) expect(found).toContain(name);
  });

  it('does not join a title and the person after it: "and Attorney General Eric Holder"', () => {
    const found = named('The Department of Justice and Attorney General Eric Holder declined to comment.');
    expect(found).toContain('person Eric Holder');
    expect(found.some((name) => name.includes('Attorney'))).toBe(false);
  });
});
