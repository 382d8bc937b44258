/**
 * What the words around one occurrence of a name say about its kind:
 * titles, speech verbs, pronouns, ages, apposition, "shares of", "in", "X founder".
 */
import type { Document, Token } from '../../document.js';
import { isRoleNoun } from '../people/roles.js';
import type { NameCandidate } from './candidates.js';
import { baseWord, isAgeInCommasAfter, isNumberInBracketsAfter, isPossessive } from './name-tokens.js';
import { weighBodyContext, weighOwnedByBody } from './body-context.js';
import { isTitle, isTitledOffice, isTitleModifier } from './offices.js';
import { weighDescriptors } from './descriptors.js';
import { isDateline } from './wire.js';
import { isClubCue } from './club-cues.js';
import { weighClub } from './clubs.js';
import type { Evidence } from './evidence.js';
import { hasAdjectiveEnding, isAffiliation, isOrganizationWord, isPlaceWord, KINSHIP_NOUNS, lexiconTags, LOCATIVE_PREPOSITIONS, MEDIA_NOUNS, MEMBER_TITLES, PLACES_WITHIN, ORGANIZATION_ROLES, REPORTING_VERBS, SPEECH_VERBS } from './lexicon.js';
import { gazetteerKinds, isKnownPlace } from './gazetteer.js';
import { weighLocativePhraseEnd } from './locatives.js';
import { isNationalityBeforeOffice } from './nationality-adjectives.js';


/** Kinds of landform, in lower case after a name: "the Meuse river", "the Mayon volcano". */
const LANDFORMS = new Set(['river', 'pass', 'mountain', 'mountains', 'lake', 'glacier', 'valley', 'peninsula', 'desert', 'plateau', 'delta', 'estuary', 'volcano', 'gorge', 'basin', 'lagoon', 'reservoir']);

/**
 * Clubs in sports copy are organizations, though many carry a city's name;
 * a country's national side stays a place (CoNLL convention).
 */
function weighSport(evidence: Evidence, doc: Document, candidate: NameCandidate, before: Token | undefined, next: Token | undefined): void {
  if (!isClubCue(doc, candidate, before, next)) return;
  const country = evidence.place >= 4;
  if (!country) weighClub(evidence, 4);
}

export function weighContext(evidence: Evidence, doc: Document, candidate: NameCandidate, last: Token): void {
  if (candidate.title) evidence.person += 3;
  if (isDateline(doc, candidate)) evidence.place += 4;
  // "the newest trailer for The Kardashians": a capitalised "The" mid-sentence opens a title.
  if (candidate.capitalisedThe) evidence.work += 3;
  const after = nextWords(doc, candidate.end, 3);
  const before = doc.tokens[candidate.first - (candidate.title ? 2 : 1)];
  const next = after[0];
  if (isPossessive(last)) {
    // "KoKo's mom"
    if (next && KINSHIP_NOUNS.has(next.normal)) evidence.person += 2;
    weighOwnedByBody(evidence, next, after[1]);
    // "the Kelvara Sheriff's office": an office named for its holder's title (shape.ts keeps
    // the title only where no known place or body precedes it).
    if (isTitledOffice(doc, candidate.end)) evidence.organization += 2;
    // "localist group Civic Passion's Wong Yeung-tat"
    weighDescriptors(evidence, doc, candidate);
    // "Civic Party's Jeremy Tam", "Google's Sergey Brin": a body's member, named in full.
    // Not "Obama's Affordable Care Act": the next word is a first name, or a Chinese name follows.
    const givenName = next !== undefined && (gazetteerKinds(next.text).has('firstName') || after[1]?.post === '-');
    if (givenName && after[1] && /^\p{Lu}/u.test(after[1].text) && !/\S/.test(next.post)) evidence.organization += 2;
    return;
  }
  weighSport(evidence, doc, candidate, before, next);
  // "House Speaker Newt Gingrich", "Labour Leader Tony Blair": the body that holds the office after it;
  // not "US President Barack Obama", "Texas Governor": a place the lists know holds it.
  // Not "Irish Prime Minister John Bruton": a nationality holds no office.
  // Not "Democratic Senator Tom Hale": a party's adjective holds no office.
  const adjective = candidate.end - candidate.first === 1 && hasAdjectiveEnding(candidate.text);
  if (!/\S/.test(last.post) && evidence.place < KNOWN_PLACE && opensBodyOffice(doc, candidate) && !isOfficeDomain(doc, candidate) && !isNationalityBeforeOffice(candidate.text) && !adjective) {
    evidence.organization += 2;
    // "Sinn Fein leader Gerry Adams ... Sinn Fein wants": the office in lower case says the name is a body's.
    if (LEADING_OFFICES.has(doc.tokens[candidate.end]!.text)) evidence.described += 1;
  }
  if (!adjective) weighMembership(evidence, doc, candidate);
  weighNationalityBefore(evidence, doc, candidate);
  weighDescriptors(evidence, doc, candidate);
  // "Chile's Senate", "Peru's Congress": a body's head word alone, owned by a place.
  const owner = doc.tokens[candidate.first - 1];
  if (candidate.end - candidate.first === 1 && owner !== undefined && isPossessive(owner) && isKnownPlace(baseWord(owner)) && isOrganizationWord(candidate.text)) evidence.organization += 2;
  weighBodyContext(evidence, doc, candidate.first, candidate.end);
  // "Lamar explained", "Lamar further clarified", "said Roth".
  // Companies speak too ("Airbus said"): a one-word name gets less from it than "Lamar Odom said",
  // and a describing noun overrides it ("Irish airline Aer Lingus said"; see settleWeakPerson).
  const speech = candidate.end - candidate.first > 1 ? 2 : 1;
  // "Analysts at Merrill Lynch said", "a spokesman for Kelvara Mining said": the name after a
  // preposition is no subject, and the verb is another's.
  const object = before !== undefined && OBJECT_PREPOSITIONS.has(before.normal) && !/\S/.test(before.post);
  // "Red Cross officials said": the plural after the name speaks, not the name.
  const speakers = next !== undefined && /^\p{Ll}/u.test(next.text) && next.tags.has('Plural') && !SPEECH_VERBS.has(next.normal);
  const subject = !lastIsComma(last) && !object && !speakers;
  // "an emergency in the Colca Valley and asked": "and" opens a verb of the sentence's subject.
  const verbs = next?.normal === 'and' ? [] : after.slice(0, 2);
  const speaks = subject && verbs.some((token) => SPEECH_VERBS.has(token.normal));
  const reports = subject && verbs.some((token) => REPORTING_VERBS.has(token.normal));
  // "The Kremlin said", "the White House said", "The Guardian cited": news writes no "the" before a person who speaks.
  // Not "the Russian joked": a nationality's noun is a person unnamed.
  const demonym = lexiconTags(candidate.text).includes('Demonym');
  if ((speaks || reports) && !candidate.title && before?.normal === 'the' && before.sentence === last.sentence && !demonym) evidence.organization += 3;
  else if (speaks) evidence.weakPerson += speech;
  if (before && SPEECH_VERBS.has(before.normal) && before.sentence === last.sentence) evidence.weakPerson += speech;
  // "she told the Hartford Courant", "according to the Daily Graphic": a paper or a broadcaster.
  if (before?.normal === 'the' && !candidate.title && isToldOrAccordingTo(doc, before.index)) evidence.organization += 3;
  weighPronoun(evidence, doc, candidate);
  // "the Dow Jones was down", "the Sea Org": news writes no "the" before a person's name;
  // but "the Monti government": the name modifies the noun after it.
  const modifier = next !== undefined && !/\S/.test(last.post) && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun');
  if (!candidate.title && before?.normal === 'the' && before.sentence === last.sentence && !/\S/.test(before.post) && !modifier) evidence.person -= 2;
  // "Raymond Roth, 48, of Massapequa"
  if (isAgeInCommasAfter(last, next)) evidence.person += 2;
  // "Urs Brunner, aged 52, survived"; not "died at his home in Lagos, aged 81,": a place the person died in.
  const agedAfter = lastIsComma(last) && next?.normal === 'aged' && /^\d{1,3}$/.test(after[1]?.text ?? '') && /^[,.]/.test(after[1]!.post);
  if (agedAfter && !LOCATIVE_PREPOSITIONS.has(before?.normal ?? '') && !isKnownPlace(candidate.text)) evidence.person += 2;
  // "The Good American founder", "shares of Airbus"
  // "the A350 jets" name the product, not its maker.
  // "Bundesbank vice-president": a role written with a hyphen is one word here.
  const role = next && next.post === '-' && after[1] ? `${next.normal}-${after[1].normal}` : next?.normal;
  if (role !== undefined && ORGANIZATION_ROLES.has(role) && !lastIsComma(last) && !/\d/.test(candidate.text)) evidence.organization += 3;
  // "told France Inter radio"; not "Elvis Presley television specials", a given name, nor "by Danish television", a nationality.
  if (role !== undefined && MEDIA_NOUNS.has(role) && !lastIsComma(last) && !gazetteerKinds(baseWord(doc.tokens[candidate.first]!)).has('firstName') && !isNationalityBeforeOffice(candidate.text)) {
    evidence.organization += 3;
  }
  // "Garuda Indonesia Flight 200": the airline that flies it.
  if (next?.text === 'Flight' && /^\d/.test(after[1]?.text ?? '') && !/\S/.test(last.post)) evidence.organization += 3;
  // "shares of Kelvin Marsh", "shares in Tobias Quill": only a company has shares, whatever its name's words say.
  if (before && /^(of|in)$/.test(before.normal) && /^(shares|stock)$/.test(doc.tokens[before.index - 1]?.normal ?? '')) {
    evidence.organization += 3.5;
    evidence.described += 1;
  }
  // "Raymond Roth, 48, of Massapequa": where a person named with an age is from.
  if (before?.normal === 'of' && /^\d{1,3}$/.test(doc.tokens[before.index - 1]?.text ?? '') && /,/.test(doc.tokens[before.index - 1]!.post)) evidence.place += 2;
  // "residents of West Kelowna", "the people of Tarnów": those who live in a place.
  if (before?.normal === 'of' && /^(residents|inhabitants|citizens|natives|villagers|townspeople)$/.test(doc.tokens[before.index - 1]?.normal ?? '')) evidence.place += 2;
  // "a Massapequa man", "the Brooklyn resident"
  if (next && /^(man|woman|resident|residents|native|couple|family|boy|girl|teen|teenager)$/.test(next.normal) && !/\S/.test(last.post)) evidence.place += 1.5;
  // "the West Bank town of Hebron", "the Kelvara port of Osk": a place holds the place it names.
  if (next && PLACES_WITHIN.has(next.normal) && after[1]?.normal === 'of' && !/\S/.test(last.post)) evidence.place += 3;
  // "the Meuse river", "over the Grossglockner pass": a landform named, then its kind in lower case.
  if (next && LANDFORMS.has(next.text) && !/\S/.test(last.post)) evidence.place += 2;
  // "the town of Grace-Hollogne", "the city of Kelvara": a place named by its kind.
  const kindOfPlace = before?.normal === 'of' ? doc.tokens[before.index - 1] : undefined;
  if (kindOfPlace && PLACES_WITHIN.has(kindOfPlace.normal) && !/\S/.test(kindOfPlace.post)) evidence.place += 3;
  // "Roth's wife, Evana, told ...": named in apposition to a role.
  // "The wounded guard, Lucky Dlamini (41), was": or with an age in brackets closing it.
  const bracketedAge = isNumberInBracketsAfter(last, next) && /^\s*\)\s*,/.test(next.post);
  if (before && (isRoleNoun(before) || KINSHIP_NOUNS.has(before.normal)) && /^\s*,\s*$/.test(before.post) && (lastIsComma(last) || bracketedAge)) evidence.person += 3;
  // "Goldman Sachs analyst Rod Hall", "NBA star Tristan Thompson": a role noun just before the name.
  if (before && isRoleNoun(before) && before.sentence === last.sentence && !/\S/.test(before.post)) evidence.person += 2;
  // "in Las Vegas", "from Paris"
  if (before && LOCATIVE_PREPOSITIONS.has(before.normal)) evidence.place += 0.5;
  // "courts in Marshall": a given name alone, "in" somewhere, is a town's name more often than a person's.
  const kinds = gazetteerKinds(candidate.text);
  const givenName = candidate.end - candidate.first === 1 && (kinds.has('firstName') || kinds.has('wordFirstName'));
  if (before && /^(in|near|outside)$/.test(before.normal) && givenName) evidence.place += 1.5;
  weighLocativePhraseEnd(evidence, doc, candidate);
}

/**
 * The first personal pronoun after the name in its sentence, with no other
 * capitalised word between: "Airbus said its ..." (an organization),
 * "Roth said he ..." (a person).
 */
function weighPronoun(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  const sentence = doc.tokens[candidate.first]!.sentence;
  // Only a subject: "Airbus said its", "Kelvara said it", "Lamar admitted he"; not "told Newsday she".
  const next = doc.tokens[candidate.end];
  // Not "the union, led by Zbigniew Nowicki, said it": a comma parts the name from the verb's subject.
  if (/[,;]/.test(doc.tokens[candidate.end - 1]!.post)) return;
  if (!next || next.sentence !== sentence || !(next.tags.has('Verb') || next.tags.has('Adverb'))) return;
  for (let i = candidate.end; i < Math.min(doc.tokens.length, candidate.end + 8); i++) {
    const token = doc.tokens[i]!;
    if (token.sentence !== sentence || /^\p{Lu}/u.test(token.text)) return;
    // Stronger than one speech verb: no company is "he" ("Mushtaq trapped him").
    if (/^(he|she|him|his|her|hers|himself|herself)$/.test(token.normal)) {
      evidence.person += 2.5;
      return;
    }
    // "MSF said it was building": "it" as the subject after a speech verb.
    const itSpoken = token.normal === 'it' && SPEECH_VERBS.has(doc.tokens[i - 1]?.normal ?? '');
    if (/^(its|itself)$/.test(token.normal) || itSpoken) {
      evidence.organization += 1.5;
      return;
    }
  }
}

/** "told the", "according to the": what follows is a paper or a broadcaster, never a person. */
function isToldOrAccordingTo(doc: Document, the: number): boolean {
  const previous = doc.tokens[the - 1];
  if (previous === undefined || /\S/.test(previous.post)) return false;
  if (/^(told|tells|telling)$/.test(previous.normal)) return true;
  return previous.normal === 'to' && doc.tokens[the - 2]?.normal === 'according';
}

/** Prepositions whose object is no subject of the verb after it ("with Tom Hale saying" is). */
const OBJECT_PREPOSITIONS = new Set(['at', 'for', 'of', 'in', 'from', 'by', 'on', 'near']);

/** What the lists give a known city (3), region or country. */
const KNOWN_PLACE = 3;

/**
 * Offices of a town or a state, whose name goes before them ("Riverton Mayor Lena Ortiz"),
 * and courtesy titles, which hold no office ("for Education Mr. Toccafondi").
 */
const NOT_BODY_OFFICES = new Set(['mayor', 'governor', 'sheriff', 'councillor', 'councilor', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lady', 'lord', 'prof', 'rev']);

const LEADING_OFFICES = new Set(['leader', 'president', 'chairman', 'chairwoman']);

/** "Speaker Newt", "Majority Leader Trent": a capitalised office, then its holder's name. */
function opensBodyOffice(doc: Document, candidate: NameCandidate): boolean {
  const index = candidate.end;
  const title = isTitleModifier(doc.tokens, index) ? index + 1 : index;
  const token = doc.tokens[title];
  const holder = doc.tokens[title + 1];
  // "Sinn Fein leader Gerry Adams", "Kelvara Telecom chairman Tam Rask": a body's own office in lower case;
  // not "Clinton aide George Stephanopoulos".
  const capitalised = /^\p{Lu}/u.test(token?.text ?? '') || LEADING_OFFICES.has(token?.text ?? '');
  if (!token || !holder || !capitalised || !/^\p{Lu}/u.test(holder.text) || NOT_BODY_OFFICES.has(token.normal)) return false;
  return isTitle(token) && token.sentence === holder.sentence;
}

/**
 * "Labour MP Tom Hale", "the SNP MP for Osk": a party before a member's title, and his
 * constituency after "for"; a place the lists know before the title is the constituency ("Leeds MP").
 * Not "Conservative MP": the caller leaves out a party's adjective.
 */
function weighMembership(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  const next = doc.tokens[candidate.end];
  const last = doc.tokens[candidate.end - 1]!;
  if (next && MEMBER_TITLES.has(next.text) && !/\S/.test(last.post) && evidence.place < KNOWN_PLACE) evidence.organization += 2;
  const before = doc.tokens[candidate.first - 1];
  const title = doc.tokens[candidate.first - 2];
  if (before?.normal === 'for' && title && MEMBER_TITLES.has(title.text) && !/\S/.test(title.post)) evidence.place += 2;
}

/**
 * "South African Mandla Khumalo", "Welshman Owain Llewellyn": a nationality or a member's noun
 * just before a name of two or three plain words says a person (shape.ts cut it off the name).
 */
function weighNationalityBefore(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  const before = doc.tokens[candidate.first - 1];
  const count = candidate.end - candidate.first;
  if (before === undefined || /\S/.test(before.post) || count < 2 || count > 3 || candidate.title) return;
  const word = baseWord(before);
  if (!lexiconTags(word).includes('Demonym') && !isAffiliation(word)) return;
  const plain = doc.tokens.slice(candidate.first, candidate.end).every((token) => !isOrganizationWord(baseWord(token)) && !isPlaceWord(baseWord(token)));
  if (plain) evidence.person += 2;
}

/** Titles whose holders have a domain before them: "Interior Minister", "Home Secretary". */
const DOMAIN_TITLES = new Set(['minister', 'secretary', 'commissioner', 'undersecretary']);

/**
 * "Interior Minister Manfred Kanther", "Foreign Secretary Malcolm Rifkind": one
 * word before a minister's title is the ministry's domain, no body; not an
 * acronym or a company the lists know ("EU Commissioner Tam Rask").
 */
function isOfficeDomain(doc: Document, candidate: NameCandidate): boolean {
  const title = doc.tokens[candidate.end];
  if (title === undefined || !DOMAIN_TITLES.has(title.normal) || candidate.end - candidate.first !== 1) return false;
  return /^\p{Lu}\p{Ll}/u.test(candidate.text) && !gazetteerKinds(candidate.text).has('company');
}

function nextWords(doc: Document, from: number, count: number): Token[] {
  const sentence = doc.tokens[from - 1]?.sentence;
  return doc.tokens.slice(from, from + count).filter((token) => token.sentence === sentence);
}

function lastIsComma(token: Token): boolean {
  return token.post.trim().startsWith(',');
}
