/**
 * Turns the stages' findings into the output contract: ids numbered by first
 * mention, lists sorted by first mention, offsets in code points.
 */
import type { Document } from './document.js';
import type { DateFinding, Entity, EventFinding, NameKind, TextRange } from './extract/model.js';
import { codePointIndexer } from './offsets.js';
import {
  SCHEMA,
  type DateMention,
  type Event,
  type Facts,
  type Organization,
  type Person,
  type Place,
  type ReferenceDateSource,
  type Span,
} from './types.js';

export interface Findings {
  source: string;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  entities: Entity[];
  dates: DateFinding[];
  events: EventFinding[];
}

const ID_PREFIX: Record<NameKind, string> = { person: 'person', place: 'place', organization: 'org' };

export function record(doc: Document, findings: Findings): Facts {
  const toCodePoint = codePointIndexer(doc.text);
  const span = (range: TextRange): Span => ({
    text: doc.text.slice(range.start, range.end),
    start: toCodePoint(range.start),
    end: toCodePoint(range.end),
  });

  const entityIds = new Map<Entity, string>();
  const byKind = (kind: NameKind): Entity[] => {
    const entities = findings.entities
      .filter((entity) => entity.kind === kind && entity.mentions.length > 0)
      .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    entities.forEach((entity, i) => entityIds.set(entity, `${ID_PREFIX[kind]}-${i + 1}`));
    return entities;
  };
  const idOf = (entity: Entity): string => entityIds.get(entity) ?? '';

  const people: Person[] = byKind('person').map((entity) => ({
    id: idOf(entity),
    name: entity.name,
    aliases: entity.aliases,
    mentions: entity.mentions.map(span),
    age: entity.age?.value ?? null,
    ageSource: entity.age ? span(entity.age.source) : null,
    descriptors: unique(entity.descriptions.map((description) => description.role)),
  }));
  const named = (entity: Entity): Place | Organization => ({
    id: idOf(entity),
    name: entity.name,
    aliases: entity.aliases,
    mentions: entity.mentions.map(span),
  });
  const places = byKind('place').map(named);
  const organizations = byKind('organization').map(named);

  const dateOrder = findings.dates
    .map((date, index) => ({ date, index }))
    .sort((a, b) => a.date.start - b.date.start || a.date.end - b.date.end);
  const dateIds = new Map<number, string>();
  const dates: DateMention[] = dateOrder.map(({ date, index }, i) => {
    const id = `date-${i + 1}`;
    dateIds.set(index, id);
    const { text, start, end } = span(date);
    return { id, text, start, end, type: date.type, value: date.value };
  });

  const events: Event[] = [...findings.events]
    .sort((a, b) => a.trigger.start - b.trigger.start)
    .map((event, i) => {
      const participants = event.participants.map((index) => findings.entities[index]).filter(isDefined);
      const idsOfKind = (kind: NameKind): string[] =>
        participants.filter((entity) => entity.kind === kind).map(idOf).filter((id) => id !== '');
      return {
        id: `event-${i + 1}`,
        trigger: span(event.trigger),
        date: dateIds.get(event.date) ?? '',
        sentence: span(event.sentence),
        summary: event.summary,
        people: idsOfKind('person'),
        places: idsOfKind('place'),
        organizations: idsOfKind('organization'),
      };
    });

  return {
    schema: SCHEMA,
    source: findings.source,
    referenceDate: findings.referenceDate,
    referenceDateSource: findings.referenceDateSource,
    title: doc.title ? doc.text.slice(doc.title.start, doc.title.end) : null,
    people,
    places,
    organizations,
    dates,
    events,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
