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

/**
 * ", ", " and ", ", and ", " or ", " & " between two names, after what a bracket adds to the
 * first: "Rizal Hakim (23), Dewi Kartika (21) and Agus Setiawan (26)", "Berg (Sweden) and".
 */
const LIST_JOINT = /^(?:\s*\([^()\n]{1,30}\))?\s*(?:,|,?\s+(?:and|or)|&)\s*$/;

/**
 * A list is a run of names joined one to the next with an "and" somewhere in it: "X, Y" alone
 * may be an apposition ("the Herald, Emeritus Professor ..."). Its undecided names take the
 * one kind of its decided ones.
 */
export function kindsFromLists(doc: Document, groups: Map<string, NameGroup>): void {
  const listed = [...groups.values()].flatMap((group) => group.candidates.map((candidate) => ({ candidate, group })));
  listed.sort((a, b) => a.candidate.start - b.candidate.start);
  let run = listed.slice(0, 1);
  let hasAnd = false;
  const settle = (): void => {
    if (hasAnd && run.length > 1) giveListKind(run.map(({ group }) => group));
  };
  for (let i = 1; i < listed.length; i++) {
    const how = joint(doc, listed[i - 1]!.candidate, listed[i]!.candidate);
    if (how === false) {
      settle();
      run = [];
      hasAnd = false;
    }
    if (how === 'and') hasAnd = true;
    run.push(listed[i]!);
  }
  settle();
}

function giveListKind(members: NameGroup[]): void {
  const kinds = new Set<NameKind>();
  for (const group of members) addKind(kinds, group);
  const [kind] = kinds;
  if (kinds.size !== 1 || kind === undefined) return;
  // Not "the Architectural, Surveying, Planning and Landscape constituency": a describing word or
  // a verb's noun in "-ing" names nothing; "the State and Homeland Security Departments" does.
  for (const group of members) if (group.kind === null && !(group.words.length === 1 && /(?:ing|al)$/.test(group.words[0]!))) group.kind = kind;
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
