/**
 * Dated events: for each date, the verb of its clause ("filed" in "filed for
 * divorce in 2013"), the people, places and organizations of that clause, and
 * a short summary. A date reaches some clauses beyond its own (see scope.ts):
 * "withdrew her petition in 2015 when Lamar was placed in a coma". The
 * article's dateline anchors the news its lead tells (see lead.ts).
 */
import { firstTokenEndingAfter, type Document, type Token } from '../../document.js';
import type { DateFinding, Entity, EventFinding } from '../model.js';
import type { ResolvedDescription } from '../people/descriptions.js';
import { datelineIndex } from '../dates/dateline.js';
import { clauseAt, clausesOf, type Clause } from './clauses.js';
import { eventNounAt, isEventNoun, modifiesNoun } from './event-nouns.js';
import { leadClauses } from './lead.js';
import { oneDatePerTrigger, type Anchor } from './one-date.js';
import { participantsOf, type Participants } from './participants.js';
import { isComparisonFrom, isCountOfTimes, isRecordSince } from './records.js';
import { triggersInScope } from './scope.js';
import { summarize } from './summary.js';
import { isFinite, triggerOf } from './triggers.js';

export function findEvents(doc: Document, dates: DateFinding[], entities: Entity[], descriptions: ResolvedDescription[]): EventFinding[] {
  const participants = participantsOf(doc, entities, descriptions);
  const events: EventFinding[] = [];
  const anchors: Anchor[] = [];
  const dateline = datelineIndex(doc, dates);
  dates.forEach((date, dateIndex) => {
    // "its lowest level since 2003", "fell two percent from Monday's close": a measure, no event's date
    if (dateIndex === dateline || isRecordSince(doc, date) || isComparisonFrom(doc, date) || isCountOfTimes(doc, date)) return;
    // a duration or a set anchors only the event noun it measures: "the worst single-day decline";
    // so does a date that modifies a noun: "the 1996 election", not "shot" in "Portrait shot of ... the 1969 film"
    const measure = date.type === 'DURATION' || date.type === 'SET' || modifiesNoun(doc, date);
    const firstToken = firstTokenEndingAfter(doc, date.start);
    const token = doc.tokens[firstToken];
    if (!token) return;
    const sentence = doc.sentences[token.sentence]!;
    if (doc.title && sentence.start >= doc.title.start && sentence.end <= doc.title.end) return;
    const clauses = clausesOf(doc, sentence);
    const at = clauseAt(clauses, firstToken);
    if (measure) {
      const own = clauses[at];
      const noun = own ? eventNounAt(doc, own, date) : null;
      if (own && noun) anchors.push({ dateIndex, date, clause: own, trigger: noun });
      return;
    }
    for (const { clause, trigger } of triggersInScope(doc, clauses, at, date)) anchors.push({ dateIndex, date, clause, trigger });
  });
  // a date that loses its word to a nearer date tries the next one: "set for March 3, moved to tomorrow"
  // only a finite verb or an event noun tagged as a noun: not "hearing" in "The hearing, first set for March 3"
  const retry = (anchor: Anchor, taken: Set<number>): Token | null => {
    if (anchor.date.type === 'DURATION' || anchor.date.type === 'SET' || modifiesNoun(doc, anchor.date)) return null;
    const next = triggerOf(doc, anchor.clause, anchor.date, taken);
    return next && ((isEventNoun(doc, next) && next.tags.has('Noun')) || (next.tags.has('Verb') && isFinite(doc, next))) ? next : null;
  };
  const datelineDate = dates[dateline];
  for (const { dateIndex, date, clause, trigger } of oneDatePerTrigger(doc, anchors, retry)) {
    const sentence = doc.sentences[clause.sentence]!;
    const who = participants.inClause(clause, clausesOf(doc, sentence));
    const nameOf = (index: number): string => subjectName(entities, who, index);
    const found = event(doc, clause, trigger, dateIndex, date, sentence, who, nameOf);
    events.push(found);
    // "March 05, 2009 | US stock markets dropped ... on Thursday" (that same day): on the dateline's day too
    if (datelineDate && onDatelineDay(date, datelineDate)) events.push({ ...found, date: dateline });
  }
  if (datelineDate) {
    for (const { clause, clauses, trigger } of leadClauses(doc, dates, datelineDate)) {
      const sentence = doc.sentences[clause.sentence]!;
      const who = participants.inClause(clause, clauses);
      events.push(event(doc, clause, trigger, dateline, datelineDate, sentence, who, (index) => subjectName(entities, who, index)));
    }
  }
  return events;
}

/** "today", "Thursday", "at 16:08 UTC" on the day the dateline gives. */
function onDatelineDay(date: DateFinding, dateline: DateFinding): boolean {
  const day = dateline.value ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && (date.type === 'DATE' || date.type === 'TIME') && (date.value ?? '').startsWith(day);
}

/** People act; organizations act when no person does; places are where things happen. */
function subjectName(entities: Entity[], who: Participants, index: number): string {
  const entity = entities[index];
  if (!entity || entity.kind === 'place') return '';
  if (entity.kind === 'organization' && who.entities.some((other) => entities[other]?.kind === 'person')) return '';
  return entity.name;
}

function event(
  doc: Document,
  clause: Clause,
  trigger: Token,
  dateIndex: number,
  date: DateFinding,
  sentence: { start: number; end: number },
  who: Participants,
  nameOf: (entity: number) => string,
): EventFinding {
  return {
    trigger: { start: trigger.start, end: trigger.end, text: trigger.text },
    date: dateIndex,
    sentence: { start: sentence.start, end: sentence.end },
    summary: summarize(doc, clause, trigger, date, who, nameOf),
    participants: who.entities,
  };
}
