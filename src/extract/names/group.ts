/**
 * Document-level decisions: every occurrence of the same name shares one kind,
 * chosen from the evidence of all of them; short forms and nicknames join the
 * full name they stand for.
 */
import type { Document } from '../../document.js';
import type { Entity, NameKind, NameMention } from '../model.js';
import type { AcronymDefinition } from './acronyms.js';
import type { NameCandidate } from './candidates.js';
import { addEvidence, emptyEvidence, weigh, type Evidence } from './evidence.js';
import { gazetteerKinds } from './gazetteer.js';
import { KINSHIP_NOUNS, lexiconTags, LOCATIVE_PREPOSITIONS } from './lexicon.js';

/** All occurrences of one name, written the same way (case aside). */
interface NameGroup {
  key: string;
  words: string[];
  candidates: NameCandidate[];
  evidence: Evidence;
  kind: NameKind | 'work' | null;
}

const MIN_EVIDENCE = 1;

export function groupNames(doc: Document, candidates: NameCandidate[], definitions: AcronymDefinition[] = []): Entity[] {
  const groups = collect(doc, candidates);
  for (const group of groups.values()) group.kind = decide(group.evidence);
  markFamilyNames(groups);
  const entities = new Map<NameGroup, Entity>();
  const people = [...groups.values()].filter((group) => group.kind === 'person' && group.words.length > 1);
  const add = (target: NameGroup, candidate: NameCandidate): void => {
    if (target.kind === null || target.kind === 'work') return;
    const kind: NameKind = target.kind;
    let entity = entities.get(target);
    if (!entity) {
      entity = { kind, name: '', aliases: [], mentions: [], descriptions: [], age: null, gender: null };
      entities.set(target, entity);
    }
    entity.mentions.push(mention(candidate, kind));
  };
  for (const group of groups.values()) {
    const owners = group.words.length === 1 ? aliasOwners(doc, group, people) : [];
    const surnameOf = group.words.length === 1 && owners.length === 0 ? surnameOwners(group, people) : [];
    const longForm = group.words.length === 1 && owners.length === 0 && surnameOf.length === 0 ? longFormOf(group, groups, definitions) : null;
    for (const candidate of group.candidates) {
      // "Valeska Paris ... Paris said": the surname, unless this mention reads as a place ("in Paris").
      if (surnameOf.length > 0 && !afterLocativePreposition(doc, candidate)) add(nearestOwner(surnameOf, candidate), candidate);
      else add(owners.length > 0 ? nearestOwner(owners, candidate) : (longForm ?? group), candidate);
    }
  }
  return [...entities.values()].map(finish).filter((entity) => entity.mentions.length > 0);
}

function collect(doc: Document, candidates: NameCandidate[]): Map<string, NameGroup> {
  const groups = new Map<string, NameGroup>();
  for (const candidate of candidates) {
    const key = candidate.text.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { key, words: key.split(/\s+/), candidates: [], evidence: emptyEvidence(), kind: null };
      groups.set(key, group);
    }
    group.candidates.push(candidate);
    addEvidence(group.evidence, weigh(doc, candidate));
  }
  for (const group of groups.values()) {
    const { evidence } = group;
    if (group.words.length === 1 && evidence.person > 0 && evidence.person <= WEAK_PERSON_EVIDENCE && !looksLikePersonName(group)) {
      evidence.organization = Math.max(evidence.organization, evidence.person + 0.5);
    }
  }
  return groups;
}

/**
 * News introduces a person by full name before using one word for them, so a
 * lone unknown word that only speaks once or twice ("Airbus announced") leans
 * to an organization; a known first or last name or a title does not.
 */
const WEAK_PERSON_EVIDENCE = 2;

function looksLikePersonName(group: NameGroup): boolean {
  const word = group.candidates[0]!.text;
  const tags = lexiconTags(word);
  if (['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'].some((tag) => tags.includes(tag))) return true;
  return gazetteerKinds(word).has('firstName') || group.candidates.some((candidate) => candidate.title !== null);
}

function decide(evidence: Evidence): NameKind | 'work' | null {
  const ranked = (Object.entries(evidence) as [NameKind | 'work', number][]).sort((a, b) => b[1] - a[1]);
  const [best] = ranked;
  return best && best[1] >= MIN_EVIDENCE ? best[0] : null;
}

/** "the Kardashians" next to "Khloé Kardashian": a family, not a person. */
function markFamilyNames(groups: Map<string, NameGroup>): void {
  const surnames = new Set<string>();
  for (const group of groups.values()) {
    if (group.kind === 'person' && group.words.length > 1) surnames.add(group.words[group.words.length - 1]!);
  }
  for (const group of groups.values()) {
    if (group.words.length === 1 && group.key.endsWith('s') && surnames.has(group.key.slice(0, -1))) group.kind = 'work';
  }
}

/**
 * The full names a one-word name may stand for: "Lamar" -> "Lamar Odom",
 * "Odom" -> "Lamar Odom", "KoKo" -> the one person whose first name starts with K.
 */
function aliasOwners(doc: Document, group: NameGroup, people: NameGroup[]): NameGroup[] {
  if (group.kind === 'place' || group.kind === 'organization' || group.kind === 'work') {
    if (group.evidence[group.kind] >= group.evidence.person + 2) return [];
  }
  const word = group.key;
  const byPart = people.filter((person) => person.words[0] === word || person.words[person.words.length - 1] === word);
  if (byPart.length > 0) return byPart;
  if (!isReduplicated(group.candidates[0]!.text)) return [];
  const initial = word[0];
  const byInitial = people.filter((person) => person.words[0]![0] === initial && !excluded(doc, group, person));
  return byInitial.length === 1 ? byInitial : [];
}

/**
 * "Lazaro Gonzalez and Delfin Gonzalez met. Gonzalez said no.": a short form
 * shared by several people goes to the one named last before it.
 */
function nearestOwner(owners: NameGroup[], candidate: NameCandidate): NameGroup {
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
  return best;
}

/**
 * The organization or place a one-word name abbreviates: "EADS" defined as
 * "European Aeronautic Defence and Space Company (EADS)", "USAF" for the one
 * "United States Air Force", "Northrop" for the one "Northrop Grumman".
 */
function longFormOf(group: NameGroup, groups: Map<string, NameGroup>, definitions: AcronymDefinition[]): NameGroup | null {
  const defined = definitions.find((definition) => definition.acronym.toLowerCase() === group.key);
  if (defined) return groups.get(defined.longForm.text.toLowerCase()) ?? null;
  if (group.kind === 'place' || group.kind === 'work' || group.candidates.some((candidate) => candidate.title !== null)) return null;
  const longer = [...groups.values()].filter((other) => other.words.length > 1 && (other.kind === 'organization' || other.kind === 'place'));
  const word = group.candidates[0]!.text;
  if (group.kind !== 'person' && /^\p{Lu}{2,}$/u.test(word)) {
    const byInitials = longer.filter((other) => initials(other) === word);
    if (byInitials.length === 1) return byInitials[0]!;
  }
  const byFirstWord = longer.filter((other) => other.kind === 'organization' && other.words[0] === group.key);
  return byFirstWord.length === 1 ? byFirstWord[0]! : null;
}

/** "United States Air Force" -> "USAF". */
function initials(group: NameGroup): string {
  return group.candidates[0]!.text
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

/** "in Paris", "from Washington" */
function afterLocativePreposition(doc: Document, candidate: NameCandidate): boolean {
  const before = doc.tokens[candidate.first - 1];
  return before !== undefined && LOCATIVE_PREPOSITIONS.has(before.normal);
}

/** People whose last name is this one-word name, whatever kind the name has alone. */
function surnameOwners(group: NameGroup, people: NameGroup[]): NameGroup[] {
  return people.filter((person) => person.words[person.words.length - 1] === group.key);
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

function mention(candidate: NameCandidate, kind: NameKind): NameMention {
  return { start: candidate.start, end: candidate.stop, text: candidate.text, kind };
}

/**
 * Names the entity after its fullest mention, written in ordinary case where
 * the article does ("Lamar Odom" over a headline's "LAMAR ODOM"); the other
 * forms are aliases.
 */
function finish(entity: Entity): Entity {
  const mentions = [...entity.mentions].sort((a, b) => a.start - b.start);
  const forms = [...new Set(mentions.map((m) => m.text))];
  const rank = (form: string): number => wordCount(form) * 1000 + (/\p{Ll}/u.test(form) ? 500 : 0) + form.length;
  const name = forms.reduce((best, form) => (rank(form) > rank(best) ? form : best), forms[0] ?? '');
  const aliases = forms.filter((form) => form.toLowerCase() !== name.toLowerCase());
  return { ...entity, mentions, name, aliases: [...new Map(aliases.map((alias) => [alias.toLowerCase(), alias])).values()] };
}

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}
