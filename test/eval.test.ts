import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EvalError, runEval } from '../src/eval/index.js';
import type { ExtractFn } from '../src/eval/index.js';
import type { DateMention, Event, Facts, Person, Span } from '../src/types.js';

// "Ann Lee met Bob in Paris in 2013. Lee left Acme last week."
const TEXT = 'Ann Lee met Bob in Paris in 2013. Lee left Acme last week.';
const span = (text: string, from = 0): Span => {
  const start = TEXT.indexOf(text, from);
  return { text, start, end: start + text.length };
};
const ent = (type: string, s: Span, cluster: string, extra = {}) => ({ type, ...s, cluster, named: true, ...extra });

const GOLD = {
  id: 'doc1',
  dct: '2017-07-18',
  text: TEXT,
  entities: [
    ent('person', span('Ann Lee'), 'ann'),
    ent('person', span('Bob'), 'bob'),
    ent('place', span('Paris'), 'paris'),
    ent('person', span('Lee', 10), 'ann'),
    ent('organization', span('Acme'), 'acme'),
    { type: 'person', ...span('met'), cluster: 'x', named: false },
  ],
  timexes: [
    { ...span('2013'), type: 'DATE', value: '2013' },
    { ...span('last week'), type: 'DATE', value: '2017-07-10/2017-07-16' },
  ],
  ages: [{ cluster: 'ann', name: 'Ann Lee', age: 40, evidence: '' }],
  events: [{ trigger: span('met'), timex: span('2013'), people: ['ann', 'bob'] }],
  optional: [{ kind: 'person', text: 'Zed', why: 'test' }],
  not_people: ['Lee left'],
};

const person = (id: string, mentions: Span[], age: number | null = null, aliases: string[] = []): Person => ({
  id, name: mentions[0]?.text ?? '', aliases, mentions, age, ageSource: null, descriptors: [],
});
const date = (id: string, s: Span, value: string | null): DateMention => ({ id, ...s, type: 'DATE', value });
const event = (trigger: Span, dateId: string, people: string[]): Event => ({
  id: 'event-1', trigger, date: dateId, sentence: trigger, summary: '', people, places: [], organizations: [],
});

/** The gold, exactly. Each test breaks one thing. */
function perfect(): Facts {
  return {
    schema: 'factx/1', source: 'doc1', referenceDate: '2017-07-18', referenceDateSource: 'option', title: null,
    people: [person('person-1', [span('Ann Lee'), span('Lee', 10)], 40), person('person-2', [span('Bob')])],
    places: [{ id: 'place-1', name: 'Paris', aliases: [], mentions: [span('Paris')] }],
    organizations: [{ id: 'org-1', name: 'Acme', aliases: [], mentions: [span('Acme')] }],
    dates: [date('date-1', span('2013'), '2013'), date('date-2', span('last week'), '2017-W28')],
    events: [event(span('met'), 'date-1', ['person-1', 'person-2'])],
  };
}

let dir = '';
let goldPath = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factx-eval-'));
  goldPath = join(dir, 'gold.jsonl');
  await writeFile(goldPath, `${JSON.stringify(GOLD)}\n`);
});

type Metrics = Record<string, { gold: number; pred: number; tp: number; precision: number | null; recall: number | null; f1: number | null } | null>;
interface Report { passed: boolean; files: { metrics: Metrics; notPeople: { violations: string[] } }[]; total: unknown }

async function score(facts: Facts, minF1?: number): Promise<{ m: Metrics; report: Report; passed: boolean }> {
  const fn: ExtractFn = () => facts;
  const r = await runEval([goldPath], { json: true, ...(minF1 === undefined ? {} : { minF1 }) }, fn);
  const report = JSON.parse(r.output) as Report;
  return { m: report.files[0]?.metrics ?? {}, report, passed: r.passed };
}

describe('runEval', () => {
  it('gives 1.0 everywhere for a perfect prediction', async () => {
    const { m, passed } = await score(perfect(), 1);
    for (const [metric, row] of Object.entries(m)) {
      if (row === null || row.gold + row.pred === 0) continue;
      expect([metric, row.f1]).toEqual([metric, 1]);
    }
    expect(m['entities.all']).toMatchObject({ gold: 4, pred: 4, tp: 4 });
    expect(m['events.participants']).toMatchObject({ gold: 1, tp: 1 });
    expect(passed).toBe(true);
  });

  it('lowers recall, not precision, for a missed mention', async () => {
    const facts = perfect();
    facts.people[0] = person('person-1', [span('Ann Lee')], 40);
    const { m, passed } = await score(facts, 0.9);
    expect(m['mentions.person.strict']).toMatchObject({ gold: 3, pred: 2, tp: 2, precision: 1, recall: 0.667 });
    expect(m['entities.person']?.f1).toBe(1);
    expect(passed).toBe(false);
  });

  it('counts a mention of the wrong type against its own type', async () => {
    const facts = perfect();
    facts.places = [];
    facts.organizations.push({ id: 'org-2', name: 'Paris', aliases: [], mentions: [span('Paris')] });
    const { m } = await score(facts);
    expect(m['mentions.organization.strict']).toMatchObject({ gold: 1, pred: 2, tp: 1, precision: 0.5, recall: 1 });
    expect(m['mentions.place.strict']).toMatchObject({ gold: 1, pred: 0, tp: 0, precision: null, recall: 0 });
  });

  it('gives one TP and an FP for a split entity', async () => {
    const facts = perfect();
    facts.people = [person('person-1', [span('Ann Lee')], 40), person('person-2', [span('Bob')]), person('person-3', [span('Lee', 10)])];
    const { m } = await score(facts);
    expect(m['mentions.person.strict']?.f1).toBe(1);
    expect(m['entities.person']).toMatchObject({ gold: 2, pred: 3, tp: 2 });
    expect(m.ages).toMatchObject({ tp: 1 });
  });

  it('gives one TP and an FN for a merged entity', async () => {
    const facts = perfect();
    facts.people = [person('person-1', [span('Ann Lee'), span('Bob'), span('Lee', 10)], 40)];
    const { m } = await score(facts);
    expect(m['entities.person']).toMatchObject({ gold: 2, pred: 1, tp: 1 });
    expect(m['events.participants']).toMatchObject({ gold: 1, pred: 1, tp: 0 });
  });

  it('scores a date with the right span and a wrong value', async () => {
    const facts = perfect();
    facts.dates[0] = date('date-1', span('2013'), '2014');
    const { m } = await score(facts);
    expect(m['dates.strict']).toMatchObject({ tp: 2 });
    expect(m['dates.value']).toMatchObject({ gold: 2, pred: 2, tp: 1 });
    expect(m['dates.type']).toMatchObject({ tp: 2 });
  });

  it('ignores a prediction that matches an optional item', async () => {
    const facts = perfect();
    facts.people.push(person('person-3', [{ text: 'Zed', start: 0, end: 3 }]));
    const { m } = await score(facts);
    expect(m['mentions.person.strict']).toMatchObject({ pred: 3, tp: 3 });
    expect(m['entities.person']).toMatchObject({ pred: 2, tp: 2 });
  });

  it('counts a not_people violation as a false positive', async () => {
    const facts = perfect();
    facts.people.push(person('person-3', [span('Lee left')]));
    const { m, report } = await score(facts);
    expect(report.files[0]?.notPeople.violations).toEqual(['doc1 person-3: Lee left']);
    expect(m['entities.person']).toMatchObject({ gold: 2, pred: 3, tp: 2 });
    expect(m['mentions.person.strict']).toMatchObject({ pred: 4, tp: 3 });
  });

  it('shows kinds a file does not annotate as "-"', async () => {
    const path = join(dir, 'no-ages.jsonl');
    const { ages: _ages, events: _events, ...rest } = GOLD;
    await writeFile(path, `${JSON.stringify(rest)}\n`);
    const r = await runEval([path], { json: false }, () => perfect());
    expect(r.output).toMatch(/^ages +- +- +- +- +-$/m);
    expect(r.output).toMatch(/^events\.links +- +- +- +- +-$/m);
  });
});

describe('runEval output and errors', () => {
  it('prints the same numbers as text and as JSON', async () => {
    const facts = perfect();
    facts.dates[0] = date('date-1', span('2013'), '2014');
    const text = (await runEval([goldPath, goldPath], { json: false }, () => facts)).output;
    const json = JSON.parse((await runEval([goldPath, goldPath], { json: true }, () => facts)).output) as Report & { total: { metrics: Metrics } };
    const row = json.total.metrics['dates.value'];
    expect(row).toMatchObject({ gold: 4, pred: 4, tp: 2, f1: 0.5 });
    expect(text).toMatch(/^total: 2 documents$/m);
    expect(text).toMatch(/^dates\.value +4 +4 +0\.500 +0\.500 +0\.500$/m);
  });

  it('names file:line for a bad JSONL line', async () => {
    const path = join(dir, 'bad.jsonl');
    await writeFile(path, `${JSON.stringify(GOLD)}\n\n{"id": "doc2", "text": "abc", "entities": [{"type": "person"}]}\n`);
    await expect(runEval([path], { json: false }, () => perfect())).rejects.toThrow(`${path}:3: entities[0].start: expected a non-negative integer`);
    await writeFile(path, '{"id": "doc1",\n');
    await expect(runEval([path], { json: false }, () => perfect())).rejects.toThrow(new RegExp(`^${path}:1: invalid JSON`));
  });

  it('rejects a span whose text does not match', async () => {
    const path = join(dir, 'span.jsonl');
    await writeFile(path, `${JSON.stringify({ ...GOLD, timexes: [{ start: 0, end: 3, text: '2013', type: 'DATE', value: '2013' }] })}\n`);
    await expect(runEval([path], { json: false }, () => perfect())).rejects.toThrow(`${path}:1: timexes[0]: text[0:3] is not "2013"`);
  });

  it('throws an INPUT error for an unreadable file', async () => {
    const error = await runEval([join(dir, 'missing.jsonl')], { json: false }, () => perfect()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvalError);
    expect(error).toMatchObject({ code: 'INPUT', message: expect.stringContaining('missing.jsonl (ENOENT)') });
  });
});
