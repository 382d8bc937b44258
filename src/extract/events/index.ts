/**
 * Dated events: for each date, the verb of its clause ("filed" in "filed for
 * divorce in 2013"), the people, places and organizations of that clause, and
 * a short summary. A "when" clause right after the date is anchored to it too:
 * "withdrew her petition in 2015 when Lamar was placed in a coma".
 */
import type { Document, Token } from '../../document.js';
import type { DateFinding, Entity, EventFinding } from '../model.js';
import type { ResolvedDescription } from '../people/descriptions.js';
import { clauseAt, clausesOf, type Clause } from './clauses.js';
import { participantsOf, type Participants } from './participants.js';
import { summarize } from './summary.js';

export function findEvents(doc: Document, dates: DateFinding[], entities: Entity[], descriptions: ResolvedDescription[]): EventFinding[] {
  const participants = participantsOf(doc, entities, descriptions);
  const events: EventFinding[] = [];
  dates.forEach((date, dateIndex) => {
    if (date.type !== 'DATE' && date.type !== 'TIME') return;
    const firstToken = doc.tokens.findIndex((token) => token.end > date.start);
    const token = doc.tokens[firstToken];
    if (!token) return;
    const sentence = doc.sentences[token.sentence]!;
    if (doc.title && sentence.start >= doc.title.start && sentence.end <= doc.title.end) return;
    const clauses = clausesOf(doc, sentence);
    const at = clauseAt(clauses, firstToken);
    const own = clauses[at];
    if (!own) return;
    const anchored = [own];
    const next = clauses[at + 1];
    const lastDateToken = doc.tokens.findLastIndex((candidate) => candidate.start < date.end);
    if (next && doc.tokens[next.first]!.normal === 'when' && next.first === lastDateToken + 1) anchored.push(next);
    for (const clause of anchored) {
      const trigger = triggerOf(doc, clause, date);
      if (!trigger) continue;
      const who = participants.inClause(clause, clauses);
      events.push(event(doc, clause, trigger, dateIndex, date, sentence, who, (index) => subjectName(entities, who, index)));
    }
  });
  return events;
}

/** Verbs that carry no event of their own: "was" in "was finalized". */
function isContentVerb(token: Token): boolean {
  return token.tags.has('Verb') && !token.tags.has('Auxiliary') && !token.tags.has('Modal') && !token.tags.has('Particle');
}

function isFinite(token: Token): boolean {
  return token.tags.has('PastTense') || (token.tags.has('PresentTense') && !token.tags.has('Gerund') && !token.tags.has('Infinitive'));
}

/** The finite verb nearest the date, before it first: "filed ... in 2013"; "the same year Khloé began". */
function triggerOf(doc: Document, clause: Clause, date: DateFinding): Token | null {
  const tokens = doc.tokens.slice(clause.first, clause.end).filter((token) => token.end <= date.start || token.start >= date.end);
  const verbs = tokens.filter(isContentVerb);
  const before = verbs.filter((token) => token.end <= date.start).reverse();
  const after = verbs.filter((token) => token.start >= date.end);
  return before.find(isFinite) ?? after.find(isFinite) ?? before[0] ?? after[0] ?? null;
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
