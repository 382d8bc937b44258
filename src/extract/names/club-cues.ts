/**
 * Words around a name that make it a side in a match report, though many sides
 * carry a town's name:
 *
 *   "Newcastle manager Kevin Keegan"        a club's people after it
 *   "beat Sheffield Wednesday", "against Chelsea", "drew 1-1 with Leeds"
 *   "Barcelona beat Real Madrid 2-1"        a result's verb, with a score
 *   "The Rockets trailed"                   a team's nickname after "the"
 *
 * and in sports copy only:
 *
 *   "drew 1-1 at Parma", "held 0-0 by Lazio", "a 3-1 home defeat by Vicenza", "a draw with Cagliari"
 *   "Juventus won 2-0", "gave Parma a 2-1 win"
 *   "joined from Anderlecht", "on loan from Chelsea"
 *   "six points clear of Sampdoria", "a point behind Bologna"
 *   "joined Houston", "Houston improved to 9-2", "Denver, who have lost five straight"
 */
import type { Document, Token } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { gazetteerKinds, isKnownPlace } from './gazetteer.js';
import { isAboutSport, isSportsCopy, POSITIONS, sentenceHasScore, WINNING_VERBS } from './sports.js';
import { isTownNotCountry } from './towns.js';
import { isScoreLine } from './wire.js';
import { lexiconTags } from './lexicon.js';
import { isNumberInBracketsAfter } from './name-tokens.js';

/** People of a club: "Newcastle manager Kevin Keegan", "Liverpool striker Robbie Fowler". */
export const CLUB_ROLES = new Set(['manager', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'captain', 'skipper', 'fans', 'supporters', 'squad', 'player', 'players', 'driver', 'drivers']);
/** Verbs of a match: "beat Sheffield Wednesday 2-1", "drew with Chelsea". */
export const MATCH_WORDS = new Set(['beat', 'beats', 'defeated', 'against', 'versus', 'vs', 'drew', 'hosted', 'host', 'hosts']);

/** "2-1", "0-0": one token for a score. */
const SCORE = /^\d{1,2}[-–]\d{1,2}$/;
/** The side a score was had "at", "by", "over", "against", "with" or "to": "drew 1-1 at Parma". */
const AFTER_SCORE = new Set(['at', 'by', 'over', 'against', 'with', 'to']);
/** Words between a score and its preposition: "a 3-1 home defeat by". */
const RESULT_NOUNS = new Set(['home', 'away', 'win', 'victory', 'defeat', 'loss', 'draw', 'league', 'cup']);
/** A match's result, named before its other side: "a win over", "a draw with", "a defeat by". */
const RESULT_WORDS = new Set(['win', 'victory', 'defeat', 'loss', 'draw', 'triumph']);
/** Verbs of a result with the score after them: "Juventus won 2-0"; a record after "to": "Houston improved to 9-2". */
const SCORED_VERBS = new Set(['won', 'lost', 'drew', 'beat', 'led', 'trailed']);
const RECORD_VERBS = new Set(['improved', 'fell', 'dropped', 'slipped', 'moved', 'went']);
/** A player's move, then "from" and his old club: "joined from Anderlecht", "on loan from Chelsea". */
const TRANSFERS = new Set(['joined', 'signed', 'loan', 'transferred', 'moved', 'arrived']);
/** Nouns for a side: "French side Lille", "Dutch club Ajax", "Spanish team Movistar". */
const SIDE_NOUNS = new Set(['side', 'club', 'team', 'outfit']);
/** Prepositions of where before "the" and a place: "over the Alps", "between here and the Matterhorn". */
const WHERE_PREPOSITIONS = new Set(['over', 'above', 'below', 'across', 'near', 'along', 'beneath', 'between', 'through', 'around']);
/** A table's gap before a side: "six points clear of Sampdoria", "a point behind Bologna". */
const STANDINGS = new Set(['behind', 'above', 'below']);

export function isClubCue(doc: Document, candidate: NameCandidate, before: Token | undefined, next: Token | undefined): boolean {
  const last = doc.tokens[candidate.end - 1]!;
  const glued = !/\S/.test(last.post);
  // Not "Formula One driver": a number word names no side.
  const numberWord = candidate.end - candidate.first === 1 && lexiconTags(candidate.text).includes('Cardinal');
  if (next && CLUB_ROLES.has(next.normal) && glued && !numberWord) return true;
  // "Edinburgh flanker Jamie Brodie": a player's position, then his full name.
  if (next && POSITIONS.has(next.normal) && glued && isFullNameAt(doc, next.index + 1)) return true;
  if (before && (MATCH_WORDS.has(before.normal) || (before.normal === 'with' && drewBefore(doc, before)))) return true;
  if (next && WINNING_VERBS.has(next.normal) && glued && sentenceHasScore(doc, last.sentence)) return true;
  if (isScoreLine(doc, doc.tokens[candidate.first]!.line) || isTeamNickname(doc, candidate, before)) return true;
  if (!isAboutSport(doc)) return false;
  if (before !== undefined && (isAfterScore(doc, candidate, before) || isTransfer(doc, before) || isStanding(doc, before) || isAfterResult(doc, candidate, before))) return true;
  // "from French side Lille", "Dutch club Ajax": a noun for a side right before the name.
  if (before !== undefined && SIDE_NOUNS.has(before.normal) && !/\S/.test(before.post)) return true;
  // "joined Houston straight from high school": a town a player joins.
  if (before?.normal === 'joined' && isTownNotCountry(candidate.text)) return true;
  return (glued && isBeforeScore(doc, candidate.end)) || isPluralSide(doc, candidate.end) || isTownInStandings(doc, candidate);
}

/**
 * "Denver, who have lost five straight", "Leeds, who were beaten", "Newcastle, who play Chelsea on
 * Sunday": a side is "they", with a verb no one person takes.
 */
function isPluralSide(doc: Document, end: number): boolean {
  const [who, verb] = [doc.tokens[end], doc.tokens[end + 1]];
  if (!/^\s*,/.test(doc.tokens[end - 1]!.post) || who?.normal !== 'who' || verb === undefined) return false;
  const plural = verb.tags.has('PresentTense') && !/s$/.test(verb.normal) && !verb.tags.has('Modal') && !verb.tags.has('Auxiliary');
  return /^(have|were|are)$/.test(verb.normal) || plural;
}

/**
 * "two clear of Newcastle (3), with Manchester United (4) on 25", "Detroit (4) have 49": a town in a
 * table's place, in a story about sport that counts points.
 */
function isTownInStandings(doc: Document, candidate: NameCandidate): boolean {
  const place = doc.tokens[candidate.end];
  if (!isNumberInBracketsAfter(doc.tokens[candidate.end - 1]!, place) || !/^\d{1,2}$/.test(place.text)) return false;
  const sentence = doc.sentences[place.sentence]!;
  const countsPoints = doc.tokens.slice(sentence.firstToken, sentence.endToken).some((token) => /^(points?|table)$/.test(token.normal));
  return countsPoints && isTownNotCountry(candidate.text);
}

/** "Jamie Brodie": two capitalised words from `index`, in one sentence. */
function isFullNameAt(doc: Document, index: number): boolean {
  const [first, second] = [doc.tokens[index], doc.tokens[index + 1]];
  return first !== undefined && second !== undefined && first.sentence === second.sentence && /^\p{Lu}\p{Ll}/u.test(first.text) && /^\p{Lu}/u.test(second.text) && !/\S/.test(first.post);
}

/** "drew 1-1 at Parma", "a 2-1 win over Fiorentina", "held 0-0 by Lazio"; "at" only before a town ("won 2-0 at Wembley" names a ground). */
function isAfterScore(doc: Document, candidate: NameCandidate, preposition: Token): boolean {
  if (!AFTER_SCORE.has(preposition.normal) || /\S/.test(preposition.post)) return false;
  if (preposition.normal === 'at' && !isTownNotCountry(candidate.text)) return false;
  for (let index = preposition.index - 1; index >= Math.max(0, preposition.index - 3); index--) {
    const token = doc.tokens[index]!;
    if (SCORE.test(token.text)) return true;
    if (!RESULT_NOUNS.has(token.normal)) return false;
  }
  return false;
}

/**
 * "gave Bari a win over Piacenza", "a goalless draw with Cagliari": a town after a result's noun, with
 * no score; not "a win over Federer", a player, nor "a win over Italy", a country's side (a place).
 */
function isAfterResult(doc: Document, candidate: NameCandidate, preposition: Token): boolean {
  if (!AFTER_SCORE.has(preposition.normal) || preposition.normal === 'at' || /\S/.test(preposition.post)) return false;
  const noun = doc.tokens[preposition.index - 1];
  return noun !== undefined && RESULT_WORDS.has(noun.normal) && !/\S/.test(noun.post) && isTownNotCountry(candidate.text);
}

/** "Juventus won 2-0", "gave Parma a 2-1 win"; not "Agassi won 6-4 6-3", a match of sets. */
function isBeforeScore(doc: Document, end: number): boolean {
  if (RECORD_VERBS.has(doc.tokens[end]?.normal ?? '') && doc.tokens[end + 1]?.normal === 'to' && SCORE.test(doc.tokens[end + 2]?.text ?? '')) return true;
  const [word, score, after] = [doc.tokens[end], doc.tokens[end + 1], doc.tokens[end + 2]];
  if (!word || !score || !SCORE.test(score.text) || (after !== undefined && SCORE.test(after.text))) return false;
  return word.sentence === score.sentence && (SCORED_VERBS.has(word.normal) || word.normal === 'a');
}

/** "joined from Anderlecht", "on loan from Chelsea FC". */
function isTransfer(doc: Document, from: Token): boolean {
  return from.normal === 'from' && TRANSFERS.has(doc.tokens[from.index - 1]?.normal ?? '');
}

/** "a point behind Bologna", "six points clear of Sampdoria", "two points ahead of Lazio". */
function isStanding(doc: Document, before: Token): boolean {
  let index = before.index;
  if (before.normal === 'of') {
    const gap = doc.tokens[index - 1]?.normal;
    if (gap !== 'clear' && gap !== 'ahead') return false;
    index -= 1;
  } else if (!STANDINGS.has(before.normal)) return false;
  const points = doc.tokens[index - 1]?.normal ?? '';
  return points === 'point' || points === 'points';
}

/**
 * "The Rockets trailed", "held the Grizzlies", "scored 30 for the Jazz": in sports copy
 * one word after "the" that no list knows is a team's name; players go without "the".
 */
function isTeamNickname(doc: Document, candidate: NameCandidate, before: Token | undefined): boolean {
  if (candidate.end - candidate.first !== 1 || before?.normal !== 'the' || /\S/.test(before.post) || !isSportsCopy(doc)) return false;
  // "Man of the Match": the end of a title in capitals, no team.
  const of = doc.tokens[before.index - 1];
  if (of?.normal === 'of' && /^\p{Lu}/u.test(doc.tokens[before.index - 2]?.text ?? '')) return false;
  // "forecast over the Alps", "above the Rhone valley", "on the Rhine": where, not who.
  if (WHERE_PREPOSITIONS.has(of?.normal ?? '')) return false;
  // "the Right to Dream Academy": a word that a lower-case link joins to more capitals opens a longer name.
  const [link, more] = [doc.tokens[candidate.end], doc.tokens[candidate.end + 1]];
  if (link && more && /^(to|of|for|and)$/.test(link.text) && /^\p{Lu}/u.test(more.text) && link.sentence === more.sentence) return false;
  return !isKnownPlace(candidate.text) && !gazetteerKinds(candidate.text).has('company');
}

/** "drew with Kelvara", "drew 1-1 with Kelvara" */
function drewBefore(doc: Document, withToken: Token): boolean {
  const previous = doc.tokens[withToken.index - 1];
  if (previous?.normal === 'drew') return true;
  return /^\d{1,2}(-\d{1,2})?$/.test(previous?.text ?? '') && doc.tokens.slice(Math.max(0, withToken.index - 4), withToken.index).some((token) => token.normal === 'drew');
}

