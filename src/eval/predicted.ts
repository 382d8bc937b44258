/** factx output flattened for scoring: named mentions with their entity and kind. */
import type { Facts, Span } from '../types.js';
import type { EntityKind, GoldDoc } from './gold-types.js';

export interface PredMention extends Span {
  kind: EntityKind;
  entity: string;
  /** Text equals an `optional` name of this kind: ignored unless it matches gold. */
  optionalName: boolean;
  /** Text equals a `not_people` string: a person mention that can never match. */
  notPerson: boolean;
}

export interface PredEntity {
  id: string;
  kind: EntityKind;
  mentions: PredMention[];
  age: number | null;
  /** not_people strings this person's name, aliases or mentions equal. */
  violations: string[];
}

// "The Kardashians" / "Kardashians": optional names compare without case and "the"
const normalise = (s: string): string => s.trim().toLowerCase().replace(/^the\s+/, '');

export function predictedEntities(facts: Facts, doc: GoldDoc): PredEntity[] {
  const optional = new Set(doc.optionalNames.map((o) => `${o.kind}:${normalise(o.text)}`));
  const notPeople = new Set(doc.notPeople);
  const entity = (id: string, kind: EntityKind, mentions: Span[], names: string[], age: number | null): PredEntity => {
    const ms = mentions.map((m): PredMention => ({
      text: m.text, start: m.start, end: m.end, kind, entity: id,
      optionalName: optional.has(`${kind}:${normalise(m.text)}`),
      notPerson: kind === 'person' && notPeople.has(m.text),
    }));
    const violations = kind === 'person'
      ? [...new Set([...names, ...mentions.map((m) => m.text)])].filter((s) => notPeople.has(s))
      : [];
    return { id, kind, mentions: ms, age, violations };
  };
  return [
    ...facts.people.map((p) => entity(p.id, 'person', p.mentions, [p.name, ...p.aliases], p.age)),
    ...facts.places.map((p) => entity(p.id, 'place', p.mentions, [p.name], null)),
    ...facts.organizations.map((o) => entity(o.id, 'organization', o.mentions, [o.name], null)),
  ];
}
