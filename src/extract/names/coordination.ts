/**
 * Names listed together are most often of one kind: "Walker Evans, Robert
 * Mapplethorpe, and Helmut Newton", "Sampras, Agassi and Chang". A name that
 * nothing else decides takes the kind of the names it is listed with.
 */
import type { Document } from '../../document.js';
import type { NameKind } from '../model.js';
import type { NameCandidate } from './candidates.js';
import type { NameGroup } from './group.js';
import { PERSON_TITLES } from './lexicon.js';
import { isTitleModifier } from './offices.js';

/** ", ", " and ", ", and ", " or ", " & " between two names. */
const LIST_JOINT = /^\s*(?:,|,?\s+(?:and|or)|&)\s*$/;

export function kindsFromLists(doc: Document, groups: Map<string, NameGroup>): void {
  const listed = [...groups.values()].flatMap((group) => group.candidates.map((candidate) => ({ candidate, group })));
  listed.sort((a, b) => a.candidate.start - b.candidate.start);
  listed.forEach(({ candidate, group }, i) => {
    if (group.kind !== null) return;
    const before = listed[i - 1];
    const after = listed[i + 1];
    const joinedBefore = before !== undefined && joint(doc, before.candidate, candidate);
    const joinedAfter = after !== undefined && joint(doc, candidate, after.candidate);
    // A list has an "and" somewhere: "X, Y" alone may be an apposition ("the Herald, Emeritus Professor ...").
    if (joinedBefore !== 'and' && joinedAfter !== 'and') return;
    const kinds = new Set<NameKind>();
    if (joinedBefore) addKind(kinds, before!.group);
    if (joinedAfter) addKind(kinds, after!.group);
    const [kind] = kinds;
    if (kinds.size === 1 && kind !== undefined) group.kind = kind;
  });
}

function addKind(kinds: Set<NameKind>, group: NameGroup): void {
  if (group.kind === 'person' || group.kind === 'place' || group.kind === 'organization') kinds.add(group.kind);
}

/** How two names are listed: "and" (or "or", "&"), a comma, or not at all ("Youngspiration's" owns what follows). */
function joint(doc: Document, first: NameCandidate, second: NameCandidate): 'and' | 'comma' | false {
  if (second.start <= first.stop || isPossessive(doc, first) || isPossessive(doc, second) || modifiesTitle(doc, second)) return false;
  const between = doc.text.slice(first.stop, second.start);
  if (!LIST_JOINT.test(between)) return false;
  return /,\s*$/.test(between) || /^\s*,\s*$/.test(between) ? 'comma' : 'and';
}

/**
 * "Warren Christopher and U.N. Secretary-General Boutros Boutros-Ghali",
 * "Newt Gingrich and Senate Majority Leader Trent Lott": the
 * second name says whose office the title is; the list holds the person after it.
 */
function modifiesTitle(doc: Document, candidate: NameCandidate): boolean {
  const last = doc.tokens[candidate.end - 1]!;
  const next = doc.tokens[candidate.end];
  // "Senate Majority Leader Trent Lott": a modifier before the title too.
  return next !== undefined && !/\S/.test(last.post) && (PERSON_TITLES.has(next.normal) || isTitleModifier(doc.tokens, candidate.end));
}

/** "Youngspiration's Yau Wai-ching": the possessive owns the name after it, it is not listed. */
function isPossessive(doc: Document, candidate: NameCandidate): boolean {
  return candidate.stop < doc.tokens[candidate.end - 1]!.end;
}
