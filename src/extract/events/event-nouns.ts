/**
 * Nouns that name events, and the dates that anchor them directly:
 *   "the 1996 election", "the September 11 attacks", "Monday's meeting"
 *   (the date modifies the noun); "during a speech last week", "the biggest
 *   loss of 2007" (the date follows the noun); "made its maiden flight on
 *   11 December" (a light verb hands its event to the noun).
 */
import { firstTokenEndingAfter, firstTokenFrom, type Document, type Token } from '../../document.js';
import type { DateFinding } from '../model.js';
import type { Clause } from './clauses.js';

const EVENT_NOUNS = new Set([
  'election', 'elections', 'vote', 'referendum', 'poll', 'primary', 'campaign',
  'flight', 'launch', 'landing', 'crash', 'accident', 'collision', 'delivery', 'deliveries',
  'speech', 'address', 'meeting', 'meetings', 'summit', 'talks', 'visit', 'trip', 'tour', 'conference', 'ceremony',
  'interview', 'announcement', 'hearing', 'trial', 'ruling', 'verdict', 'sentencing', 'inauguration',
  'attack', 'attacks', 'bombing', 'bombings', 'shooting', 'explosion', 'blast', 'fire', 'earthquake', 'quake',
  'storm', 'hurricane', 'flood', 'floods', 'war', 'invasion', 'coup', 'riot', 'riots', 'protest', 'protests',
  'strike', 'strikes', 'massacre', 'raid', 'arrest', 'death', 'funeral', 'wedding', 'birth',
  'contest', 'match', 'game', 'games', 'race', 'tournament', 'championship', 'final', 'olympics', 'festival',
  'premiere', 'debut', 'release', 'opening', 'auction', 'sale', 'merger', 'acquisition', 'takeover', 'offering',
  'collapse', 'rally', 'selloff', 'sell-off', 'downturn', 'recession', 'crisis', 'bankruptcy', 'disaster', 'disasters',
  // market moves: "the worst single-day decline", "a 20 year low", "a large loss yesterday"
  'decline', 'declines', 'low', 'lows', 'high', 'highs', 'gain', 'gains', 'loss', 'losses', 'streak', 'lull',
  'fall', 'drop', 'rise', 'slide', 'surge', 'plunge', 'increase', 'decrease', 'growth',
  // decisions and deals: "recent government moves", "the 2007 job cuts", "last year's orders"
  'move', 'moves', 'decision', 'cut', 'cuts', 'order', 'orders', 'purchase', 'deal', 'results', 'earnings',
]);

/** Market moves the tagger reads as adjectives: "a 20 year low". */
const EVENT_ADJECTIVES = new Set(['low', 'high']);

/** Verbs whose object names the event: "made its maiden flight", "held talks". */
const LIGHT_VERBS = new Set(['make', 'made', 'makes', 'making', 'hold', 'held', 'holds', 'holding', 'stage', 'staged', 'conduct', 'conducted', 'give', 'gave', 'gives', 'take', 'took', 'takes']);

const MODIFIERS_SKIPPED = 2;

/** Prepositions that tie a date to the event noun before them: "a large fall at the start of the day". */
const NOUN_PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'during']);

/** Words that put the noun before them on a date: "the vote, scheduled for Tuesday". */
const SCHEDULED = new Set(['scheduled', 'set', 'planned', 'slated', 'due', 'expected']);

const SAYING = new Set(['say', 'says', 'said', 'stated', 'claimed', 'added']);

/** Verbs that put their object's event on the date: "set a hearing for next month". */
const SCHEDULING_VERBS = new Set(['set', 'sets', 'schedule', 'scheduled', 'schedules', 'plan', 'planned', 'plans', 'call', 'called', 'calls']);

export function isEventNoun(doc: Document, token: Token): boolean {
  if (!EVENT_NOUNS.has(token.normal) || token.tags.has('ProperNoun')) return false;
  // "set a hearing for next month" (hearing/Gerund): a determiner makes it a noun
  const previous = doc.tokens[token.index - 1];
  return token.tags.has('Noun') || (token.tags.has('Gerund') && previous?.tags.has('Determiner') === true);
}

/**
 * "the 2018 FIFA World Cup", "the 1969 film", "the 2007 starting date": a date
 * between a determiner and the noun it modifies dates that noun only.
 */
export function modifiesNoun(doc: Document, date: DateFinding): boolean {
  const before = doc.tokens[firstTokenEndingAfter(doc, date.start) - 1];
  const lastDateToken = doc.tokens[firstTokenFrom(doc, date.end) - 1];
  const after = doc.tokens[firstTokenFrom(doc, date.end)];
  if (!before || !after || !lastDateToken || /[,.;:()–—]/.test(before.post) || /[,.;:()–—]/.test(lastDateToken.post)) return false;
  const determiner = before.tags.has('Determiner') || before.tags.has('Possessive');
  return determiner && (after.tags.has('Noun') || after.tags.has('Adjective')) && !after.tags.has('Pronoun') && !after.tags.has('Date');
}

/** "the vote, scheduled for Tuesday", "delivery, originally due later this year", "The meeting is set for Monday". */
function scheduledNoun(doc: Document, index: number): Token | null {
  if (!SCHEDULED.has(doc.tokens[index]?.normal ?? '')) return null;
  let i = index - 1;
  // "originally due", "is now set for"
  const skipped = (token: Token): boolean => ['Adverb', 'Copula', 'Auxiliary'].some((tag) => token.tags.has(tag));
  while (i >= 0 && skipped(doc.tokens[i]!) && !/[.;:()]/.test(doc.tokens[i]!.post)) i--;
  const noun = doc.tokens[i];
  return noun && isEventNoun(doc, noun) && !/[.;:()]/.test(noun.post) ? noun : null;
}

/** "a 20 year low", "a sixteen-month high after": the adjective heads its noun phrase. */
function isNounUseOfAdjective(doc: Document, token: Token): boolean {
  if (!EVENT_ADJECTIVES.has(token.normal) || !token.tags.has('Adjective')) return false;
  const next = doc.tokens[token.index + 1];
  return next === undefined || /[,.;:()–—]/.test(token.post) || !(next.tags.has('Noun') || next.tags.has('Adjective'));
}

/** The event noun the date modifies or directly follows, if any. */
export function eventNounAt(doc: Document, clause: Clause, date: DateFinding): Token | null {
  const inClause = (token: Token | undefined): Token | undefined =>
    token && token.index >= clause.first && token.index < clause.end ? token : undefined;
  // "the 1996 election", "the 2008 Beijing Olympic Games", "Monday's meeting"
  // "six straight days of losses": a measure of the event noun after "of"
  let afterIndex = firstTokenFrom(doc, date.end);
  if (doc.tokens[afterIndex]?.normal === 'of' && !/[,.;:()–—]/.test(doc.tokens[afterIndex]!.post)) afterIndex++;
  if (afterIndex > 0 && !/[,.;:()–—]/.test(doc.tokens[afterIndex - 1]!.post)) {
    for (let i = afterIndex; i < afterIndex + 1 + MODIFIERS_SKIPPED; i++) {
      const token = inClause(doc.tokens[i]);
      if (!token) break;
      if (isEventNoun(doc, token) || isNounUseOfAdjective(doc, token)) return token;
      // "recent government moves", "Monday's 500-point drop": modifiers of a compound before its head
      if (!['Noun', 'Adjective', 'Value'].some((tag) => token.tags.has(tag)) || token.tags.has('Pronoun') || /[,.;:]/.test(token.post)) break;
    }
  }
  // "during a speech last week": the noun right before the date, or before the preposition
  // that takes it: "the second-biggest loss of 2007", "a large fall at the start of the day"
  let beforeIndex = firstTokenEndingAfter(doc, date.start) - 1;
  const preposition = doc.tokens[beforeIndex]?.normal ?? '';
  if (preposition === 'of' || NOUN_PREPOSITIONS.has(preposition)) beforeIndex--;
  const scheduled = scheduledNoun(doc, beforeIndex);
  if (scheduled && inClause(scheduled)) return scheduled;
  const before = inClause(doc.tokens[beforeIndex]);
  if (!before || !isEventNoun(doc, before) || /[,.;:()–—]/.test(before.post)) return null;
  // "posted gains on Friday": the date goes with the verb whose object the noun is
  return preposition !== 'of' && objectOfVerb(doc, before) ? null : before;
}

/**
 * "posted gains", "saw the biggest fall", "dropped to twelve-year lows": a noun
 * right after a verb (or its "to"), its determiners and adjectives between.
 */
function objectOfVerb(doc: Document, noun: Token): boolean {
  for (let i = noun.index - 1; i >= 0; i--) {
    const token = doc.tokens[i]!;
    if (/[,.;:()–—]/.test(token.post)) return false;
    // "said artillery fire yesterday killed": a saying verb's noun is the subject of what was said
    if (token.tags.has('Verb') && !token.tags.has('Auxiliary') && !token.tags.has('Gerund')) return !SCHEDULING_VERBS.has(token.normal) && !SAYING.has(token.normal);
    if (token.normal !== 'to' && !['Determiner', 'Adjective', 'Possessive', 'Value', 'Adverb', 'Date', 'Noun'].some((tag) => token.tags.has(tag))) return false;
  }
  return false;
}

/** "made its maiden flight on 11 December" -> "flight": the light verb's event noun before the date. */
export function lightVerbNoun(doc: Document, verb: Token, date: DateFinding): Token | null {
  if (!LIGHT_VERBS.has(verb.normal)) return null;
  for (let i = verb.index + 1; i <= verb.index + 4; i++) {
    const token = doc.tokens[i];
    if (!token || token.start >= date.start) return null;
    if (isEventNoun(doc, token)) return token;
  }
  return null;
}
