import { describe, expect, it } from 'vitest';
import { parseGold, scoreDocument } from '../src/eval/index.js';
import type { Facts, Span } from '../src/types.js';

// GUM: minimal spans keep titles ("U.S. President Donald Trump"); `head` is one token.
const TEXT = "U.S. President Donald Trump's aides met Boeing and Lockheed Martin.";
const at = (text: string): Span => ({ text, start: TEXT.indexOf(text), end: TEXT.indexOf(text) + text.length });
const mention = (type: string, s: Span, cluster: string, min: Span, head: string) => ({
  type, ...s, cluster, named: true, min_start: min.start, min_end: min.end, min_text: min.text, head,
});
const GOLD = {
  id: 'gum', dct: null, text: TEXT,
  entities: [
    mention('person', at("U.S. President Donald Trump's"), 't', at('U.S. President Donald Trump'), 'Donald'),
    mention('place', at('U.S.'), 'us', at('U.S.'), 'U.S.'),
    mention('organization', at('Boeing and Lockheed Martin'), 'both', at('Boeing and Lockheed Martin'), 'Boeing'),
    mention('organization', at('Boeing'), 'b', at('Boeing'), 'Boeing'),
    mention('organization', at('Lockheed Martin'), 'lm', at('Lockheed Martin'), 'Lockheed'),
  ],
  timexes: [],
};

const facts = (people: Span[]): Facts => ({
  schema: 'factx/1', source: 'gum', referenceDate: null, referenceDateSource: null, title: null,
  people: people.map((s, i) => ({ id: `person-${i + 1}`, name: s.text, aliases: [], mentions: [s], age: null, ageSource: null, descriptors: [] })),
  places: [{ id: 'place-1', name: 'U.S.', aliases: [], mentions: [at('U.S.')] }],
  organizations: [
    { id: 'org-1', name: 'Boeing', aliases: [], mentions: [at('Boeing')] },
    { id: 'org-2', name: 'Lockheed Martin', aliases: [], mentions: [at('Lockheed Martin')] },
  ],
  dates: [], events: [],
});

describe('GUM conventions', () => {
  const doc = parseGold(JSON.stringify(GOLD), 'gum.jsonl')[0];
  if (doc === undefined) throw new Error('no document');

  it('scores the bare name by head (min/max), not by the titled minimal span', () => {
    const { rows } = scoreDocument(doc, facts([at('Donald Trump')]));
    expect(rows['mentions.person.strict']).toEqual({ gold: 1, pred: 1, tp: 0 });
    expect(rows['mentions.person.head']).toEqual({ gold: 1, pred: 1, tp: 1 });
    expect(rows['mentions.person.overlap']).toEqual({ gold: 1, pred: 1, tp: 1 });
  });

  it('does not give the head variant a span that misses the head token', () => {
    const { rows } = scoreDocument(doc, facts([at('Trump')]));
    expect(rows['mentions.person.head']).toEqual({ gold: 1, pred: 1, tp: 0 });
    expect(rows['mentions.person.overlap']).toEqual({ gold: 1, pred: 1, tp: 1 });
  });

  it('neither requires nor penalises a coordination, and keeps its members', () => {
    const { rows } = scoreDocument(doc, facts([]));
    expect(rows['mentions.organization.strict']).toEqual({ gold: 2, pred: 2, tp: 2 });
    expect(rows['entities.organization']).toEqual({ gold: 2, pred: 2, tp: 2 });
    expect(rows.ages).toBeNull();
    expect(rows['events.links']).toBeNull();
  });
});
