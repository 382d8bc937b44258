/**
 * Results of individual sports name each competitor with a country in brackets:
 *
 *   "Jean-Luc Moreau ( France ) beat Li Fang ( China ) 6-1 6-2"
 *   "134 Ernie Els ( South Africa ) 67 67"
 *   "1. Michael Johnson ( U.S. ) 19.92 seconds"
 *
 * A name of two to four words there is a person's, though "beat" before it
 * would make a club of a one-word side ("Rangers ( Scotland )" stays one).
 * Soccer summaries list the scorers of each side with the minute:
 *
 *   "Vitesse 2 ( Dirk Hoekstra 12 , Ruud van den Berg 78 ) Roda 1 ( Bram de Wit 55 )"
 *   "Scorers : Hoekstra 12 , Van den Berg 78"
 *
 * and each side with its goals before its scorers or the other side:
 * "Vitesse 2 (", "Feyenoord 0 NAC Breda 0".
 */
import type { Document } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { baseWord } from './name-tokens.js';
import type { Evidence } from './evidence.js';
import { weighClub } from './clubs.js';
import { gazetteerKinds, isKnownPlace } from './gazetteer.js';
import { isMonthName, isOrganizationWord, isPlaceWord, lexiconTags } from './lexicon.js';
import { weighMatchSentence } from './match-sentences.js';
import { weighRaceTeam } from './race-teams.js';
import { isSideMention } from './sides.js';
import { isBeforePosition, isSportsCopy } from './sports.js';
import { isClubInTeamList, isPlayerInTeamList } from './squads.js';
import { isStandingsRow } from './standings.js';
import { isInScoreNote, isOnResultsRun, isScoreLine } from './wire.js';
import { isCountryName, isUnknownPlural } from './towns.js';

/** "( France )", "(South Africa)": a bracket right after the name, on its line. */
const BRACKETED = /^[ \t]*\([ \t]*([^()\n]{2,30}?)[ \t]*\)/;
const MAX_WORDS = 4;

export function weighResults(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  weighCompetitor(evidence, doc, candidate);
  weighCompetitorCountry(evidence, doc, candidate);
  weighStandingsRow(evidence, doc, candidate);
  weighTownSide(evidence, doc, candidate);
  weighRaceTeam(evidence, doc, candidate);
  weighScoreNote(evidence, doc, candidate);
  weighLabelledRunSide(evidence, doc, candidate);
  // "Windows 95 (", "( March 4 )": goals and minutes only where the article reports matches.
  if (!isSportsCopy(doc)) return;
  weighScorer(evidence, doc, candidate);
  weighSide(evidence, doc, candidate);
  weighMatchSentence(evidence, doc, candidate);
  weighClubOfPosition(evidence, doc, candidate);
}

function weighCompetitor(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  // "Forwards - Ivo Roe (captain, Kelvale)", "Leading scorers: Lemieux (Pittsburgh) 34": a player before his club (squads.ts).
  if (isPlayerInTeamList(doc, candidate)) evidence.person += 4;
  const words = doc.tokens.slice(candidate.first, candidate.end).map(baseWord);
  if (words.length < 2 || words.length > MAX_WORDS || words.some(isPlaceOrBodyWord)) return;
  const bracketed = BRACKETED.exec(doc.text.slice(candidate.stop, candidate.stop + 40));
  if (bracketed === null) return;
  // "Ivo Sokolar ( Ruritania ) 6-4 6-3": a country the lists may not know, then a score or "beat".
  const result = RESULT_AFTER.test(doc.text.slice(candidate.stop + bracketed[0].length, candidate.stop + bracketed[0].length + 12));
  if (isPlaceName(bracketed[1]!) || (result && /^\p{Lu}[\p{L}.]*$/u.test(bracketed[1]!))) evidence.person += 4;
}

/** " 6-4", " 67", " beat": a score, strokes or a win after a competitor and his country. */
const RESULT_AFTER = /^[ \t]+(?:\d|beat\b|beats\b|defeated\b)/;

/**
 * "Slobodan Ilic ( Yugoslavia )": a name alone in brackets right after another
 * is the competitor's country, which the lists may not know; never a player.
 * In a team sport's squad or list of scorers it is the player's club instead (squads.ts):
 *
 *   "Squad : Jim Staples ( Harlequins ) , Simon Geoghegan ( Bath )"
 *   "Forwards - Jonathan Humphreys (captain, Cardiff)", "Lemieux (Pittsburgh) 34 points"
 *   "Tom Quill ( Wanderers ) scored" (a plural no list knows: a club)
 *
 * though a known country stays the country ("Forwards : Ian Roe ( Wales )").
 */
function weighCompetitorCountry(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  if (isClubInTeamList(doc, candidate)) return weighClub(evidence, 3);
  const opener = doc.tokens[candidate.first - 1];
  const last = doc.tokens[candidate.end - 1]!;
  if (opener === undefined || opener.line !== last.line || !/^\p{Lu}\p{Ll}/u.test(opener.text)) return;
  if (!/\(\s*$/.test(opener.post) || !/^\s*\)/.test(last.post)) return;
  if (!isCountryName(candidate.text) && isUnknownPlural(candidate.text)) weighClub(evidence, 3);
  else evidence.place += 1;
}

/**
 * "Liverpool 5 4 1 0 12 4 13" under a league table's heading: a club, though the
 * name is a city's; "Japan 3 2 1 0 6 2 7", a country's side, stays the country.
 */
function weighStandingsRow(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  const first = doc.tokens[candidate.first]!;
  const previous = doc.tokens[candidate.first - 1];
  if ((previous !== undefined && previous.line === first.line) || !isStandingsRow(doc, first.line)) return;
  // a league table's row names a side, never a person ("Sheffield" is a first name too)
  evidence.person = Math.min(evidence.person, 0);
  if (!gazetteerKinds(candidate.text).has('country')) weighClub(evidence, 6);
}

/**
 * "CHICAGO 101 New York 98": the home side in capitals heads the line like a
 * dateline's town ("CHICAGO 1996-11-14"); its score makes it the team.
 */
function weighTownSide(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  if (evidence.organization <= evidence.place && isSideMention(doc, candidate)) weighClub(evidence, 4);
}

/** "Toronto 3 Boston 2 (OT)": the note after the scores names nothing. */
function weighScoreNote(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  if (!isInScoreNote(doc, doc.tokens[candidate.first]!)) return;
  evidence.person = evidence.place = evidence.organization = evidence.work = evidence.weakPerson = 0;
}

/** "Dynamo Kiev", "Deutsche Bank", "Czech Republic": a club, a company or a country, no person. */
function isPlaceOrBodyWord(word: string): boolean {
  return isPlaceName(word) || isOrganizationWord(word) || isPlaceWord(word) || lexiconTags(word).includes('Demonym');
}

function isPlaceName(text: string): boolean {
  if (isKnownPlace(text)) return true;
  return lexiconTags(text).some((tag) => tag === 'Country' || tag === 'Place' || tag === 'City' || tag === 'Region');
}

/** " 78 ,", " 55 )", " 90 pen )": the minute of a goal after the scorer's name. */
const MINUTE = /^[ \t]*\d{1,3}(?:[ \t]*(?:pen|penalty|og))?[ \t]*(?:[,)]|$)/m;
/** "Scorers :", "Scorer:" */
const SCORERS_LABEL = /\bscorers?[ \t]*:/i;

/** "( Dirk Hoekstra 12 ,": a name and a minute inside the brackets of a side's goals, or after "Scorers :". */
function weighScorer(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  // "( March 4 )": a month before its day.
  if (!MINUTE.test(doc.text.slice(candidate.stop, candidate.stop + 16)) || isMonthName(candidate.text)) return;
  const line = doc.lines[doc.tokens[candidate.first]!.line];
  if (line === undefined) return;
  const before = doc.text.slice(line.start, candidate.start);
  if (isInsideBrackets(before) || SCORERS_LABEL.test(before)) evidence.person += 3;
}

/** "Vitesse 2 ( Dirk Hoekstra 12 , ": a bracket opened before and not closed. */
function isInsideBrackets(before: string): boolean {
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** " 2 (", " 0 NAC": goals, then the scorers' bracket or the other side, on the same line. */
const GOALS_THEN_MORE = /^[ \t]+\d{1,2}[ \t]+(?:\(|\p{Lu})/u;

/** "Vitesse Arnhem 2 ( Dirk Hoekstra 12 ...": a side with its goals. */
function weighSide(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  if (GOALS_THEN_MORE.test(doc.text.slice(candidate.stop, candidate.stop + 8))) evidence.organization += 3;
}

/**
 * "Results of German first division matches: Hamburg 2 Freiburg 0, Dortmund 1 Schalke 1":
 * after the label each name is a side (a plain results line is weighed with the context);
 * a country's name stays its national side.
 */
function weighLabelledRunSide(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  const first = doc.tokens[candidate.first]!;
  if (isScoreLine(doc, first.line) || !isOnResultsRun(doc, first) || isInScoreNote(doc, first) || isCountryName(candidate.text)) return;
  if (SCORE_AFTER.test(doc.text.slice(candidate.stop, candidate.stop + 5))) weighClub(evidence, 4);
}

/** " 2 Freiburg", " 1,", " 0": the side's score after its name. */
const SCORE_AFTER = /^[ \t]+\d{1,3}(?!\d)/;

/** "Neath flanker Steve Williams", "Kelvale prop Ivo Roe": the club before a player's position and name; not "Wales", a country's side. */
function weighClubOfPosition(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  const last = doc.tokens[candidate.end - 1]!;
  const position = doc.tokens[candidate.end];
  const player = doc.tokens[candidate.end + 1];
  if (!isBeforePosition(last, position) || player === undefined || player.sentence !== last.sentence || !/^\p{Lu}/u.test(player.text)) return;
  const first = doc.tokens[candidate.first]!.text;
  if (isCountryName(candidate.text) || (gazetteerKinds(first).has('firstName') && !isKnownPlace(candidate.text))) return;
  weighClub(evidence, 4);
}
