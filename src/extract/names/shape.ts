/**
 * Turns a run of capitalised words into the names it holds: titles and "the"
 * stay outside, a title inside the run starts a new name, a known place glued
 * to a person's name is cut off (run-splits.ts).
 *
 *   "President Donald Trump"                 -> "Donald Trump" (title President)
 *   "Secretary of State Rex Tillerson"       -> "Rex Tillerson"
 *   "Afghan Ambassador Hamdullah Mohib"      -> "Afghan", "Hamdullah Mohib"
 *   "United States Hamdullah Mohib"          -> "United States", "Hamdullah Mohib"
 *   "General Motors"                         -> "General Motors" (a company, not a title)
 */
import type { Document, Token } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { isAllCapitalsLine } from './document-words.js';
import { baseWord, isCompanyWithPossessive, isPossessive, UPPER } from './name-tokens.js';
import { type GazetteerKind, gazetteerKinds, isKnownPlace, isListed } from './gazetteer.js';
import { isCaseUninformativeInTitle } from './headline.js';
import { isOnlyParticles, isParticle } from './particles.js';
import { isStandingsRow } from './standings.js';
import { isScoreLine } from './wire.js';
import { CLUB_ROLES, MATCH_WORDS } from './club-cues.js';
import { isPrefixedRole } from './compounds.js';
import { INSTITUTION_HEADS, isGeneration, isLegalForm, isLowerCaseLegalForm, isOrganizationWord, isPlaceWord, isRoadNumber, isStateAbbreviation, lexiconTags, PERSON_TITLES } from './lexicon.js';
import { affiliationBeforePerson, bodyBeforePerson, domainOwnerEnd, isCompassNationality, isNationality, isPlaceBeforeAffiliation, placeBeforePerson } from './run-splits.js';
import { holdsOffice, innerTitle, isFirstName, isNamedDomain, isOfficeConnector, isOfficeWithoutPerson, isTitle, isTitledOffice, isTitleModifier, isTitleWord, personAfterDomain } from './offices.js';
import { isRoleWord } from '../people/roles.js';
import { isNationalityWord, isTwoWordNationality } from './nationality-adjectives.js';

export function shape(doc: Document, first: number, end: number): NameCandidate[] {
  if (first >= end) return [];
  let title: Token | null = null;
  let capitalisedThe = false;
  const whole = doc.text.slice(doc.tokens[first]!.start, doc.tokens[end - 1]!.end);
  const isCompany = gazetteerKinds(whole).has('company') || isOrganizationWord(baseWord(doc.tokens[end - 1]!));
  // "Saint Kitts and Nevis", "General Santos": a place the lists know whole keeps its title-like first word.
  // "King Shaka International Airport", "Queen Elizabeth Hospital": a building named for a titled person keeps the title.
  const building = end - first > 2 && INSTITUTION_HEADS.has(baseWord(doc.tokens[end - 1]!).toLowerCase()) && isPlaceWord(baseWord(doc.tokens[end - 1]!));
  const keepsTitle = isCompany || building || ['country', 'region', 'city'].some((kind) => gazetteerKinds(whole).has(kind as GazetteerKind));
  while (first < end) {
    const token = doc.tokens[first]!;
    const lower = baseWord(token).toLowerCase();
    // "The Hague": a place the lists know with its article keeps it.
    if (lower === 'the' && !isKnownPlace(whole)) {
      capitalisedThe = token.text === 'The' && first > 0 && doc.tokens[first - 1]!.sentence === token.sentence;
      first++;
    } else if (first + 1 < end && isStancePrefix(doc.tokens[first - 1])) {
      // "Pro-Beijing DAB's Starry Lee": the camp is no part of the party's name.
      first++;
    } else if (first + 2 < end && HONOURS_OF_TWO_WORDS.has(`${token.text} ${doc.tokens[first + 1]!.text}`)) {
      // "Tan Sri Lim Boon Kiat": an honour of two words, whose words alone are a surname ("Tan") or a given name ("Sri").
      title = doc.tokens[first + 1]!;
      first += 2;
    } else if (first + 2 < end && isRoleBeforeFullName(doc, first)) {
      // "Paceman Andy Bichel took four wickets", "Promoter Don King said": a role opening the sentence.
      first++;
    } else if (WEEKDAYS.test(lower) && first + 1 < end) {
      // "On Monday Skyvia ordered jets": the day is a date, not part of the name.
      first++;
    } else if (first + 2 < end && isPrefixedRole(token, doc.tokens[first + 1]!)) {
      // "Ex-President Jimmy Carter": the prefix goes with its title; "Co-founder Paul Allen": the whole compound goes.
      const glued = doc.tokens[first + 1]!;
      first += /^\p{Ll}/u.test(glued.text) ? 2 : 1;
    } else if (!keepsTitle && isTitleModifier(doc.tokens, first) && first + 1 < end) {
      // "Majority Leader Trent Lott", "the Majority Leader's office": the modifier goes with its title.
      title = token;
      first++;
    } else if (!keepsTitle && isTitle(token) && first + 1 < end && !isOrganizationWord(baseWord(doc.tokens[first + 1]!))) {
      // ("General Assembly", "Major League Baseball": a title-like word before a body's head word stays.)
      title = token;
      first++;
      // "Minister for Foreign Affairs Alexander Downer": the office's domain goes with the title;
      // "the Prime Minister of Singapore": a lone domain is a name of its own.
      if (isOfficeConnector(doc.tokens[first])) {
        // "Chancellor of the Exchequer Kenneth Clarke": the domain starts after "the".
        const domain = doc.tokens[first + 1]?.normal === 'the' ? first + 2 : first + 1;
        const person = personAfterDomain(doc, domain, end);
        // "CEO of the Refugee Council Enver Solomon", "Minister of Singapore Lee Hsien Loong": a named domain is a name of its own.
        const body = bodyBeforePerson(doc, domain, end);
        if (body > domain) return [...shape(doc, domain, body), ...shape(doc, body, end)];
        if (person < end && isNamedDomain(doc, domain, person)) return [...shape(doc, domain, person), ...shape(doc, person, end)];
        if (person < end) first = person;
        else if (isNamedDomain(doc, domain, end)) {
          // "CEO of Boeing Commercial Airplanes": the title is someone else's.
          first += 1;
          title = null;
        }
        else return [];
      }
    } else break;
  }
  // "Chairman and Chief Operating Officer of AirTran Airways": the office goes, the company stays.
  const domain = isCompany ? officeDomain(doc, first, end) : -1;
  if (domain > first) return shape(doc, domain, end);
  // "the Prime Minister said", "Malaysia's Prime Minister": an office, no name.
  // "the Prime Minister's visit": a possessive title too.
  if (first + 1 === end && isTitleWord(doc.tokens[first]!) && (title !== null || isDefinite(doc, first))) return [];
  // "Bank of" -> "Bank"; "Afghan Ambassador" -> "Afghan"; but "Cheung Chung-tai" keeps "tai",
  // and "Stephen King" his surname.
  // "the Los Angeles Sheriff's office" -> "Los Angeles": the office is named by its holder's title.
  // "Sun Yat-sen" keeps "sen", a syllable, not "Sen." the senator.
  // "International Court of Justice": a title-like word after "of" is the body's domain.
  // "Centre for Environmental Justice": nor after a body's "for" and its domain.
  const inBodyDomain = (i: number): boolean => doc.tokens.slice(first + 1, i).some((token) => (token.normal === 'for' || token.normal === 'of') && isOrganizationWord(baseWord(doc.tokens[token.index - 1]!)));
  const trailingTitle = (i: number): boolean => (isTitle(doc.tokens[i]!) && doc.tokens[i - 1]?.normal !== 'of' && !inBodyDomain(i)) || (isTitledOffice(doc, i + 1) && holdsOffice(doc, first, i));
  const endsInTitle = (i: number): boolean => trailingTitle(i) && !isFirstName(baseWord(doc.tokens[i - 1]!)) && doc.tokens[i - 1]!.post !== '-';
  // (Not "Interstate 65": a road's number.)
  const trailingLowerCase = (i: number): boolean =>
    !UPPER.test(doc.tokens[i]!.text) && doc.tokens[i - 1]?.post !== '-' && !isLowerCaseLegalForm(doc.tokens[i]!.text) && !isRoadNumber(doc.tokens[i - 1]?.text ?? '', doc.tokens[i]!.text);
  // "D. J. Whitcombe QC", "Tom Hale MP": letters after a name, outside it.
  const postNominal = (i: number): boolean => POST_NOMINALS.has(doc.tokens[i]!.text) && /^\p{Lu}\p{Ll}/u.test(doc.tokens[i - 1]!.text);
  while (end > first && (trailingLowerCase(end - 1) || (end - first > 1 && (endsInTitle(end - 1) || postNominal(end - 1))))) end--;
  // "stocks in Asia Monday", "Boeing Tuesday said": a weekday after the name is the date.
  if (end - first > 1 && WEEKDAYS.test(baseWord(doc.tokens[end - 1]!).toLowerCase()) && !isClubOfTown(doc, first, end)) {
    end--;
    while (end > first && trailingLowerCase(end - 1)) end--;
  }
  // "Air France Flight 447": the flight is the airline's, its number no name.
  if (end - first > 1 && /^Flight$/.test(doc.tokens[end - 1]!.text) && /^\d/.test(doc.tokens[end]?.text ?? '')) end--;
  // "De", "von der": particles alone.
  if (first >= end || isOnlyParticles(doc.tokens.slice(first, end).map(baseWord))) return [];
  const inner = isCompany ? -1 : innerTitle(doc, first, end);
  // "United Nations High Commissioner for Refugees": a body's office, no person after it, names a body.
  // Not "European Commissioner for Competition": a nationality is no body.
  if (inner > first && isOfficeWithoutPerson(doc, inner, end) && !isNationality(doc, first, inner)) return [candidate(doc, first, end, null, capitalisedThe)];
  if (inner > first) return [...shape(doc, first, domainOwnerEnd(doc, first, inner)), ...shape(doc, inner, end)];
  // "American Pete Sampras", "Democrat Nancy Pelosi": who the person is, then the name.
  // "South Korean merchant bank", "North Korean troops": a nationality of two words names nothing.
  if (!isCompany && end - first === 2 && isCompassNationality(doc, first) && !isKnownPlace(whole)) return [];
  const affiliation = isCompany ? 0 : affiliationBeforePerson(doc, first, end);
  // ("South African", two words, is a nationality, which names nothing.)
  if (affiliation > 0) return [...(affiliation === 1 ? shape(doc, first, first + 1) : []), ...shape(doc, first + affiliation, end)];
  // "a California Democrat", "the Texas Republican": the place, then a party's member.
  if (!isCompany && isPlaceBeforeAffiliation(doc, first, end)) return shape(doc, first, end - 1);
  const body = isCompany ? -1 : bodyBeforePerson(doc, first, end);
  if (body > first) return [...shape(doc, first, body), ...shape(doc, body, end)];
  const place = isCompany ? -1 : placeBeforePerson(doc, first, end);
  if (place > first) return [...shape(doc, first, place), ...shape(doc, place, end)];
  return [candidate(doc, first, end, title, capitalisedThe)];
}

/** "Chief Operating Officer of AirTran Airways" -> the index of "AirTran"; else -1. */
function officeDomain(doc: Document, first: number, end: number): number {
  for (let i = first + 1; i < end - 1; i++) {
    if (doc.tokens[i]!.normal !== 'of') continue;
    if (!isTitle(doc.tokens[i - 1]!)) return -1;
    // "Chief Operating Officer": titles and ordinary words, no name.
    const office = doc.tokens.slice(first, i).every((token) => isTitle(token) || lexiconTags(baseWord(token)).some((tag) => OFFICE_WORD_TAGS.has(tag)));
    return office ? i + 1 : -1;
  }
  return -1;
}

const OFFICE_WORD_TAGS = new Set(['Adjective', 'Gerund', 'Verb', 'Infinitive']);

/**
 * "Paceman", "Promoter" opening a sentence before a first name: compromise reads a
 * common noun there (no proper noun, no person), which names no one.
 */
function isRoleBeforeFullName(doc: Document, index: number): boolean {
  const token = doc.tokens[index]!;
  const previous = doc.tokens[index - 1];
  if (previous !== undefined && previous.sentence === token.sentence) return false;
  const tags = token.tags;
  const common = tags.has('Noun') && !tags.has('ProperNoun') && !tags.has('Person') && !tags.has('Plural') && !tags.has('Place') && !tags.has('Organization');
  // "Promoter Morris Kaplan": or a word shaped like a role before two the tagger reads as a person's
  // (not "Sanne Bakker-Visser", a given name, nor "Bundesbank President Hans Tietmeyer", a title).
  const next = doc.tokens[index + 1]!;
  const roleShaped = /(er|or|man|ist|ant|ent|ee)$/.test(token.normal) && !PERSON_TITLES.has(next.normal);
  // "Promoter Frank Delmonte": a given name the tagger knows, then a surname no list knows;
  // "Conservator Marieke de Groot": past a particle; "Conductor Iryna Savchuk-Melnyk": a given name no list knows.
  const personWord = (word: Token | undefined): boolean =>
    word !== undefined && word.sentence === token.sentence && UPPER.test(word.text) && !isOrganizationWord(baseWord(word)) && (word.tags.has('Person') || lexiconTags(baseWord(word)).length === 0);
  const third = doc.tokens[index + 2];
  const surname = personWord(third !== undefined && isParticle(third.text) ? doc.tokens[index + 3] : third);
  // "Newcomer Nneka Okonkwo-Bright", "Veteran Hennie du Plessis": a role noun before two capitalised words.
  const roleBeforeTwo = isRoleWord(token.normal) && UPPER.test(next.text) && surname && next.sentence === token.sentence;
  // (Not "Jusman Syafii Djamal": a given name in "-man" before a given name no list knows.)
  // (Nor "Chancellor Ildor Zorvan": a title, which the caller keeps as the name's title.)
  const roleBeforeName = roleShaped && surname && (next.tags.has('Person') || (personWord(next) && !token.normal.endsWith('man') && !isTitle(token)));
  const person = isFirstName(baseWord(next)) || roleBeforeName || roleBeforeTwo;
  // "Unseeded Dmytro Kovalenko", "Defending champion": a player's standing before the full name.
  if (STANDINGS_BEFORE_NAME.has(token.normal) && UPPER.test(next.text) && personWord(doc.tokens[index + 2])) return true;
  // "Unseeded Croatian Ivo Kovac": a describing word before a nationality, which comes off too.
  // Not "South African Breweries": a nationality of two words.
  const describing = (tags.has('Adjective') || tags.has('PastTense')) && !tags.has('ProperNoun') && isNationalityWord(next.text) && !isTwoWordNationality(token.text, baseWord(next));
  return (common && person && !isFirstName(baseWord(token)) && !isListed(baseWord(token))) || describing;
}

/** Malaysian honours: "Tan Sri Lim Boon Kiat", "Dato' Sri Najib Razak". */
const HONOURS_OF_TWO_WORDS = new Set(['Tan Sri', 'Dato Sri', 'Datuk Sri', 'Dato Seri']);

/** A player's standing, opening a sentence before the name: "Unseeded Dmytro Kovalenko". */
const STANDINGS_BEFORE_NAME = new Set(['unseeded', 'top-seeded', 'reigning', 'defending']);

/** "Pro-" in "Pro-Beijing", "anti-" in "anti-Taliban". */
function isStancePrefix(token: Token | undefined): boolean {
  return token !== undefined && /^(pro|anti)$/i.test(token.text) && token.post === '-';
}

/** "the Minister", "Malaysia's Minister" */
function isDefinite(doc: Document, index: number): boolean {
  const before = doc.tokens[index - 1];
  return before !== undefined && before.sentence === doc.tokens[index]!.sentence && (before.normal === 'the' || isPossessive(before));
}

const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * "beat Sheffield Wednesday 2-1", "Sheffield Wednesday manager": a town and a weekday make a club's name;
 * so does "Sheffield Wednesday lost ground" where a table's row of the same article names the club.
 */
function isClubOfTown(doc: Document, first: number, end: number): boolean {
  if (end - first !== 2) return false;
  const kinds = gazetteerKinds(baseWord(doc.tokens[first]!));
  if (kinds.has('country') || !(kinds.has('city') || kinds.has('region'))) return false;
  const before = doc.tokens[first - 1];
  const next = doc.tokens[end];
  if ((before !== undefined && MATCH_WORDS.has(before.normal)) || (next !== undefined && (/^\d/.test(next.text) || CLUB_ROLES.has(next.normal)))) return true;
  return namesSide(doc, doc.text.slice(doc.tokens[first]!.start, doc.tokens[end - 1]!.end));
}

/** "Sheffield Wednesday 5 3 0 2 7 6 9", "Sheffield Wednesday 1 Leeds 0": the name heads a row or stands on a results line. */
function namesSide(doc: Document, name: string): boolean {
  return doc.lines.some((line) => {
    if (!isStandingsRow(doc, line.index) && !isScoreLine(doc, line.index)) return false;
    const text = doc.text.slice(line.start, line.end);
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      if ((at === 0 || /\s/.test(text[at - 1]!)) && /^\s+\d/.test(text.slice(at + name.length))) return true;
    }
    return false;
  });
}

/** Letters after a person's name: "QC", "MP", "OBE". */
const POST_NOMINALS = new Set(['QC', 'KC', 'SC', 'MP', 'MEP', 'MSP', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD']);

function candidate(doc: Document, first: number, end: number, title: Token | null, capitalisedThe: boolean): NameCandidate {
  const last = doc.tokens[end - 1]!;
  const start = doc.tokens[first]!.start;
  // "Calif.", "Fla.": a place's abbreviation keeps its full stop.
  const abbreviatedPlace = last.post.startsWith('.') && !last.text.endsWith('.') && ((last.tags.has('Abbreviation') && last.tags.has('Place')) || isStateAbbreviation(last.text, last.post));
  // "Ken Griffey Jr.": a generation keeps its full stop too.
  const generation = last.post.startsWith('.') && /^\p{Lu}\p{Ll}+$/u.test(last.text) && isGeneration(last.text);
  // "Intel Corp. rose", "Mitsubishi Heavy Industries Ltd., a maker": a legal form keeps its full stop
  // within a sentence; at the sentence's end, or before a capital, the stop is the sentence's
  // ("went to Intel Corp.", "Chase Manhattan Ltd. Moody's said").
  const following = doc.tokens[last.index + 1];
  const sentenceGoesOn = following !== undefined && following.sentence === last.sentence && !UPPER.test(following.text);
  const legalForm = last.post.startsWith('.') && isLegalForm(last.text) && (sentenceGoesOn || /^\.\s*[,;:)]/.test(last.post));
  // "Moody's said": a company named with its "'s" keeps it.
  const possessive = isPossessive(last) && !isCompanyWithPossessive(last);
  const stop = possessive ? last.start + baseWord(last).length : last.end + (abbreviatedPlace || generation || legalForm ? 1 : 0);
  const inHeadline = doc.title !== null && stop <= doc.title.end && isCaseUninformativeInTitle(doc, start);
  const caseUninformative = inHeadline || isAllCapitalsLine(doc, doc.tokens[first]!.line);
  return { first, end, start, stop, text: doc.text.slice(start, stop), title, capitalisedThe, caseUninformative };
}
