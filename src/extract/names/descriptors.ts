/**
 * Common nouns that say what kind of thing a name is, next to it:
 *
 *   "insurance firm AIG", "airline Aer Lingus"        a noun before the name
 *   "Yonhap news agency", "the Sea Org group"         a noun after it
 *   "Airbus, Europe's biggest aircraft manufacturer"  the head of an apposition
 *   "Tietmeyer, the Bundesbank president,"            a person's role closing one
 *   "Everett, a city north of Seattle"
 */
import type { Document, Token } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { isCommonWord, type Evidence } from './evidence.js';
import { PERSON_TITLES } from './lexicon.js';
import { isRoleNoun } from '../people/roles.js';

/** Heads of noun phrases that describe an organization. */
export const ORGANIZATION_NOUNS = new Set([
  'airline', 'airlines', 'carrier', 'company', 'firm', 'maker', 'manufacturer', 'airframer',
  'automaker', 'carmaker', 'group', 'agency', 'magazine', 'newspaper', 'daily', 'tabloid',
  'broadcaster', 'network', 'television', 'band', 'club', 'party', 'bank', 'lender', 'insurer',
  'retailer', 'brewer', 'conglomerate', 'organization', 'organisation', 'charity', 'union',
  'association', 'startup', 'start-up', 'operator', 'consortium', 'publisher', 'studio',
  'label', 'developer', 'supplier', 'giant', 'corporation', 'institute', 'university', 'website',
  'outlet', 'broadsheet', 'ministry', 'regulator', 'watchdog', 'militia', 'movement', 'lobby',
  // "the religious schools Santo Spirito and Immacolata"
  'school', 'college', 'hospital',
  // "from French side Lille", "Spanish team Movistar"
  'side', 'team', 'outfit',
]);

/** Heads of noun phrases that describe a place. */
export const PLACE_NOUNS = new Set([
  'city', 'town', 'village', 'country', 'state', 'province', 'region', 'capital', 'island',
  'suburb', 'port', 'district', 'county', 'nation', 'territory', 'municipality', 'borough',
  // "Lhotse, the world's fourth-highest mountain"
  'mountain', 'peak', 'volcano', 'river', 'lake', 'glacier', 'desert', 'peninsula', 'archipelago', 'resort',
]);

/**
 * Describing nouns that also stand before a person's name ("property developer
 * Tam Rask", "veteran broadcaster ...") or end a phrase before a clause's subject
 * ("at the party Rask said"): they weigh, but do not say that the name is a body.
 */
const NOT_ONLY_BODIES = new Set([
  'maker', 'brewer', 'operator', 'publisher', 'developer', 'supplier', 'giant', 'broadcaster',
  'regulator', 'retailer', 'group', 'band', 'club', 'party', 'union', 'network', 'television',
  'movement', 'label', 'daily',
]);

/** Agent nouns that name companies as often as people: "the country's second-largest steelmaker". */
const COMPANY_AGENTS = /(?:maker|producer|manufacturer|supplier|exporter|importer|operator|retailer|lender|insurer|builder|carrier|distributor|developer|publisher|brewer|refiner|trader|broker|owner)$/;

/** Modifiers a describing phrase may hold before its head: "Europe's biggest aircraft manufacturer". */
const MAX_PHRASE = 5;

export function weighDescriptors(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  const before = doc.tokens[candidate.first - (candidate.title ? 2 : 1)];
  const last = doc.tokens[candidate.end - 1]!;
  // "insurance firm AIG"; not "the firm, AIG said": nothing between noun and name.
  if (before && isDescribingNoun(before, true) && !/\S/.test(before.post)) {
    // "the Italian agency Rosa Associati": a noun only bodies have outweighs a first name in the name.
    const onlyBodies = !NOT_ONLY_BODIES.has(singular(before)) || isCompoundBodyNoun(doc, before);
    add(evidence, before, onlyBodies ? 3.5 : 3);
    if (onlyBodies) evidence.described += 1;
  }
  // "the CBI director, Joginder Pal Malhotra.": a role in lower case and a comma before the name,
  // which closes the phrase; not "the candidate, Liberal Party backbencher Anthony Bertolini".
  const roleBefore = doc.tokens[candidate.first - 1];
  const following = doc.tokens[candidate.end];
  const closes = /\S/.test(last.post) || following === undefined || following.tags.has('Verb');
  if (!candidate.title && roleBefore && isPersonRole(roleBefore) && closes) evidence.person += 3;
  if (/\S/.test(last.post)) {
    // "Airbus, Europe's biggest aircraft manufacturer,"
    // "Tietmeyer, the Bundesbank president,": a person's role, where the apposition closes after it.
    if (/^\s*,\s*$/.test(last.post)) {
      const head = appositionHead(doc, candidate.end);
      if (head && isDescribingNoun(head)) add(evidence, head, 3);
      // "Sukirman, a 62-year-old dairy farmer,": a role noun of people heads it.
      else if (head && (isPersonRole(head) || (isRoleNoun(head) && !COMPANY_AGENTS.test(head.normal)))) evidence.person += 3;
    }
    return;
  }
  // "Yonhap news agency", "Old Mutual insurance company";
  // not "the Internet security firm": a capitalised common word only modifies the noun.
  if (candidate.end - candidate.first === 1 && isCommonWord(candidate.text)) return;
  const next = doc.tokens[candidate.end];
  const second = doc.tokens[candidate.end + 1];
  if (next && isDescribingNoun(next)) add(evidence, next, 2);
  else if (next && second && isModifier(next) && !/\S/.test(next.post) && isDescribingNoun(second)) add(evidence, second, 2);
}

function add(evidence: Evidence, noun: Token, weight: number): void {
  if (ORGANIZATION_NOUNS.has(singular(noun))) evidence.organization += weight;
  else evidence.place += weight;
}

/**
 * A plural describes only names after it, a list: "the schools Santo Spirito and
 * Immacolata"; after a name it is what the name qualifies: "the G7 nations".
 */
function isDescribingNoun(token: Token, pluralAllowed = false): boolean {
  // "publishers Jann Wenner and ...": a plural of a noun for people too describes no body.
  const noun = pluralAllowed && !NOT_ONLY_BODIES.has(singular(token)) ? singular(token) : token.normal;
  return /^\p{Ll}/u.test(token.text) && (ORGANIZATION_NOUNS.has(noun) || PLACE_NOUNS.has(noun));
}

/** Nouns of bodies alone once a noun modifies them: "pilots union", "rock band", "football club". */
const COMPOUND_BODY_HEADS = new Set(['union', 'club', 'party', 'band', 'group', 'movement', 'label', 'network']);

/**
 * "the pilots union Vereinigung Cockpit", "rock band Duran Duran": a noun before the
 * head names the body's trade, and no phrase ends there ("at the party Rask said").
 */
function isCompoundBodyNoun(doc: Document, head: Token): boolean {
  const modifier = doc.tokens[head.index - 1];
  if (!COMPOUND_BODY_HEADS.has(singular(head)) || modifier === undefined || /\S/.test(modifier.post)) return false;
  return isModifier(modifier) && modifier.tags.has('Noun') && !modifier.tags.has('Determiner');
}

/** "schools" -> "school", "companies" -> "company". */
function singular(token: Token): string {
  const word = token.normal;
  if (!token.tags.has('Plural')) return word;
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, '');
}

/** "news" in "news agency": a lower-case noun or adjective, no verb. */
function isModifier(token: Token): boolean {
  return /^\p{Ll}/u.test(token.text) && (token.tags.has('Noun') || token.tags.has('Adjective')) && !token.tags.has('Verb') && !token.tags.has('Pronoun');
}

/** "president" in "Tietmeyer, the Bundesbank president,": a title in lower case that closes the apposition. */
function isPersonRole(head: Token): boolean {
  return PERSON_TITLES.has(head.normal) && /^\p{Ll}/u.test(head.text) && /^\s*,/.test(head.post);
}

/**
 * The name's last token, then an apposition that says what the name is: a person's role
 * ("Tietmeyer, the Bundesbank president,") or a body or a place ("Copa, the EU farmers' lobby").
 */
export function isFollowedByDescribingApposition(doc: Document, last: Token): boolean {
  const head = /^\s*,\s*$/.test(last.post) ? appositionHead(doc, last.index + 1) : null;
  return head !== null && (isPersonRole(head) || isDescribingNoun(head));
}

/**
 * The head of "the/a/X's (modifiers) noun" after a comma, where the phrase ends
 * at punctuation or a preposition: "the capital of France" -> "capital".
 */
function appositionHead(doc: Document, from: number): Token | null {
  const opener = doc.tokens[from];
  if (!opener || !(/^(the|a|an)$/.test(opener.normal) || /['’]s$/.test(opener.text))) return null;
  for (let i = from + 1; i < from + 1 + MAX_PHRASE; i++) {
    const token = doc.tokens[i];
    if (!token || token.sentence !== opener.sentence) return null;
    // "Ecoservizi Puglia SpA, a company whose chief executive ...": the head comes before its clause.
    if (/^(who|whose|which|that)$/.test(token.normal)) return i > from + 1 ? doc.tokens[i - 1]! : null;
    // "the EU farmers' lobby": a plural's possessive goes on to the head.
    const possessive = /^['’]\s*$/.test(token.post);
    const ends = (/\S/.test(token.post) && token.post !== '-' && !possessive) || token.tags.has('Preposition') || doc.tokens[i + 1]?.tags.has('Preposition') === true;
    if (token.tags.has('Preposition') || token.tags.has('Verb')) return null;
    if (ends) return token;
  }
  return null;
}
