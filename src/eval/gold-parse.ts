/** One JSON Lines record -> GoldDoc, checking every field and span. */
import type { TimexType } from '../types.js';
import { markConventions } from './conventions.js';
import type { RawMention } from './conventions.js';
import type { GoldAge, GoldDoc, GoldLink, GoldOptionalName, GoldSpan, GoldTimex } from './gold-types.js';
import { FieldError, arr, int, obj, oneOf, optStr, str } from './validate.js';
import type { Json, JsonObject } from './validate.js';

const MENTION_TYPES = ['person', 'place', 'organization', 'other'] as const;
const TIMEX_TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];
const NAME_KINDS = ['person', 'organization', 'place'] as const;
/** MEANTIME TLINKs that anchor an event to a timex; BEFORE/AFTER do not. */
const ANCHORING = new Set(['INCLUDES', 'IS_INCLUDED', 'SIMULTANEOUS', 'BEGINS', 'ENDS', 'BEGUN_BY', 'ENDED_BY', 'MEASURE']);

export function parseDoc(value: Json, file: string, line: number): GoldDoc {
  const o = obj(value, 'document');
  const text = str(o.text, 'text');
  const chars = Array.from(text);
  const span = (v: Json | undefined, where: string, s = 'start', e = 'end', t = 'text'): GoldSpan => {
    const so = obj(v, where);
    const start = int(so[s], `${where}.${s}`);
    const end = int(so[e], `${where}.${e}`);
    const spanText = str(so[t], `${where}.${t}`);
    if (end < start || chars.slice(start, end).join('') !== spanText) {
      throw new FieldError(`${where}: text[${start}:${end}] is not ${JSON.stringify(spanText)}`);
    }
    return { start, end, text: spanText };
  };
  const dct = optStr(o.dct, 'dct');
  if (dct !== null && !/^\d{4}-\d{2}-\d{2}$/.test(dct)) throw new FieldError('dct: expected YYYY-MM-DD or null');

  const mentions = arr(o.entities ?? [], 'entities').map((v, i) => parseMention(v, `entities[${i}]`, span));
  const timexes = arr(o.timexes ?? [], 'timexes').map((v, i): GoldTimex => {
    const t = obj(v, `timexes[${i}]`);
    return {
      ...span(t, `timexes[${i}]`),
      type: oneOf(t.type, TIMEX_TYPES, `timexes[${i}].type`),
      value: optStr(t.value, `timexes[${i}].value`),
      tid: t.tid === undefined || t.tid === null ? null : String(t.tid),
    };
  });
  const links = o.events === undefined ? null : parseLinks(o, timexes, span);
  const ages = o.ages === undefined ? null : arr(o.ages, 'ages').map((v, i): GoldAge => {
    const a = obj(v, `ages[${i}]`);
    return { cluster: str(a.cluster, `ages[${i}].cluster`), age: int(a.age, `ages[${i}].age`) };
  });
  const optionalDates: GoldSpan[] = [];
  const optionalNames: GoldOptionalName[] = [];
  arr(o.optional ?? [], 'optional').forEach((v, i) => {
    const item = obj(v, `optional[${i}]`);
    if (item.kind === undefined) return void optionalDates.push(span(item, `optional[${i}]`));
    const kind = oneOf(item.kind, NAME_KINDS, `optional[${i}].kind`);
    // "Kyle & Jackie O Show / The Kardashians": several names in one entry
    for (const name of str(item.text, `optional[${i}].text`).split(' / ')) optionalNames.push({ kind, text: name });
  });
  const notPeople = arr(o.not_people ?? [], 'not_people').map((v, i) => str(v, `not_people[${i}]`));
  return {
    file, line, id: str(o.id, 'id'), dct, text,
    mentions: markConventions(mentions),
    timexes, links, ages, optionalDates, optionalNames, notPeople,
  };
}

type SpanReader = (v: Json | undefined, where: string, s?: string, e?: string, t?: string) => GoldSpan;

function parseMention(v: Json, where: string, span: SpanReader): RawMention {
  const m = obj(v, where);
  const whole = span(m, where);
  const min = m.min_start === undefined ? whole : span(m, where, 'min_start', 'min_end', 'min_text');
  const cluster = m.cluster === undefined || m.cluster === null ? `${where}#singleton` : String(m.cluster);
  if (typeof m.named !== 'boolean') throw new FieldError(`${where}.named: expected a boolean`);
  return {
    ...whole,
    type: oneOf(m.type, MENTION_TYPES, `${where}.type`),
    cluster,
    named: m.named,
    min,
    head: min, // located by markConventions from GUM's `head`
    optional: m.discontinuous === true,
    headText: typeof m.head === 'string' ? m.head : null,
  };
}

function parseLinks(o: JsonObject, timexes: GoldTimex[], span: SpanReader): GoldLink[] {
  const events = arr(o.events, 'events');
  if (o.event_timex_links === undefined) {
    // seed.jsonl: {trigger, timex, people}
    return events.map((v, i): GoldLink => {
      const e = obj(v, `events[${i}]`);
      const people = e.people === null || e.people === undefined ? null
        : arr(e.people, `events[${i}].people`).map((p, j) => str(p, `events[${i}].people[${j}]`));
      return { trigger: span(e.trigger, `events[${i}].trigger`), timex: span(e.timex, `events[${i}].timex`), people };
    });
  }
  // MEANTIME: events {eid} + event_timex_links {eid, tid, relType} + timexes {tid}
  const triggers = new Map<string, GoldSpan>();
  events.forEach((v, i) => {
    const e = obj(v, `events[${i}]`);
    triggers.set(String(e.eid), span(e, `events[${i}]`));
  });
  const links: GoldLink[] = [];
  arr(o.event_timex_links, 'event_timex_links').forEach((v, i) => {
    const l = obj(v, `event_timex_links[${i}]`);
    if (!ANCHORING.has(str(l.relType, `event_timex_links[${i}].relType`))) return;
    const trigger = triggers.get(String(l.eid));
    const timex = timexes.find((t) => t.tid === String(l.tid));
    if (!trigger || !timex) throw new FieldError(`event_timex_links[${i}]: unknown eid or tid`);
    links.push({ trigger, timex, people: null });
  });
  return links;
}
