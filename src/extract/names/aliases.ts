/**
 * Which longer name a one-word name stands for: a person's first or last
 * name, a nickname, an acronym or the first word of an organization.
 */
import type { Document } from '../../document.js';
import type { AcronymDefinition } from './acronyms.js';
import type { NameCandidate } from './candidates.js';
import type { NameGroup } from './group.js';
import { isCommonWord } from './evidence.js';
import { gazetteerKinds, isPlaceKind } from './gazetteer.js';
import { isGeneration, isLegalForm, KINSHIP_NOUNS, lexiconTags, LOCATIVE_PREPOSITIONS } from './lexicon.js';
import { isHoldingIn } from './locatives.js';
import { nameKey } from './name-tokens.js';
import { isStaffAt } from './body-context.js';
import { isParticle, withoutJoinedParticle } from './particles.js';
import { isDateline } from './wire.js';

/**
 * The full names a one-word name may stand for: "Lamar" -> "Lamar Odom",
 * "Odom" -> "Lamar Odom", "KoKo" -> the one person whose first name starts with K.
 */
export function aliasOwners(doc: Document, group: NameGroup, people: NameGroup[]): NameGroup[] {
  // "Michael O' Leary ... O' Leary", "Kevin De Bruyne ... De Bruyne": a surname of two words,
  // whatever its context says ("BEATS LE GALL" reads like a club beaten).
  // "Siti Aminah binti Yusof ... Siti Aminah": the given names before a patronymic's "binti" or "bin".
  // "R. Gunawardene" of a scorecard: the one "Roshan Gunawardene" of the prose.
  if (group.words.length > 1) {
    // "Ximena de la Garza Ortiz ... De la Garza": the first of two surnames, a particle's.
    const fuller = people.filter((person) => person.words.length > group.words.length && (endsWith(person.words, group.words) || (isParticle(group.words[0]!) && endsWith(person.words.slice(0, -1), group.words)) || isGivenNamesBeforePatronymic(person, group.words)));
    if (fuller.length > 0) return fuller;
    const byInitial = people.filter((person) => isInitialFormOf(group.words, person.words));
    return byInitial.length === 1 ? byInitial : [];
  }
  if (group.kind === 'place' || group.kind === 'organization' || group.kind === 'work') {
    if (group.evidence[group.kind] >= group.evidence.person + 2) return [];
  }
  const word = group.key;
  const byPart = people.filter((person) => person.words[0] === word || isSurname(person, word));
  if (byPart.length > 0) return byPart;
  if (!isReduplicated(group.candidates[0]!.text)) return [];
  const initial = word[0];
  const byInitial = people.filter((person) => person.words[0]![0] === initial && !excluded(doc, group, person));
  return byInitial.length === 1 ? byInitial : [];
}

/** "r. gunawardene" of "roshan gunawardene" or "roshan kumar gunawardene": an initial, then the same surname. */
export function isInitialFormOf(words: string[], fullWords: string[]): boolean {
  const isInitial = (word: string): boolean => /^\p{L}\.?$/u.test(word);
  return words.length === 2 && fullWords.length >= 2 && isInitial(words[0]!) && !isInitial(fullWords[0]!) && fullWords[0]![0] === words[0]![0] && fullWords[fullWords.length - 1] === words[1];
}

/** "Siti Aminah" of "Siti Aminah binti Yusof": the words before "bin", "binti" or "bint". */
function isGivenNamesBeforePatronymic(person: NameGroup, words: string[]): boolean {
  return PATRONYMICS.has(person.words[words.length] ?? '') && words.every((word, i) => person.words[i] === word);
}

const PATRONYMICS = new Set(['bin', 'binti', 'bint']);

/**
 * "Lazaro Gonzalez and Delfin Gonzalez met. Gonzalez said no.": a short form
 * shared by several people goes to the one named last before it.
 * "Ahmed Mohamed ... Mohamed said ... his father, Mohamed El-Hassan Mohamed, ... Mohamed":
 * once the short form stands for one person it keeps him, unless the other is
 * named in full in the same sentence.
 */
export function nearestOwner(doc: Document, owners: NameGroup[], candidate: NameCandidate, previous?: NameGroup): NameGroup {
  const generation = generationOf(doc, candidate);
  if (generation !== null && owners.length > 1) return byFirstMention(owners, generation);
  let best = owners[0]!;
  let bestStart = -1;
  for (const owner of owners) {
    for (const other of owner.candidates) {
      if (other.start < candidate.start && other.start > bestStart) {
        best = owner;
        bestStart = other.start;
      }
    }
  }
  if (previous === undefined || previous === best || !owners.includes(previous)) return best;
  const sentence = (c: NameCandidate): number => doc.tokens[c.first]!.sentence;
  const sameSentence = best.candidates.some((other) => other.start < candidate.start && sentence(other) === sentence(candidate));
  return sameSentence ? best : previous;
}

/** "Woolmer senior", "Woolmer Jr.": which generation a surname alone names. */
function generationOf(doc: Document, candidate: NameCandidate): 'senior' | 'junior' | null {
  const next = doc.tokens[candidate.end];
  if (next === undefined || next.sentence !== doc.tokens[candidate.first]!.sentence) return null;
  if (/^(senior|sr|snr)$/.test(next.normal)) return 'senior';
  if (/^(junior|jr|jnr)$/.test(next.normal)) return 'junior';
  return null;
}

/** The father is named first and the son after him, as obituaries and match reports do. */
function byFirstMention(owners: NameGroup[], generation: 'senior' | 'junior'): NameGroup {
  const sorted = [...owners].sort((a, b) => a.candidates[0]!.start - b.candidates[0]!.start);
  return (generation === 'senior' ? sorted[0] : sorted[sorted.length - 1])!;
}

/**
 * The organization or place a one-word name abbreviates: "EADS" defined as
 * "European Aeronautic Defence and Space Company (EADS)", "USAF" for the one
 * "United States Air Force", "Northrop" for the one "Northrop Grumman".
 */
export function longFormOf(doc: Document, group: NameGroup, groups: Map<string, NameGroup>, definitions: AcronymDefinition[]): NameGroup | null {
  const defined = definitions.find((definition) => definition.acronym.toLowerCase() === group.key);
  if (defined) return groups.get(nameKey(defined.longForm.text)) ?? null;
  if ((group.kind === 'place' && !mayBeBodyNamedForPlace(doc, group)) || group.kind === 'work' || group.candidates.some((candidate) => candidate.title !== null)) return null;
  const longer = [...groups.values()].filter((other) => other.words.length > 1 && (other.kind === 'organization' || other.kind === 'place'));
  // "U.N." stands for "United Nations" as "UN" does.
  const word = group.candidates[0]!.text.replace(/\./g, '');
  if (group.kind !== 'person' && /^\p{Lu}{2,}$/u.test(word)) {
    const byInitials = longer.filter((other) => initials(other).includes(word));
    if (byInitials.length === 1) return byInitials[0]!;
  }
  const byFirstWord = longer.filter((other) => other.kind === 'organization' && other.words[0] === group.key);
  if (byFirstWord.length > 0) return longestOfOneName(byFirstWord);
  return group.kind === 'organization' ? bodyByInnerWord(group, longer) : null;
}

/**
 * "MERIDIAN TELECOM" in the headline and "Meridian Telecom Group": one body written
 * shorter and longer, so the longest; null when two differ ("Kelvara Bank", "Kelvara Air").
 */
function longestOfOneName(names: NameGroup[]): NameGroup | null {
  const longest = names.reduce((a, b) => (b.words.length > a.words.length ? b : a));
  return names.every((name) => name.words.every((word, i) => longest.words[i] === word)) ? longest : null;
}

/**
 * "Meridian Telecom Group ... Meridian shareholders ... shares of Meridian": a town's
 * name that the article also uses as a body's (its own evidence says so), never
 * after "in" or "at", and no country's or region's, may be the body's short form.
 */
export function mayBeBodyNamedForPlace(doc: Document, group: NameGroup): boolean {
  if (group.evidence.organization <= 0 || [...gazetteerKinds(group.key)].some((kind) => kind === 'country' || kind === 'region')) return false;
  return group.candidates.every((candidate) => !afterLocativePreposition(doc, candidate) && !isDateline(doc, candidate));
}

/**
 * "Lufthansa" for "Deutsche Lufthansa AG", "Sachs" for "Goldman Sachs": a body's
 * one-word short form is a later word of one body's name; not an ordinary word
 * ("Union" of "European Union"), and not a word two bodies share.
 */
function bodyByInnerWord(group: NameGroup, longer: NameGroup[]): NameGroup | null {
  if (group.words.length !== 1 || isCommonWord(group.candidates[0]!.text)) return null;
  const owners = longer.filter((other) => other.kind === 'organization' && other.words.indexOf(group.key) > 0);
  return owners.length === 1 ? owners[0]! : null;
}

/**
 * The one organization named the same with its country before it: "State
 * Department" for "US State Department", "Air Force" for "United States Air Force".
 */
export function countryQualifiedFormOf(group: NameGroup, groups: Map<string, NameGroup>): NameGroup | null {
  if (group.kind !== 'organization') return null;
  // "the US Air Force and the British Air Force": which one "the Air Force" is, is not said.
  const longer = [...groups.values()].filter((other) => other.kind === 'organization' && other.words.length > group.words.length && endsWith(other.words, group.words));
  const [only] = longer;
  if (longer.length !== 1 || only === undefined) return null;
  const qualifier = only.candidates[0]!.text.split(/\s+/).slice(0, only.words.length - group.words.length).join(' ');
  return isCountryWord(qualifier) ? only : null;
}

/** Words that open a landmark's name, which the name then goes without: "Mount Everest" ... "Everest". */
const LANDMARK_OPENERS = new Set(['mount', 'mt', 'mt.', 'lake', 'loch']);

/**
 * "Everest" for the "Mount Everest" of the article, whatever the lists say of the word alone
 * (a company's name); not a place or a given name of its own ("Kenya" of "Mount Kenya").
 */
export function landmarkOf(group: NameGroup, groups: Map<string, NameGroup>): NameGroup | null {
  if (group.words.length !== 1 || isPlaceKind(gazetteerKinds(group.key)) || gazetteerKinds(group.key).has('firstName')) return null;
  const landmarks = [...groups.values()].filter((other) => other.kind === 'place' && other.words.length === 2 && LANDMARK_OPENERS.has(other.words[0]!) && other.words[1] === group.key);
  return landmarks.length === 1 ? landmarks[0]! : null;
}

/**
 * The one company named the same with its legal form: "Veridian Semiconductor" (a headline's, or
 * the body's short form) for "Veridian Semiconductor Corp.", whatever the short form's words suggest.
 */
export function legalFormOf(group: NameGroup, groups: Map<string, NameGroup>): NameGroup | null {
  if (group.words.length < 2) return null;
  const longer = [...groups.values()].filter((other) => {
    const last = other.candidates[0]!.text.split(/\s+/).pop()!;
    return other.kind === 'organization' && other.words.length === group.words.length + 1 && isLegalForm(last) && group.words.every((word, i) => other.words[i] === word);
  });
  return longer.length === 1 ? longer[0]! : null;
}

/** "US", "United States", "British": a country, or its people's adjective. */
function isCountryWord(text: string): boolean {
  return gazetteerKinds(text).has('country') || (!/\s/.test(text) && lexiconTags(text).includes('Demonym'));
}

/** "United States Air Force" -> "USAF". */
/** "United Nations" -> "UN"; "International Business Machines Corp" -> "IBMC", and "IBM" without its legal form. */
function initials(group: NameGroup): string[] {
  const words = group.candidates[0]!.text.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  const letters = (some: string[]): string => some.map((word) => word[0]).join('');
  const last = words[words.length - 1];
  // The legal form closing a company's name is left out of its initials.
  return last !== undefined && words.length > 2 && isLegalForm(last) ? [letters(words), letters(words.slice(0, -1))] : [letters(words)];
}

/** "in Paris", "from Washington" */
export function afterLocativePreposition(doc: Document, candidate: NameCandidate): boolean {
  const before = doc.tokens[candidate.first - 1];
  return before !== undefined && LOCATIVE_PREPOSITIONS.has(before.normal) && !isHoldingIn(doc, before) && !isStaffAt(doc, before);
}

/** People whose last name is this one-word name, whatever kind the name has alone. */
export function surnameOwners(group: NameGroup, people: NameGroup[]): NameGroup[] {
  return people.filter((person) => isSurname(person, group.key));
}

/** "Sisi" for "Abdel Fattah el-Sisi", "Griffey" for "Ken Griffey Jr.": the last word, with or without its joined particle. */
function isSurname(person: NameGroup, word: string): boolean {
  const words = person.words.length > 2 && isGeneration(person.words[person.words.length - 1]!) ? person.words.slice(0, -1) : person.words;
  const last = words[words.length - 1]!;
  if (last === word || withoutJoinedParticle(last) === word) return true;
  // "Carlos Ortega de la Fuente ... Ortega", "Rafael Ortiz Bermúdez ... Ortiz", "Juan Sebastián Quintero
  // Mejía ... Quintero": the first of two surnames, before a particle or before the last word of three
  // or more; not a given name ("Mary Ann Smith").
  const at = words.indexOf(word);
  const beforeSecondSurname = isParticle(words[at + 1] ?? '') || (words.length >= 3 && at === words.length - 2);
  return at > 0 && beforeSecondSurname && !gazetteerKinds(word).has('firstName');
}

/**
 * "Marine Le Pen spoke. Le Pen told reporters": a full name nothing decides
 * ("Marine" is an adjective to compromise) is the person its surname of a
 * particle and a word is.
 */
export function kindsFromParticleSurnames(groups: Iterable<NameGroup>): void {
  const all = [...groups];
  const surnames = all.filter((group) => group.kind === 'person' && group.words.length > 1 && isParticle(group.words[0]!));
  for (const group of all) {
    if (group.kind !== null) continue;
    if (surnames.some((surname) => group.words.length > surname.words.length && endsWith(group.words, surname.words))) group.kind = 'person';
  }
}

function endsWith(words: string[], tail: string[]): boolean {
  const offset = words.length - tail.length;
  return tail.every((word, i) => words[offset + i] === word);
}

/** "KoKo", "JoJo", "CeCe": a syllable said twice. */
function isReduplicated(text: string): boolean {
  return /^(\p{Lu}\p{Ll}{1,3})\1$/iu.test(text) && text.length >= 4;
}

/** "KoKo's mom, Kris Jenner": KoKo is not Kris Jenner. */
function excluded(doc: Document, nickname: NameGroup, person: NameGroup): boolean {
  return nickname.candidates.some((candidate) => {
    const relation = doc.tokens[candidate.end];
    if (!relation || !KINSHIP_NOUNS.has(relation.normal) || !relation.post.includes(',')) return false;
    return person.candidates.some((other) => other.first === candidate.end + 1);
  });
}
