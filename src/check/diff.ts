/**
 * The per-fact diff between a golden file and a fresh extraction. Items are
 * matched by a natural key (not by id, which shifts when a fact is added), so
 * the diff says `people: "Lamar Odom": age 45 -> 46` or `places: - "Las Vegas"`.
 */
import type { Facts } from '../types.js';
import { formatChange, formatValue, isRecord, quote, sameJson, type JsonRecord } from './diff-format.js';

type ListName = 'people' | 'places' | 'organizations' | 'dates' | 'events';

/** What the ids of one side point at, as labels: "person-2" -> `"Khloé Kardashian"`. */
type Refs = Map<string, string>;

interface ListSpec {
  /** Matches an item across the two sides. */
  key(item: JsonRecord): string;
  /** Names a changed item: `"Lamar Odom"`, `"next week"@120`. */
  label(item: JsonRecord): string;
  /** Describes an added or removed item. */
  describe(item: JsonRecord, refs: Refs): string;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');
const named: ListSpec = {
  key: (item) => str(item.name),
  label: (item) => quote(str(item.name)),
  describe: (item) => quote(str(item.name)),
};
const dateLabel = (item: JsonRecord): string => `${quote(str(item.text))}@${str(item.start)}`;
const trigger = (item: JsonRecord): JsonRecord => (isRecord(item.trigger) ? item.trigger : {});

const LISTS: Record<ListName, ListSpec> = {
  people: named,
  places: named,
  organizations: named,
  // "next week"@120 DATE "2025-W11"
  dates: {
    key: (item) => `${str(item.start)}:${str(item.text)}`,
    label: dateLabel,
    describe: (item) => `${dateLabel(item)} ${str(item.type)} ${formatValue(item.value)}`,
  },
  // "filed"@300: "Khloé Kardashian filed for divorce"
  events: {
    key: (item) => `${str(trigger(item).start)}:${str(trigger(item).text)}`,
    label: (item) => formatValue(item.trigger),
    describe: (item, refs) => {
      const date = refs.get(str(item.date)) ?? quote(str(item.date));
      return `${formatValue(item.trigger)}: ${quote(str(item.summary))} (date ${date})`;
    },
  },
};
const LIST_NAMES = Object.keys(LISTS) as ListName[];

/** One line per difference; empty when the facts are the same (ids aside). */
export function diffFacts(expected: unknown, actual: Facts): string[] {
  const before = isRecord(expected) ? expected : {};
  const after = actual as unknown as JsonRecord;
  const lines: string[] = [];
  for (const field of unionKeys(before, after)) {
    if (LIST_NAMES.includes(field as ListName)) continue;
    if (!sameJson(before[field], after[field])) lines.push(formatChange(`${field}:`, before[field], after[field]));
  }
  const refs = [buildRefs(before), buildRefs(after)] as const;
  for (const list of LIST_NAMES) lines.push(...diffList(list, items(before[list]), items(after[list]), refs));
  return lines;
}

function diffList(list: ListName, before: JsonRecord[], after: JsonRecord[], refs: readonly [Refs, Refs]): string[] {
  const spec = LISTS[list];
  const oldItems = byKey(before, spec);
  const newItems = byKey(after, spec);
  const lines: string[] = [];
  for (const [key, item] of oldItems) {
    const match = newItems.get(key);
    if (!match) {
      lines.push(`${list}: - ${spec.describe(item, refs[0])}`);
      continue;
    }
    for (const field of unionKeys(item, match)) {
      if (field === 'id') continue;
      const a = resolve(list, field, item[field], refs[0]);
      const b = resolve(list, field, match[field], refs[1]);
      if (!sameJson(a, b)) lines.push(`${list}: ${spec.label(match)}: ${formatChange(field, a, b)}`);
    }
  }
  for (const [key, item] of newItems) {
    if (!oldItems.has(key)) lines.push(`${list}: + ${spec.describe(item, refs[1])}`);
  }
  return lines;
}

// An event's date and participants are compared by what they point at; a
// dangling id stays as it is.
function resolve(list: ListName, field: string, value: unknown, refs: Refs): unknown {
  if (list !== 'events') return value;
  const ref = (id: unknown): unknown => {
    const label = refs.get(str(id));
    return label === undefined ? id : { label };
  };
  if (field === 'date') return ref(value);
  if (['people', 'places', 'organizations'].includes(field) && Array.isArray(value)) return value.map(ref);
  return value;
}

function buildRefs(facts: JsonRecord): Refs {
  const refs: Refs = new Map();
  for (const list of ['people', 'places', 'organizations'] as const) {
    for (const item of items(facts[list])) refs.set(str(item.id), quote(str(item.name)));
  }
  // by position and text: a changed value is reported under dates only
  for (const item of items(facts.dates)) refs.set(str(item.id), dateLabel(item));
  return refs;
}

// Two items with the same key are told apart by occurrence: "Lamar Odom#2".
function byKey(list: JsonRecord[], spec: ListSpec): Map<string, JsonRecord> {
  const map = new Map<string, JsonRecord>();
  for (const item of list) {
    const base = spec.key(item);
    let key = base;
    for (let n = 2; map.has(key); n++) key = `${base}#${n}`;
    map.set(key, item);
  }
  return map;
}

function items(value: unknown): JsonRecord[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function unionKeys(a: JsonRecord, b: JsonRecord): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}
