/** One document's scorecard, and the micro-average (sum of counts) of several. */
import type { Facts } from '../types.js';
import { addCounts, counts } from './counts.js';
import { scoreDates, scoredDates } from './dates.js';
import { scoreEntities } from './entities.js';
import { scoreEvents } from './events.js';
import { ENTITY_KINDS } from './gold-types.js';
import type { GoldDoc } from './gold-types.js';
import { MENTION_VARIANTS, alignMentions, mentionCounts } from './mentions.js';
import type { MentionResult } from './mentions.js';
import { METRICS, emptyRows } from './metrics.js';
import type { Scorecard } from './metrics.js';
import { predictedEntities } from './predicted.js';
import type { PredEntity } from './predicted.js';

export function scoreDocument(doc: GoldDoc, facts: Facts): Scorecard {
  const rows = emptyRows();
  const entities = predictedEntities(facts, doc);
  const clusterOf = new Map<string, string>();
  for (const kind of ENTITY_KINDS) {
    const mine = entities.filter((e) => e.kind === kind);
    const preds = mine.flatMap((e) => e.mentions);
    for (const variant of MENTION_VARIANTS) {
      const results = alignMentions(doc, kind, preds, variant);
      rows[`mentions.${kind}.${variant}`] = mentionCounts(doc, kind, results);
      rows[`mentions.all.${variant}`] = addCounts(rows[`mentions.all.${variant}`], rows[`mentions.${kind}.${variant}`]);
      if (variant !== 'strict') continue;
      const byEntity = new Map<PredEntity, MentionResult[]>();
      let offset = 0;
      for (const e of mine) {
        byEntity.set(e, results.slice(offset, offset + e.mentions.length));
        offset += e.mentions.length;
      }
      const score = scoreEntities(doc, kind, mine, byEntity);
      rows[`entities.${kind}`] = score.counts;
      rows['entities.all'] = addCounts(rows['entities.all'], score.counts);
      for (const [id, cluster] of score.clusters) clusterOf.set(id, cluster);
    }
  }

  const dates = scoredDates(doc, facts.dates);
  const d = scoreDates(doc, dates);
  Object.assign(rows, { 'dates.strict': d.strict, 'dates.relaxed': d.relaxed, 'dates.value': d.value, 'dates.type': d.type });

  if (doc.ages !== null) {
    const aged = facts.people.filter((p) => p.age !== null);
    const right = aged.filter((p) => doc.ages?.some((a) => a.cluster === clusterOf.get(p.id) && a.age === p.age));
    rows.ages = counts(doc.ages.length, aged.length, right.length);
  }
  if (doc.links !== null) {
    const e = scoreEvents(doc.links, facts.events, dates, clusterOf);
    rows['events.links'] = e.links;
    rows['events.participants'] = e.participants;
  }

  const people = entities.filter((e) => e.kind === 'person');
  const violations = people.flatMap((p) => p.violations.map((v) => `${doc.id} ${p.id}: ${v}`));
  return { documents: 1, rows, notPeople: { people: people.length, violations } };
}

export function combine(cards: Scorecard[]): Scorecard {
  const rows = emptyRows();
  for (const card of cards) for (const m of METRICS) rows[m] = addCounts(rows[m], card.rows[m]);
  return {
    documents: cards.reduce((n, c) => n + c.documents, 0),
    rows,
    notPeople: {
      people: cards.reduce((n, c) => n + c.notPeople.people, 0),
      violations: cards.flatMap((c) => c.notPeople.violations),
    },
  };
}
