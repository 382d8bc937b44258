/**
 * Document-level decisions: every occurrence of the same name shares one kind,
 * chosen from the evidence of all of them; short forms and nicknames join the
 * full name they stand for.
 */
import type { Document, Token } from '../../document.js';
import type { Entity, NameKind, NameMention } from '../model.js';
import { isRoleNoun } from '../people/roles.js';
import type { AcronymDefinition } from './acronyms.js';
import { afterLocativePreposition, aliasOwners, countryQualifiedFormOf, isInitialFormOf, landmarkOf, legalFormOf, kindsFromParticleSurnames, longFormOf, mayBeBodyNamedForPlace, nearestOwner, surnameOwners } from './aliases.js';
import type { NameCandidate } from './candidates.js';
import { addEvidence, emptyEvidence, KINDS, settleWeakPerson, STORM_WORDS, weigh, type Evidence } from './evidence.js';
import { kindOfAmpersandName } from './conjoined.js';
import { kindsFromLists } from './coordination.js';
import { countryOf, gazetteerKinds } from './gazetteer.js';
import { ORGANIZATION_NOUNS } from './descriptors.js';
import { lexiconTags } from './lexicon.js';
import { isAgeInCommasAfter, nameKey } from './name-tokens.js';
import { isSideMention, readsAsTown } from './sides.js';
import { isUnknownName } from './sports.js';

/** All occurrences of one name, written the same way (case aside). */
export interface NameGroup {
  key: string;
  words: string[];
  candidates: NameCandidate[];
  evidence: Evidence;
  kind: NameKind | 'work' | null;
}

const MIN_EVIDENCE = 1;

export function groupNames(doc: Document, candidates: NameCandidate[], definitions: AcronymDefinition[] = [], sports = false): Entity[] {
  const collected = collect(doc, candidates, sports);
  poolDefinedNames(collected, definitions);
  for (const group of collected.values()) group.kind = kindOfAmpersandName(group.key) ?? decide(group.evidence) ?? (sports ? unknownSportsName(doc, group) : null);
  bodiesNamedForTowns(doc, collected);
  stormShortForms(collected);
  kindsFromLists(doc, collected);
  kindsFromParticleSurnames(collected.values());
  markFamilyNames(collected);
  const groups = joinSides(doc, collected);
  // "Veridian Semiconductor Sues Lumora": a company's name without its legal form is the company's.
  const withLegalForm = new Map<NameGroup, NameGroup>();
  for (const group of groups.values()) {
    const company = legalFormOf(group, groups);
    if (company === null) continue;
    withLegalForm.set(group, company);
    group.kind = 'organization';
  }
  const entities = new Map<NameGroup, Entity>();
  // "Gunawardene" is short for "Roshan Gunawardene", not for the scorecard's "R. Gunawardene" that is his too.
  const named = [...groups.values()].filter((group) => group.kind === 'person' && group.words.length > 1);
  const people = named.filter((group) => !named.some((other) => isInitialFormOf(group.words, other.words)));
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
  const countries = countryGroups(groups);
  for (const group of groups.values()) {
    // "Delia" of "Hurricane Delia" is no short form of "Delia Smith".
    const owners = group.kind === 'work' ? [] : aliasOwners(doc, group, people);
    // "Vandermolen shareholders" for "Vandermolen Networks NV", though "Hendrik Vandermolen" founded it.
    const single = group.words.length === 1 && owners.length === 0;
    const body = single && group.kind === 'organization' ? longFormOf(doc, group, groups, definitions) : null;
    const surnameOf = single && body === null && group.kind !== 'work' ? surnameOwners(group, people) : [];
    const shortForm = owners.length === 0 && surnameOf.length === 0;
    const oneWordLongForm = (): NameGroup | null => landmarkOf(group, groups) ?? (group.kind === 'organization' ? body : longFormOf(doc, group, groups, definitions));
    const longForm = !shortForm ? null : group.words.length === 1 ? oneWordLongForm() : (countryQualifiedFormOf(group, groups) ?? withLegalForm.get(group) ?? null);
    let previous: NameGroup | undefined;
    for (const candidate of group.candidates) {
      // "Valeska Paris ... Paris said": the surname, unless this mention reads as a place ("in Paris").
      const shared = surnameOf.length > 0 && !afterLocativePreposition(doc, candidate) ? surnameOf : owners;
      if (shared.length > 0) {
        previous = nearestOwner(doc, shared, candidate, previous);
        add(previous, candidate);
      } else add(fullNameOf(groups, candidate) ?? longForm ?? countries.get(group) ?? group, candidate);
    }
  }
  return [...entities.values()].map(finish).filter((entity) => entity.mentions.length > 0);
}

/**
 * "Médecins Sans Frontières (MSF) said ... a spokesman for MSF": a long form and the
 * acronym it defines are one name, so each is weighed with the other's evidence.
 */
function poolDefinedNames(groups: Map<string, NameGroup>, definitions: AcronymDefinition[]): void {
  for (const { longForm, acronym } of definitions) {
    const long = groups.get(nameKey(longForm.text));
    const short = groups.get(acronym.toLowerCase());
    if (long === undefined || short === undefined || long === short) continue;
    const pooled = emptyEvidence();
    addEvidence(pooled, long.evidence);
    addEvidence(pooled, short.evidence);
    long.evidence = pooled;
    short.evidence = { ...pooled };
  }
}

/**
 * "Meridian Telecom Inc ... Meridian shares ... Meridian's employees": a town's name that
 * opens a body's name in the article, and is used as a body's, is the body's short form
 * there, whatever the lists say of the town (mayBeBodyNamedForPlace).
 */
function bodiesNamedForTowns(doc: Document, groups: Map<string, NameGroup>): void {
  const bodies = [...groups.values()].filter((group) => group.kind === 'organization' && group.words.length > 1);
  for (const group of groups.values()) {
    if (group.kind !== 'place' || group.words.length !== 1 || !bodies.some((body) => body.words[0] === group.key)) continue;
    if (mayBeBodyNamedForPlace(doc, group)) group.kind = 'organization';
  }
}

/** "Hurricane Delia ... Delia had winds of 115 mph": the storm's name alone is the storm, no person. */
function stormShortForms(groups: Map<string, NameGroup>): void {
  const storms = new Set<string>();
  for (const group of groups.values()) {
    const opener = group.candidates[0]!.text.split(/\s+/)[0]!;
    if (group.kind === 'work' && group.words.length > 1 && STORM_WORDS.has(opener)) storms.add(group.words[group.words.length - 1]!);
  }
  for (const group of groups.values()) if (group.words.length === 1 && storms.has(group.key)) group.kind = 'work';
}

/** "PARTIZAN" in the headline: the body's "Partizan Belgrade", when it has a kind. */
function fullNameOf(groups: Map<string, NameGroup>, candidate: NameCandidate): NameGroup | null {
  const full = candidate.shortFor === undefined ? undefined : groups.get(candidate.shortFor);
  return full !== undefined && full.kind !== null && full.kind !== 'work' ? full : null;
}

/** "US", "U.S.", "United States", "America": one place, the name the article uses first. */
function countryGroups(groups: Map<string, NameGroup>): Map<NameGroup, NameGroup> {
  const first = new Map<string, NameGroup>();
  const same = new Map<NameGroup, NameGroup>();
  for (const group of groups.values()) {
    const country = group.kind === 'place' ? countryOf(group.key) : null;
    if (country === null) continue;
    const earlier = first.get(country);
    if (earlier) same.set(group, earlier);
    else first.set(country, group);
  }
  return same;
}

/** Marks the key of a group of sides' mentions ("HOUSTON 95 Utah 90"), weighed apart from the prose's "Houston". */
const SIDE = '\u0000side';

function collect(doc: Document, candidates: NameCandidate[], sports: boolean): Map<string, NameGroup> {
  const groups = new Map<string, NameGroup>();
  for (const candidate of candidates) {
    const key = nameKey(candidate.text);
    const groupKey = isSideMention(doc, candidate) ? key + SIDE : key;
    let group = groups.get(groupKey);
    if (!group) {
      group = { key, words: key.split(/\s+/), candidates: [], evidence: emptyEvidence(), kind: null };
      groups.set(groupKey, group);
    }
    group.candidates.push(candidate);
    addEvidence(group.evidence, weigh(doc, candidate));
  }
  for (const group of groups.values()) {
    const { evidence } = group;
    settleWeakPerson(evidence);
    // "Shearer said": in sports copy a lone unknown name that speaks is a player.
    const player = sports && isPlayerSurname(group);
    if (group.words.length === 1 && evidence.person > 0 && evidence.person <= WEAK_PERSON_EVIDENCE && !player && !looksLikePersonName(doc, group)) {
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

function looksLikePersonName(doc: Document, group: NameGroup): boolean {
  const word = group.candidates[0]!.text;
  const tags = lexiconTags(word);
  if (['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'].some((tag) => tags.includes(tag))) return true;
  // "Village head Suparman, 52, said": an age in commas after the name.
  const beforeAge = (candidate: NameCandidate): boolean => isAgeInCommasAfter(doc.tokens[candidate.end - 1]!, doc.tokens[candidate.end]);
  return gazetteerKinds(word).has('firstName') || group.candidates.some((candidate) => candidate.title !== null || afterPersonRole(doc, candidate) || beforeAge(candidate));
}

/** "fashion designer Halston": a person's role just before the name; not "retailer Kmart", a company's. */
function afterPersonRole(doc: Document, candidate: NameCandidate): boolean {
  const before = doc.tokens[candidate.first - 1];
  return before !== undefined && !/\S/.test(before.post) && isRoleNoun(before) && !ORGANIZATION_NOUNS.has(before.normal);
}

/**
 * In sports copy, a name with nothing said of it: "against Scotland at Murrayfield",
 * a ground where it is only ever where a match is played; else a player.
 */
function unknownSportsName(doc: Document, group: NameGroup): NameKind | null {
  if (group.candidates.every((candidate) => isVenuePreposition(doc.tokens[candidate.first - 1]))) return 'place';
  // "forecast over the Alps": players go without "the".
  if (group.candidates.every((candidate) => doc.tokens[candidate.first - 1]?.normal === 'the')) return null;
  return isPlayerSurname(group) ? 'person' : null;
}

/** "at Murrayfield", "in Twickenham"; not "to Shearer", "from Beckham", which pass a ball. */
function isVenuePreposition(token: Token | undefined): boolean {
  return token !== undefined && (token.normal === 'at' || token.normal === 'in') && !/\S/.test(token.post);
}

/** In sports copy, "Lukaku" or "Dries Mertens" with nothing said of them: a player. */
function isPlayerSurname(group: NameGroup): boolean {
  const words = group.candidates[0]!.text.split(/\s+/);
  const surname = words[words.length - 1]!;
  return words.length <= 3 && isUnknownName(surname) && group.candidates.some((candidate) => !candidate.caseUninformative);
}

/**
 * A town's sides' mentions rejoin its prose mentions ("Liverpool manager",
 * "Utah's Karl Malone" and "Liverpool 5 4 1 0 12 4 13": one club) unless the
 * prose reads as the town ("In Houston" and "HOUSTON 95 Utah 90": a place and a team).
 */
function joinSides(doc: Document, collected: Map<string, NameGroup>): Map<string, NameGroup> {
  const groups = new Map<string, NameGroup>();
  for (const [groupKey, group] of collected) {
    const prose = groupKey.endsWith(SIDE) ? collected.get(group.key) : undefined;
    if (!groupKey.endsWith(SIDE)) groups.set(groupKey, group);
    else if (prose === undefined) groups.set(group.key, group);
    else if (group.kind !== null && prose.kind !== group.kind && readsApart(doc, prose)) groups.set(groupKey, group);
    else {
      prose.candidates = [...prose.candidates, ...group.candidates].sort((a, b) => a.start - b.start);
      addEvidence(prose.evidence, group.evidence);
      prose.kind = group.kind ?? prose.kind;
    }
  }
  return groups;
}

/** The prose names a person, or the town ("In Houston"): not the side. */
function readsApart(doc: Document, prose: NameGroup): boolean {
  return prose.kind === 'person' || (prose.kind === 'place' && prose.candidates.some((candidate) => readsAsTown(doc, candidate)));
}

function decide(evidence: Evidence): NameKind | 'work' | null {
  const ranked = KINDS.map((kind) => [kind, evidence[kind]] as const).sort((a, b) => b[1] - a[1]);
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
  const aliases = forms.filter((form) => nameKey(form) !== nameKey(name));
  return { ...entity, mentions, name, aliases: [...new Map(aliases.map((alias) => [nameKey(alias), alias])).values()] };
}

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

