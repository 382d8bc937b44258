import { describe, expect, it } from 'vitest';
import { textWidth, truncate } from '../src/render/columns.js';
import { renderJson, renderNdjson } from '../src/render/json.js';
import { renderTable } from '../src/render/table.js';
import { timexSortKey } from '../src/render/timeline.js';
import { SCHEMA, type Facts } from '../src/types.js';

const ESC = '\u001b';
const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');
const span = (text: string, start: number) => ({ text, start, end: start + [...text].length });

function sampleFacts(): Facts {
  return {
    schema: SCHEMA,
    source: 'fixtures/lamar-odom.txt',
    referenceDate: '2025-03-03',
    referenceDateSource: 'option',
    title: 'Lamar Odom talks reuniting with Khloé Kardashian nearly a decade after divorce',
    people: [
      { id: 'person-1', name: 'Lamar Odom', aliases: ['Lamar', 'KoKo'], mentions: [span('Lamar Odom', 0)], age: 45, ageSource: span('the 45-year-old athlete', 500), descriptors: ['former NBA star', 'athlete'] },
      { id: 'person-2', name: 'Khloé Kardashian', aliases: ['Khloé'], mentions: [span('Khloé Kardashian', 34)], age: null, ageSource: null, descriptors: [] },
    ],
    places: [{ id: 'place-1', name: 'Las Vegas', aliases: [], mentions: [span('Las Vegas', 420), span('Vegas', 900)] }],
    organizations: [],
    dates: [
      { id: 'date-1', text: 'over the weekend', start: 300, end: 316, type: 'DATE', value: '2025-W09-WE' },
      { id: 'date-2', text: 'in 2013', start: 700, end: 707, type: 'DATE', value: '2013' },
      { id: 'date-3', text: 'four years', start: 800, end: 810, type: 'DURATION', value: 'P4Y' },
      { id: 'date-4', text: 'February 27', start: 850, end: 861, type: 'DATE', value: '2025-02-27' },
    ],
    events: [
      { id: 'event-1', trigger: span('explained', 330), date: 'date-1', sentence: span('x', 250), summary: 'Lamar explained the reunion', people: ['person-1'], places: [], organizations: [] },
      { id: 'event-2', trigger: span('filed', 690), date: 'date-2', sentence: span('x', 650), summary: 'Khloé Kardashian filed for divorce', people: ['person-2'], places: [], organizations: [] },
      { id: 'event-3', trigger: span('lasted', 790), date: 'date-3', sentence: span('x', 780), summary: 'the marriage lasted', people: ['person-1', 'person-2'], places: [], organizations: [] },
      { id: 'event-4', trigger: span('met', 840), date: 'date-4', sentence: span('x', 830), summary: 'they met in Las Vegas', people: ['person-1', 'person-9'], places: ['place-1'], organizations: [] },
    ],
  };
}

function longFacts(): Facts {
  const facts = sampleFacts();
  facts.people[0]!.descriptors.push('a very long descriptor that goes on and on past any reasonable terminal width');
  return facts;
}

describe('renderTable', () => {
  it('renders plain text with sections and a timeline sorted by date', () => {
    expect(renderTable(sampleFacts(), { color: false })).toMatchInlineSnapshot(`
      "source          fixtures/lamar-odom.txt
      title           Lamar Odom talks reuniting with Khloé Kardashian nearly a decade after divorce
      reference date  2025-03-03 (--ref-date)

      People (2)
        NAME              ALIASES      AGE  DESCRIPTORS
        Lamar Odom        Lamar, KoKo  45   former NBA star, athlete
        Khloé Kardashian  Khloé        -    -

      Places (1)
        NAME       ALIASES  MENTIONS
        Las Vegas  -        2

      Organizations (0)
        none found

      Dates (4)
        TEXT              TYPE      VALUE
        over the weekend  DATE      2025-W09-WE
        in 2013           DATE      2013
        four years        DURATION  P4Y
        February 27       DATE      2025-02-27

      Timeline (4)
        DATE         EVENT                               WHO
        2013         Khloé Kardashian filed for divorce  Khloé Kardashian
        2025-02-27   they met in Las Vegas               Lamar Odom, person-9
        2025-W09-WE  Lamar explained the reunion         Lamar Odom
        P4Y          the marriage lasted                 Lamar Odom, Khloé Kardashian
      "
    `);
  });

  it('orders the timeline by date value, unplaceable values last', () => {
    const plain = renderTable(sampleFacts(), { color: false });
    const timelineRows = plain.split('Timeline (4)\n')[1]!.split('\n').slice(1, 5);
    expect(timelineRows.map((row) => row.trim().split(/\s{2,}/)[0])).toEqual(['2013', '2025-02-27', '2025-W09-WE', 'P4Y']);
  });

  it('has no ANSI escapes without colour, and some with colour', () => {
    expect(renderTable(sampleFacts(), { color: false })).not.toContain(ESC);
    const coloured = renderTable(sampleFacts(), { color: true });
    expect(coloured).toContain(`${ESC}[`);
    expect(stripAnsi(coloured)).toBe(renderTable(sampleFacts(), { color: false }));
  });

  it('keeps escape sequences in the article out of the terminal', () => {
    const facts = { ...sampleFacts(), title: `Evil${ESC}[31m title\nsecond line` };
    const plain = renderTable(facts, { color: false });
    expect(plain).not.toContain(ESC);
    expect(plain).toContain('title           Evil [31m title second line\n');
  });

  it('says "none found" for every empty section', () => {
    const empty: Facts = { ...sampleFacts(), title: null, referenceDate: null, referenceDateSource: null, people: [], places: [], organizations: [], dates: [], events: [] };
    const plain = renderTable(empty, { color: false });
    expect(plain.match(/none found/g)).toHaveLength(5);
    expect(plain).toContain('title           -\n');
  });

  it('shrinks the widest columns first at width 40', () => {
    expect(renderTable(longFacts(), { color: false, width: 40 })).toMatchInlineSnapshot(`
      "source          fixtures/lamar-odom.txt
      title           Lamar Odom talks reunit…
      reference date  2025-03-03 (--ref-date)

      People (2)
        NAME        ALIASES     AGE  DESCRIPT…
        Lamar Odom  Lamar, Ko…  45   former N…
        Khloé Kar…  Khloé       -    -

      Places (1)
        NAME       ALIASES  MENTIONS
        Las Vegas  -        2

      Organizations (0)
        none found

      Dates (4)
        TEXT             TYPE      VALUE
        over the weeke…  DATE      2025-W09-WE
        in 2013          DATE      2013
        four years       DURATION  P4Y
        February 27      DATE      2025-02-27

      Timeline (4)
        DATE         EVENT         WHO
        2013         Khloé Karda…  Khloé Kard…
        2025-02-27   they met in…  Lamar Odom…
        2025-W09-WE  Lamar expla…  Lamar Odom
        P4Y          the marriag…  Lamar Odom…
      "
    `);
  });

  it.each([40, 60, 100])('keeps every line within width %i, truncating with "…"', (width) => {
    const facts = longFacts();
    for (const color of [false, true]) {
      const lines = stripAnsi(renderTable(facts, { color, width })).split('\n');
      for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
      expect(lines.some((line) => line.endsWith('…'))).toBe(true);
    }
  });

  it('defaults to 100 columns', () => {
    const facts = { ...sampleFacts(), title: 'x'.repeat(300) };
    const titleLine = renderTable(facts, { color: false }).split('\n')[1]!;
    expect(textWidth(titleLine)).toBe(100);
    expect(titleLine.endsWith('x…')).toBe(true);
  });
});

describe('columns', () => {
  it.each([
    ['Lamar', 5],
    ['Khloé', 5],
    ['Khloe\u0301', 5], // combining accent
    ['東京', 4],
    ['🏀 game', 7],
  ])('textWidth(%j) = %i', (text, width) => {
    expect(textWidth(text)).toBe(width);
  });

  it.each([
    ['Khloé Kardashian', 6, 'Khloé…'],
    ['Khloé', 5, 'Khloé'],
    ['東京タワー', 5, '東京…'],
    ['abc', 0, ''],
  ])('truncate(%j, %i) = %j', (text, width, expected) => {
    expect(truncate(text, width)).toBe(expected);
  });
});

describe('timexSortKey', () => {
  it.each([
    ['2013', '2013'],
    ['2025-02-27T14:00', '2025-02-27T14:00'],
    ['2025-W09-WE', '2025-03-01'],
    ['2025-W09', '2025-02-24'],
    ['2021-W01-3', '2021-01-06'],
    ['2025-SU', '2025-06'],
    ['201', '2010'],
    ['P4Y', null],
    ['XXXX-03-03', null],
    ['PRESENT_REF', null],
    [null, null],
  ])('%j -> %j', (value, key) => {
    expect(timexSortKey(value)).toBe(key);
  });
});

describe('renderJson / renderNdjson', () => {
  it('pretty JSON parses back to the same object, 2-space indent, one newline', () => {
    const text = renderJson(sampleFacts());
    expect(JSON.parse(text)).toEqual(sampleFacts());
    expect(text).toMatch(/^\{\n {2}"schema": "factx\/1",\n/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('ndjson is one compact line that parses back', () => {
    const text = renderNdjson(sampleFacts());
    expect(text.split('\n')).toEqual([expect.any(String), '']);
    expect(JSON.parse(text)).toEqual(sampleFacts());
  });
});
