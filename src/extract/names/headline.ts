/**
 * Headlines capitalise every word, so a run of capitals there says little:
 * "Lamar Odom Talks Reuniting With Family" holds the body's "Lamar Odom" and
 * nothing else. Headline runs are cut down to the names the body uses; a
 * dateline ("BRUSSELS 1996-08-22") stands on its own. A headline in sentence
 * case ("Boeing delivers final 717 to AirTran") is read like the body.
 */
import type { Document } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { gazetteerKinds, isPlaceKind } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';
import { bodyNameOpenedBy } from './headline-short-forms.js';
import { isParticle } from './particles.js';
import { isFirstName } from './offices.js';
import { isDateline } from './wire.js';

/** Words a title-case headline leaves in lower case: "Lamar Odom Talks Reuniting With Family". */
const LOWER_IN_TITLES = /^(a|an|the|and|or|but|nor|for|of|to|in|on|at|by|as|vs|from|with|into|over)$/;

/**
 * "Boeing delivers final 717 to AirTran": a headline written in sentence case
 * (as Wikinews writes them) capitalises only names, like the body does.
 */
export function isSentenceCaseTitle(doc: Document): boolean {
  if (doc.title === null) return false;
  const words = doc.text.slice(doc.title.start, doc.title.end).split(/[\s,:;]+/);
  return words.some((word) => /^\p{Ll}+$/u.test(word) && !LOWER_IN_TITLES.test(word));
}

/**
 * Where in the headline a capital says little: every word of "Lamar Odom Talks
 * Reuniting With Family"; only the first of "Dole attacks Clinton on drugs".
 */
export function isCaseUninformativeInTitle(doc: Document, start: number): boolean {
  if (doc.title === null || start < doc.title.start || start >= doc.title.end) return false;
  return !isSentenceCaseTitle(doc) || !/[\p{L}\p{N}]/u.test(doc.text.slice(doc.title.start, start));
}

export function alignHeadline(doc: Document, candidates: NameCandidate[]): NameCandidate[] {
  const body = candidates.filter((c) => !c.caseUninformative);
  // "SHEARER RULED OUT" over "striker Alan Shearer will miss": a headline names people by surname.
  const bodyNames = new Set([...body.map((c) => c.text.toLowerCase()), ...body.flatMap(surnameOf)]);
  const fullNames = body.map((c) => c.text);
  return candidates.flatMap((candidate) => {
    if (!candidate.caseUninformative || isDateline(doc, candidate)) return [candidate];
    return bodyNamesWithin(doc, candidate, bodyNames, fullNames);
  });
}

/** The longest runs of the candidate's words that the body uses as names (or opens one with), left to right. */
function bodyNamesWithin(doc: Document, candidate: NameCandidate, bodyNames: Set<string>, fullNames: string[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  let first = candidate.first;
  while (first < candidate.end) {
    let matched = false;
    for (let end = candidate.end; end > first; end--) {
      const start = doc.tokens[first]!.start;
      const stop = end === candidate.end ? candidate.stop : doc.tokens[end - 1]!.end;
      const text = doc.text.slice(start, stop);
      const known = bodyNames.has(text.toLowerCase()) || isCountryOfTheHeadline(doc, text) || isPlaceAfterHeadlinePreposition(doc, first, text);
      // "PARTIZAN" over "Partizan Belgrade": headline-short-forms.ts.
      const shortFor = known ? null : bodyNameOpenedBy(text, fullNames);
      if (!known && shortFor === null) continue;
      found.push({ ...candidate, first, end, start, stop, text, title: first === candidate.first ? candidate.title : null, ...(shortFor !== null && { shortFor }) });
      first = end;
      matched = true;
      break;
    }
    if (!matched) first++;
  }
  return found;
}

/**
 * "RUSSIA 'S LEBED SAYS ...": a country the body calls "Russian" only, or does not
 * name; not "TURKEY SALES SOAR" over a body that writes "turkey" in lower case.
 */
function isCountryOfTheHeadline(doc: Document, text: string): boolean {
  // "JORDAN SCORES 40": a country that is a first name too needs the body to name it.
  const kinds = gazetteerKinds(text);
  if (!kinds.has('country') || kinds.has('firstName') || kinds.has('wordFirstName')) return false;
  const lower = text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const title = doc.title;
  const body = title === null ? doc.text : doc.text.slice(0, title.start) + doc.text.slice(title.end);
  return !new RegExp(`(^|[^\\p{L}])${lower}($|[^\\p{L}])`, 'u').test(body);
}

/**
 * "SECOND SEED IN STOCKHOLM", "BOMB KILLS 12 NEAR KARACHI": a town or a region the lists
 * know after "in", "at", "near" or "from"; not a first name ("IN JORDAN" needs the body).
 */
function isPlaceAfterHeadlinePreposition(doc: Document, first: number, text: string): boolean {
  const before = doc.tokens[first - 1];
  if (before === undefined || !/^(IN|AT|NEAR|FROM|TO)$/.test(before.text) || before.line !== doc.tokens[first]!.line) return false;
  const kinds = gazetteerKinds(text);
  // "IN SOUTHERN INDIA": "Southern" is a word first, whatever town bears it.
  const plainWords = text.split(/\s+/).every((word) => lexiconTags(word).every((tag) => ['Place', 'City', 'Country', 'Region', 'ProperNoun'].includes(tag)));
  return isPlaceKind(kinds) && plainWords && !kinds.has('firstName') && !kinds.has('wordFirstName');
}

/**
 * "Alan Shearer" -> "shearer", "Joost van der Broek" -> "van der broek", "broek":
 * the surname of a name that opens with a known first name, has particles,
 * or follows a title ("Chancellor Helmut Kohl" -> "kohl").
 */
function surnameOf(candidate: NameCandidate): string[] {
  const words = candidate.text.toLowerCase().split(/\s+/);
  const particle = words.findIndex((word, i) => i > 0 && isParticle(word));
  if (words.length < 2 || (particle < 0 && !isFirstName(words[0]!) && candidate.title === null)) return [];
  const last = words[words.length - 1]!;
  return particle > 0 ? [last, words.slice(particle).join(' ')] : [last];
}
