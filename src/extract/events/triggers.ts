/**
 * The word a date anchors in its clause: an event noun the date modifies
 * ("the 1996 election"), else the verb nearest the date, before it first
 * ("filed ... in 2013"; "the same year Khloé began"), moved to the verb it
 * stands for ("were to take", "was set to land") or to a light verb's noun
 * ("made its maiden flight on 11 December"); a "since" date takes the
 * perfect of its clause ("has refused to allow inspections since August").
 */
import { firstTokenEndingAfter, type Document, type Token } from '../../document.js';
import type { DateFinding } from '../model.js';
import type { Clause } from './clauses.js';
import { eventNounAt, lightVerbNoun } from './event-nouns.js';
import { isBarePast, isMisreadVerb, isPastForm, isPluralNounReadAsVerb, isVerbAfterAuxiliary } from './misread-verbs.js';
import { perfectSince } from './since.js';

// "Los Angeles based Northrop", "state owned": participles used as adjectives
const ADJECTIVAL = new Set(['based', 'owned', 'led', 'backed', 'funded', 'operated', 'controlled', 'related']);

// "were to take", "is due to open", "was set to land": the event is the verb after "to"
const BEFORE_TO = new Set([
  'is', 'are', 'was', 'were', 'set', 'due', 'scheduled', 'slated', 'expected', 'planned', 'going', 'able',
  // "will begin to fly in 2009"
  'begin', 'begins', 'began', 'start', 'starts', 'started', 'continue', 'continues', 'continued',
]);

/** `taken`: words other dates anchor already (see one-date.ts). */
// "Officials said the US economy shed 663,000 jobs": the report is not the clause's own event
const REPORTING = new Set(['said', 'says', 'told', 'reported', 'announced', 'added']);

export function triggerOf(doc: Document, clause: Clause, date: DateFinding, taken: ReadonlySet<number> = new Set()): Token | null {
  const noun = eventNounAt(doc, clause, date);
  if (noun && !taken.has(noun.index)) return noun;
  const perfect = perfectSince(doc, clause, date);
  if (perfect && !taken.has(perfect.index)) return perfect;
  const tokens = doc.tokens.slice(clause.first, clause.end)
    .filter((token) => (token.end <= date.start || token.start >= date.end) && !taken.has(token.index));
  const content = tokens.filter((token) => isContentVerb(doc, token) || isVerbAfterAuxiliary(doc, token));
  // "homes rose in the fourth quarter": no finite verb, so a verb read as a noun
  // "homes rose in the fourth quarter to their highest level, investors are concerned": a verb past a comma does not count
  // "The Fed cut rates on Monday and signaled more cuts": a verb after "and" has a predicate before it
  const blocks = (token: Token): boolean => isFinite(doc, token) && !REPORTING.has(token.normal) && !commaBetween(doc, token, date)
    && !afterAnd(doc, token);
  const misread = content.some(blocks) ? [] : tokens.filter((token) => isMisreadVerb(doc, token));
  const verbs = [...content, ...misread].sort((a, b) => a.index - b.index);
  const before = verbs.filter((token) => token.end <= date.start).reverse();
  const after = verbs.filter((token) => token.start >= date.end);
  const finite = (token: Token): boolean => misread.includes(token) || (isFinite(doc, token) && !(misread.length > 0 && REPORTING.has(token.normal)));
  // "to end the day at 7,114": a verb right before the date takes it as its own
  const adjacent = before[0] && before[0].index === firstTokenEndingAfter(doc, date.start) - 1 ? before[0] : undefined;
  const verb = adjacent ?? before.find(finite) ?? after.find(finite) ?? before[0] ?? after[0] ?? null;
  // "Aeroflot has negotiated the purchase of 22 Dreamliners, an aircraft currently in production":
  // "now", "currently", "recently" date only a verb on their side of a comma
  if (!verb || (/_REF$/.test(date.value ?? '') && commaBetween(doc, verb, date))) return null;
  const head = verbAfterTo(doc, verb, clause) ?? participleAfter(doc, verb, clause, date) ?? verb;
  return lightVerbNoun(doc, head, date) ?? head;
}

/** "and signaled", "and will meet": the verb group opens with "and". */
function afterAnd(doc: Document, verb: Token): boolean {
  let i = verb.index - 1;
  while (i >= 0 && ['Adverb', 'Auxiliary', 'Modal', 'Negative'].some((tag) => doc.tokens[i]!.tags.has(tag))) i--;
  return doc.tokens[i]?.normal === 'and';
}

function commaBetween(doc: Document, token: Token, date: DateFinding): boolean {
  const [from, to] = token.end <= date.start ? [token.end, date.start] : [date.end, token.start];
  return doc.text.slice(from, Math.max(from, to)).includes(',');
}

// "it was delayed last week", "were sharply lower on Friday": the participle or adjective is the event
function participleAfter(doc: Document, verb: Token, clause: Clause, date: DateFinding): Token | null {
  if (!verb.tags.has('Copula')) return null;
  // "are now trading", "was recently named": the date may stand between
  const inDate = (token: Token): boolean => token.start < date.end && token.end > date.start;
  let i = verb.index + 1;
  while (i < clause.end && (doc.tokens[i]!.tags.has('Adverb') || inDate(doc.tokens[i]!))) i++;
  const next = doc.tokens[i];
  if (!next || i >= clause.end) return null;
  // "was delayed", "is going", "were lower" (read as the verb "to lower")
  const verb2 = next.tags.has('Verb') && !next.tags.has('Auxiliary') && !next.tags.has('Copula');
  // "was cut", "was cast" (read as nouns)
  const past = isPastForm(next) && !next.tags.has('Determiner');
  return next.tags.has('Adjective') || verb2 || past ? next : null;
}

/** Verbs that carry an event of their own: not "was" in "was finalized", not "markets" in "stock markets". */
export function isContentVerb(doc: Document, token: Token): boolean {
  if (!token.tags.has('Verb') || token.tags.has('Auxiliary') || token.tags.has('Modal') || token.tags.has('Particle')) return false;
  // "A350s", "Boeing": names and models
  if (/\d/.test(token.text) || (/^[A-Z]/.test(token.text) && token.index !== doc.sentences[token.sentence]?.firstToken)) return false;
  const previous = doc.tokens[token.index - 1];
  if (ADJECTIVAL.has(token.normal) && previous?.tags.has('Noun')) return false;
  // "British and Irish stock markets", "raised interest rates"
  if (isPluralNounReadAsVerb(doc, token)) return false;
  // "Braverman (left) and Sunak (right)": a word alone in brackets is a caption's pointer
  if (token.pre.includes('(') && token.post.includes(')')) return false;
  // "from file, 2008": a present form right after a preposition other than "to" is a noun
  if (previous?.tags.has('Preposition') && previous.normal !== 'to' && token.tags.has('PresentTense') && !token.tags.has('Gerund')) return false;
  return true;
}

/** A finite verb, or the verb of a group: "will receive", "has announced", "to exercise". */
export function isFinite(doc: Document, token: Token): boolean {
  if (isBarePast(doc, token)) return true;
  if (token.tags.has('PastTense') || (token.tags.has('PresentTense') && !token.tags.has('Gerund') && !token.tags.has('Infinitive'))) return true;
  let i = token.index - 1;
  while (i >= 0 && doc.tokens[i]!.tags.has('Adverb')) i--;
  const previous = doc.tokens[i];
  if (previous !== undefined && (previous.tags.has('Modal') || previous.tags.has('Auxiliary') || previous.normal === 'to')) return true;
  return token.tags.has('Infinitive') && previous !== undefined && /^(and|or)$/.test(previous.normal) && coordinatedWithGroup(doc, previous);
}

const COORDINATION_REACH = 10;

/** "will take off from Singapore and land in Sydney": the bare verb shares the modal of the verb before "and". */
function coordinatedWithGroup(doc: Document, conjunction: Token): boolean {
  for (let i = conjunction.index - 1; i >= 0 && i >= conjunction.index - COORDINATION_REACH; i--) {
    const token = doc.tokens[i]!;
    if (token.sentence !== conjunction.sentence || /[,;:]/.test(token.post)) return false;
    if (token.tags.has('Verb') && !token.tags.has('Particle') && !token.tags.has('Auxiliary')) {
      return token.tags.has('Infinitive') && isFinite(doc, token);
    }
  }
  return false;
}

function verbAfterTo(doc: Document, verb: Token, clause: Clause): Token | null {
  let i = verb.index + 1;
  if (/^(is|are|was|were)$/.test(verb.normal) && BEFORE_TO.has(doc.tokens[i]?.normal ?? '')) i++;
  if (!BEFORE_TO.has(doc.tokens[i - 1]?.normal ?? '') || doc.tokens[i]?.normal !== 'to') return null;
  const next = doc.tokens[i + 1];
  return next && next.index < clause.end && next.tags.has('Verb') ? next : null;
}
