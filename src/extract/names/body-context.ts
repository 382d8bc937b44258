/**
 * Words around a name that business and wire copy use for companies and other
 * bodies, and a few for the people quoted about them:
 *
 *   "Kmart's chief executive", "Apple's quarterly profit"   what a body has
 *   "a spokesman for Compaq", "analysts at Salomon"        who speaks for it
 *   "Microsoft said in a statement"                        how it speaks
 *   "quoted Djamal as saying"                              a person quoted
 *   "Nick Rhodes of Duran Duran"                           what a person is "of"
 */
import type { Document, Token } from '../../document.js';
import type { Evidence } from './evidence.js';
import { isFirstName } from './offices.js';
import { isHoldingIn } from './locatives.js';

/** What a body has, after its possessive: "Kmart's chief executive". */
const OWNED_BY_BODIES = new Set([
  'shares', 'stock', 'shareholders', 'employees', 'workers', 'headquarters', 'subsidiary',
  'subsidiaries', 'board', 'ceo', 'founder', 'co-founder', 'profit', 'profits', 'revenue',
  'revenues', 'earnings', 'quarterly', 'stake', 'unit', 'division', 'merger', 'takeover',
  'shareholder', 'chairman', 'spokesman', 'spokeswoman', 'spokesperson',
]);

/** Who speaks or acts for a body: "a spokesman for Compaq", "State Department officials said". */
export const PEOPLE_OF_BODIES: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'staff', 'chairman',
]);

/**
 * Who works for a body, or what it has, before "for", "at", "with" or "in" and its name:
 * "analysts at Salomon", "a stake in Fiat".
 */
const MEMBERS_OF_BODIES = new Set([
  ...PEOPLE_OF_BODIES, 'analyst', 'analysts', 'executive', 'executives', 'employee', 'employees', 'workers',
  'economist', 'economists', 'strategist', 'strategists', 'shares', 'stake', 'director', 'directors', 'researchers', 'scientists',
]);

/** What bodies do "by": "chartered by", "operated by"; not "owned by", which people are too. */
const DONE_BY_BODIES = new Set(['chartered', 'operated', 'leased', 'underwritten', 'insured']);

/** What a body has "of": "a unit of", "a subsidiary of". */
const PARTS_OF_BODIES = new Set(['unit', 'units', 'subsidiary', 'subsidiaries', 'division', 'affiliate', 'arm']);

/** Members of a body, who work "at" it; not "staff at" or "officials at", who work at places too. */
const STAFF = new Set([
  'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists',
  'executive', 'executives', 'employee', 'employees', 'researchers', 'scientists', 'directors',
]);

/** "analysts at", "directors at": people who work at a body, which is no place here. */
export function isStaffAt(doc: Document, preposition: Token): boolean {
  const member = doc.tokens[preposition.index - 1];
  return preposition.normal === 'at' && member !== undefined && STAFF.has(member.normal);
}

/** After a possessive name: "Kmart's chief executive", "Apple's profit". */
export function weighOwnedByBody(evidence: Evidence, next: Token | undefined, second: Token | undefined): void {
  if (!next) return;
  const chiefExecutive = next.normal === 'chief' && second?.normal === 'executive';
  if (chiefExecutive || OWNED_BY_BODIES.has(next.normal)) evidence.organization += 3;
}

export function weighBodyContext(evidence: Evidence, doc: Document, first: number, end: number): void {
  const sentence = doc.tokens[first]!.sentence;
  const after = doc.tokens.slice(end, end + 4).filter((token) => token.sentence === sentence);
  const before = doc.tokens[first - 1];
  const member = doc.tokens[first - 2];
  // "a spokesman for Compaq", "analysts at Salomon Brothers", "a stake in Fiat"
  // Not "a district official in Dhemaji", "analysts in London": people are "in" a place, stakes "in" a body.
  const heldIn = before?.normal !== 'in' || isHoldingIn(doc, before);
  if (before && /^(for|at|with|in)$/.test(before.normal) && member && MEMBERS_OF_BODIES.has(member.normal) && heldIn) {
    evidence.organization += 2;
    // "analysts at Merrill Lynch", "economists at Kelvin Hatch": people work at a body, never at
    // a person, so a given name in it counts for nothing ("a spokesman for Tom Hale" may be his).
    if (before.normal === 'at' && STAFF.has(member.normal)) {
      evidence.organization += 1.5;
      evidence.described += 1;
    }
  }
  // "chartered by Elf Aquitaine", "a unit of Norsk Hydro": what a body does, or a body's part; that
  // the name speaks elsewhere makes no person of it.
  if (before && member && !/\S/.test(before.post) && ((before.normal === 'by' && DONE_BY_BODIES.has(member.normal)) || (before.normal === 'of' && PARTS_OF_BODIES.has(member.normal)))) {
    evidence.organization += 2;
    evidence.described += 1;
  }
  // "Microsoft said in a statement"
  const [verb, preposition, determiner, noun] = after;
  if (verb?.normal === 'said' && preposition?.normal === 'in' && determiner?.normal === 'a' && noun?.normal === 'statement') {
    evidence.organization += 2;
  }
  // "Nick Rhodes of Duran Duran", "Peter Cardillo of Westfalia", "Gary Fan of the Neo Democrats":
  // a person is "of" a body or a place.
  const of = before?.normal === 'the' ? member : before;
  if (of?.normal === 'of' && !/\S/.test(of.post) && !/\S/.test(before!.post) && followsFullName(doc, of.index)) {
    evidence.person -= 3;
    evidence.organization += 1;
  }
  // "quoted Djamal as saying": more than a speech verb, which a company shares.
  if (before?.normal === 'quoted' && after[0]?.normal === 'as' && after[1]?.normal === 'saying') evidence.person += 2.5;
}

/** "Nick Rhodes| of": a known first name and a capitalised word just before `of`, in one breath. */
function followsFullName(doc: Document, of: number): boolean {
  const surname = doc.tokens[of - 1];
  const given = doc.tokens[of - 2];
  if (!surname || !given || surname.sentence !== doc.tokens[of]!.sentence) return false;
  const glued = !/\S/.test(given.post) && !/\S/.test(surname.post);
  return glued && /^\p{Lu}\p{Ll}/u.test(surname.text) && isFirstName(given.text);
}
