/**
 * A town's name as a side: on a results line or a league table's row the name
 * stands for the team (CoNLL: ORG), though the story's prose uses it for the town:
 *
 *   "In Houston , the Rockets beat ..."   the place
 *   "HOUSTON 95 Utah 90"                  the team
 *   "NEW YORK 74 60 .552 -"               the team, under "W L PCT GB"
 *
 * So does a town's name in a match report's prose with a club's cue ("Parma coach",
 * "drew 1-1 at Parma"; club-cues.ts), and the story's other "Parma"s join it.
 * A country's name there stays the country, its national side ("Japan 2 Syria 1").
 * group.ts weighs such mentions apart from the prose's, so each reading keeps its own
 * where the prose says town ("In Houston", a dateline); "Utah's Karl Malone" stays the side.
 */
import type { Document } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { isClubCue } from './club-cues.js';
import { lexiconTags } from './lexicon.js';
import { isAboutSport } from './sports.js';
import { isClubInTeamList } from './squads.js';
import { isStandingsRow } from './standings.js';
import { isDateline, isOnResultsRun } from './wire.js';
import { isCountryName, isTownNotCountry } from './towns.js';

/** The name, then its score or figures on the same line: " 95", " 74 60 .552". */
const FIGURE_AFTER = /^[ \t]+\d/;

/** The mention names a side on a results line or a table's row or with a club's cue in sports prose, and the name is a town's or a region's; or a club in a squad. */
export function isSideMention(doc: Document, candidate: NameCandidate): boolean {
  // "Wayne Proctor (Llanelli)" in a squad, "Lemieux (Pittsburgh)" under "Leading scorers:" (squads.ts).
  if (isClubInTeamList(doc, candidate)) return true;
  const first = doc.tokens[candidate.first]!;
  if (isAboutSport(doc) && isTownName(candidate.text) && !readsAsTown(doc, candidate)) {
    const cue = isClubCue(doc, candidate, doc.tokens[candidate.first - 1], doc.tokens[candidate.end]);
    if (cue) return true;
  }
  if (!isOnResultsRun(doc, first) && !isStandingsRow(doc, first.line)) return false;
  if (!FIGURE_AFTER.test(doc.text.slice(candidate.stop, candidate.stop + 4))) return false;
  return isTownName(candidate.text);
}

/** "Houston", "LOS ANGELES", "Utah": a town or region; not "Japan", a country, nor "Arsenal", no place. */
function isTownName(text: string): boolean {
  return isTownNotCountry(text) || (!isCountryName(text) && lexiconTags(text).includes('Place'));
}

/** "in Houston", "near Houston": prepositions of where a thing is, not of whom a side plays ("lost to Houston"). */
const TOWN_PREPOSITIONS = new Set(['in', 'near', 'outside']);

/** "In Houston ,", "HOUSTON 1996-11-14": the prose mention reads as the town, whatever the lines say. */
export function readsAsTown(doc: Document, candidate: NameCandidate): boolean {
  const before = doc.tokens[candidate.first - 1];
  return (before !== undefined && TOWN_PREPOSITIONS.has(before.normal)) || isDateline(doc, candidate);
}
