/**
 * Sports copy names players by surname alone, often once and with nothing
 * around it that tells a person: "Atherton was out for 31", "with Lukaku
 * scoring twice". In a report of matches, a lone unknown name is a player.
 */
import type { Document, Token } from '../../document.js';
import { isResultsRunLine } from './wire.js';
import { isMonthName, lexiconTags } from './lexicon.js';

/** "2-1", "3 – 0": a score, not a date ("1996-08-30") nor a range of years. */
const SCORE = /(?<![\d-])\d{1,2} ?[-–] ?\d{1,2}(?![\d-])/g;
const MIN_SCORES = 2;
/** Words of a match report: two of them, with two scores, make sports copy. */
const MATCH_WORDS = /\b(match|goal|goals|scored|wickets?|innings|minute|half-time|halftime|league|cup|championship|tournament|penalty|striker|midfielder|goalkeeper|coach|season|race|lap|set|seed|round)\b/gi;

/** "M. Atherton c Inzamam b Wasim 31", "A. Stewart lbw b Mushtaq 44", "G. Thorpe not out 54": a batsman's line of a scorecard. */
const BATTING_LINE = /(?:^|\s)b \p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)? \d{1,3}[ \t]*$|\bnot out \d{1,3}[ \t]*$/mu;

/** Asked once per document by the finder, and again by the rules that weigh results. */
const sportsCopy = new WeakMap<Document, boolean>();

/** Whether the document reports matches: a sports slug, results lines, or scores among match words. */
export function isSportsCopy(doc: Document): boolean {
  let answer = sportsCopy.get(doc);
  if (answer === undefined) sportsCopy.set(doc, (answer = reportsMatches(doc)));
  return answer;
}

/** "RUGBY UNION - WALES NAME SQUAD", "SOCCER - ...": a wire story's sports slug opening its first line (not horse racing, whose unknown names are horses). */
const SPORTS_SLUG = /^\s*(?:SOCCER|FOOTBALL|RUGBY(?: UNION| LEAGUE)?|CRICKET|TENNIS|GOLF|ATHLETICS|BOXING|CYCLING|ICE HOCKEY|HOCKEY|BASKETBALL|BASEBALL|MOTOR RACING|MOTORCYCLING|SKIING|SWIMMING|ROWING|SQUASH|BADMINTON|HANDBALL|VOLLEYBALL|NFL|NBA|NHL)\b[^\n]{0,6}[-–] /;

function reportsMatches(doc: Document): boolean {
  if (SPORTS_SLUG.test(doc.text.slice(0, 80))) return true;
  if (BATTING_LINE.test(doc.text) || doc.lines.some((_, index) => isResultsRunLine(doc, index))) return true;
  const scores = doc.text.match(SCORE)?.length ?? 0;
  if (scores < MIN_SCORES) return false;
  return (doc.text.match(MATCH_WORDS)?.length ?? 0) >= MIN_SCORES;
}

/** Words of a match's result or round: "she beat Giulia Ferrante (7) in the quarter-finals". */
const MATCH_RESULT_WORDS = /^(beat|beats|beating|defeated|defeating|eliminated|ousted|quarter-finals?|semi-finals?|quarterfinals?|semifinals?|seed|seeded)$/;

/** Words of a table, in any story: "third in the continental standings ahead of Team Andes Tolima (4)". */
const TABLE_WORDS = /^(standings|rankings?)$/;

/**
 * "Sampras (1) beat Martin 6-4", "she beat Giulia Ferrante (7) in the quarter-finals": a sentence
 * with a score or a match's result, where a bracketed number after a name is a seed or a place.
 */
export function isMatchSentence(doc: Document, sentenceIndex: number): boolean {
  if (sentenceHasScore(doc, sentenceIndex)) return true;
  const sentence = doc.sentences[sentenceIndex];
  if (sentence === undefined) return false;
  const tokens = doc.tokens.slice(sentence.firstToken, sentence.endToken);
  if (tokens.some((token) => MATCH_RESULT_WORDS.test(token.normal) || TABLE_WORDS.test(token.normal))) return true;
  // "Whitcombe (36) and Tane-Rangi (51) rebuilt the innings": a player's score or a side's place, in a report of matches.
  return isSportsCopy(doc) && tokens.some((token) => PLAYER_SCORE_WORDS.test(token.normal));
}

/**
 * Words of what players make, or of a table: "rebuilt the innings", "a stand of 70", "scored 20
 * points", "finished in first place ahead of Zug (2) and Lugano (3)".
 */
const PLAYER_SCORE_WORDS = /^(innings|wickets?|runs|overs|stand|scored|scoring|goals?|points|rebounds|assists|place|ahead|behind|standings|table|league|ranked)$/;

/** "beat Real Madrid 2-1", "won 6-4 7-5": whether the sentence holds a score (not "1996-12-06"). */
export function sentenceHasScore(doc: Document, sentenceIndex: number): boolean {
  const sentence = doc.sentences[sentenceIndex];
  if (sentence === undefined) return false;
  return new RegExp(SCORE.source).test(doc.text.slice(sentence.start, sentence.end));
}

/** Words of sport alone, its play and its names: four of them make a story about sport, scores or none. */
const PLAYING_WORDS = /\b(goals?|scored|scoring|midfielder|striker|goalkeeper|defender|winger|wickets?|innings|half-time|halftime|rebounds|assists|touchdowns?|hat-trick|play-?offs?|semi-?finals?|quarter-?finals?|football|soccer|basketball|cricket|rugby|hockey|tennis|cycling)\b/gi;
const MIN_PLAYING_WORDS = 4;

/**
 * Whether the document is about sport: a report of matches, or a transfer or a player's profile
 * ("signed the midfielder from French side Lille"), where a town may name a club. Lone unknown
 * names are players only in a report of matches (isSportsCopy).
 */
export function isAboutSport(doc: Document): boolean {
  let answer = aboutSport.get(doc);
  if (answer === undefined) aboutSport.set(doc, (answer = isSportsCopy(doc) || (doc.text.match(PLAYING_WORDS)?.length ?? 0) >= MIN_PLAYING_WORDS));
  return answer;
}

/** Asked for each candidate by the club cues: the whole text is read once. */
const aboutSport = new WeakMap<Document, boolean>();

/** Verbs after a side's name: "Barcelona beat Real Madrid 2-1". */
export const WINNING_VERBS = new Set(['beat', 'beats', 'defeated', 'thrashed', 'edged', 'routed', 'drew']);

/** Tags compromise gives to known names only: "Ronaldo" is a Person. */
const PERSON_TAGS = new Set(['Person', 'LastName', 'FirstName', 'MaleName', 'FemaleName']);

/** A word written as a name that compromise knows nothing of, or only as a person's: "Atherton", "Ronaldo". */
export function isUnknownName(text: string): boolean {
  // "March" is a month, though compromise does not know it as one.
  if (isMonthName(text)) return false;
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(text) && lexiconTags(text).every((tag) => PERSON_TAGS.has(tag));
}

/**
 * "Atherton was out": a sentence-initial unknown singular word before a verb; "Harlequins beat", a plural before a
 * result's; "Neath flanker Steve Williams", a club's name before a player's position.
 */
export function startsPlayerName(token: Token, next: Token | undefined): boolean {
  // compromise reads "drew" as a first name and "beat" as a noun.
  const verb = next !== undefined && (next.tags.has('Verb') || WINNING_VERBS.has(next.normal));
  // "Harlequins lost to Wasps": a plural no list knows, before a result's verb, is a side.
  const plural = token.tags.has('Plural') && !(next !== undefined && (WINNING_VERBS.has(next.normal) || next.normal === 'lost'));
  return isUnknownName(token.text) && !plural && (verb || isBeforePosition(token, next)) && !/\S/.test(token.post);
}

/**
 * Players' positions, which follow their club's name: "Neath flanker Steve Williams",
 * "Kelvale prop Ivo Roe", "Orvale paceman Tam Rusk" (context.ts weighs "coach", "striker" and the like).
 */
export const POSITIONS = new Set([
  'flanker', 'lock', 'prop', 'hooker', 'fly-half', 'scrum-half', 'centre', 'center', 'wing', 'full-back', 'fullback', 'number',
  'keeper', 'wicketkeeper', 'batsman', 'bowler', 'paceman', 'spinner', 'all-rounder', 'opener', 'pitcher', 'quarterback', 'guard', 'sweeper',
  // "Chicago goaltender Sergei Kamenskikh", "Skra's libero Pawel Nowak"
  'goaltender', 'goalie', 'netminder', 'libero', 'setter', 'pivot',
]);

/** "Neath flanker": the word before a player's position, glued by a space. */
export function isBeforePosition(token: Token, next: Token | undefined): boolean {
  return next !== undefined && POSITIONS.has(next.normal) && !/\S/.test(token.post) && !/\S/.test(next.post);
}
