/**
 * The seed article: `factx check fixtures/` passes, and the golden file says
 * what the hand annotation (shared/eval/seed.jsonl) says.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../src/check/index.js';
import type { Facts } from '../src/types.js';
import { expectValid } from './support/contract.js';

const golden = JSON.parse(await readFile('fixtures/lamar-odom.expected.json', 'utf8')) as Facts;

describe('fixtures/lamar-odom', () => {
  it('the golden file validates against the JSON Schema', () => {
    expectValid([golden]);
  });

  it('passes the golden check', async () => {
    const result = await runCheck(['fixtures'], { update: false });
    expect(result.output).toContain('ok');
    expect(result.passed).toBe(true);
  });

  it('names exactly the five people, with their aliases and ages', () => {
    const people = golden.people.map((p) => [p.name, [...p.aliases].sort(), p.age, p.ageSource?.text ?? null]);
    expect(people).toEqual([
      ['Lamar Odom', ['Lamar'], 45, 'the 45-year-old athlete'],
      ['Khloé Kardashian', ['Khloé', 'KoKo'], 40, 'the 40-year-old reality star'],
      ['Malika Haqq', ['Malika'], null, null],
      ['Tristan Thompson', [], null, null],
      ['Kris Jenner', [], null, null],
    ]);
    expect(golden.people[0]!.mentions).toHaveLength(14);
    expect(golden.people[1]!.mentions).toHaveLength(13);
  });

  it('lists the places and organizations and nothing else', () => {
    expect(golden.places.map((p) => p.name)).toEqual(['Los Angeles', 'California', 'Las Vegas']);
    expect(golden.organizations.map((o) => o.name)).toEqual(['NBA', 'Los Angeles Lakers', 'Good American']);
  });

  it('never reports the known false people', () => {
    const names = golden.people.flatMap((p) => [p.name, ...p.aliases]);
    for (const wrong of ['Will', 'Will Khloé', 'Kardashians', 'Jackie O Show', 'Las']) expect(names).not.toContain(wrong);
  });

  it('has the ten dates with their TIMEX3 values', () => {
    expect(golden.dates.map((d) => `${d.text}=${d.value}`)).toEqual([
      'nearly a decade=P10Y',
      'over the weekend=2025-W09-WE',
      'one month=P1M',
      '2011=2011',
      '2013=2013',
      'four years=P4Y',
      '2015=2015',
      '2016=2016',
      'the same year=2016',
      '2021=2021',
    ]);
  });

  it('anchors the eight events to their dates and people', () => {
    const person = new Map(golden.people.map((p) => [p.id, p.name]));
    const date = new Map(golden.dates.map((d) => [d.id, d.text]));
    const events = golden.events.map((e) => `${e.trigger.text}@${date.get(e.date)}: ${e.people.map((id) => person.get(id)).join(', ')}`);
    expect(events).toEqual([
      'explained@over the weekend: Lamar Odom',
      'scored@2011: Khloé Kardashian, Lamar Odom',
      'filed@2013: Khloé Kardashian',
      'withdrew@2015: Khloé Kardashian',
      'placed@2015: Lamar Odom',
      'finalized@2016: ',
      'began@the same year: Khloé Kardashian, Tristan Thompson',
      'came@2021: Khloé Kardashian, Tristan Thompson',
    ]);
  });
});
