/**
 * A team sport's lists name each player's club in brackets after the player:
 *
 *   "Squad :"                                         a heading, then its lines:
 *   "Full backs - Wayne Proctor (Llanelli), Justin Thomas (Swansea)"
 *   "Forwards - Jonathan Humphreys (captain, Cardiff)"
 *   "Centres: Karim Ouahbi (Brive), Laurent Marchetti-Dubois (Castres, captain)"
 *   "Leading scorers: Lemieux (Pittsburgh) 34 points, Paul Kariya (Anaheim) 28"
 *
 * The club there is a body (CoNLL: ORG), though the name is a town's; a country
 * stays the country, a national side ("Forwards : Ian Roe ( Wales )"). Results of
 * individual sports ("1. Michael Johnson (U.S.) 19.85") have no such label.
 */
import type { Document, Token } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { gazetteerKinds } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';
import { cachedPerLine } from './line-cache.js';

/** "Squad :", "Forwards -", "Ireland team :", "Leading scorers:": a label opening a list of players. */
const LIST_LABEL = /^[^:\n]{0,30}\b(?:squad|team|teams|line-?up|xv|forwards|backs|goalkeepers|defenders|midfielders|strikers|substitutes|replacements|reserves|scorers)[ \t]*(?::|[-–][ \t])/i;
/** "Squad:", "Wales team:" alone on its line, the list's lines below it; not "Ireland named a squad :", a sentence. */
const HEADING = /^[ \t]*(?:\p{Lu}[\p{L}'.-]*[ \t]+){0,3}(?:[Ss]quad|SQUAD|[Tt]eams?|TEAMS?|[Ll]ine-?up|XV|[Ss]corers)[ \t]*:[ \t]*$/u;
/** "Wingers - Ieuan Evans (Llanelli), ...", "Jim Staples (Harlequins), ...": a line of players, each with a bracket. */
const LIST_LINE = /^[ \t]*(?:\p{Lu}[\p{L} ]{0,25}?(?:[ \t]+[-–]|[ \t]*:)[ \t]+)?\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*){0,3}[ \t]*\([^()\n]{2,40}\)/u;
/** Lines of one list between its heading and a line of it. */
const MAX_LINES_ABOVE = 16;
/** "Proctor (", "Humphreys (captain, ": a name's last letters, the bracket and a role at most. */
const NAME_THEN_BRACKET = /\p{L}[ \t]*\([ \t]*(?:(?:captain|capt\.|vice-captain|vice-capt\.)[ \t]*,[ \t]*)?$/iu;
/** How far before the club the name and its bracket are looked for. */
const REACH = 40;
/** Words of a club's name in the bracket: "(Real Madrid)". */
const MAX_CLUB_WORDS = 4;

/** The line is a line of a squad or a list of scorers: its label, or a squad's heading above it. */
export const isTeamListLine = cachedPerLine((doc, lineIndex) => {
  const text = lineText(doc, lineIndex);
  if (LIST_LABEL.test(text)) return true;
  if (!LIST_LINE.test(text)) return false;
  for (let index = lineIndex - 1; index >= 0 && index >= lineIndex - MAX_LINES_ABOVE; index--) {
    const above = lineText(doc, index);
    if (HEADING.test(above)) return true;
    if (above.trim() !== '' && !LIST_LINE.test(above)) return false;
  }
  return false;
});

/** The tokens `first` to `end` stand alone in brackets after a player's name, on a line of a squad or of scorers. */
export function isBracketedInTeamList(doc: Document, first: number, end: number): boolean {
  const opener = doc.tokens[first]!;
  const last = doc.tokens[end - 1]!;
  // "(Castres, captain)": a role may follow the club.
  if (last.line !== opener.line || end - first > MAX_CLUB_WORDS || !/^[ \t]*(?:,[ \t]*(?:captain|capt\.|vice-captain|vice-capt\.)[ \t]*)?\)/i.test(last.post + doc.text.slice(last.end + last.post.length, last.end + 20))) return false;
  const line = doc.lines[opener.line];
  if (line === undefined || !NAME_THEN_BRACKET.test(doc.text.slice(Math.max(line.start, opener.start - REACH), opener.start))) return false;
  return isTeamListLine(doc, opener.line);
}

/** "Wayne Proctor (Llanelli)" in a squad: the club; not "Ian Roe (Wales)", a country's side. */
export function isClubInTeamList(doc: Document, candidate: NameCandidate): boolean {
  if (!isBracketedInTeamList(doc, candidate.first, candidate.end)) return false;
  return !gazetteerKinds(candidate.text).has('country') && !lexiconTags(candidate.text).includes('Country');
}

/** " (Llanelli)", " (captain, Cardiff)": a bracket right after the name, on its line. */
const BRACKET_AFTER = /^[ \t]*\([^()\n]{2,40}\)/;

/** "Wayne Proctor" in "Wayne Proctor (Llanelli)" on a squad's line: a player, whatever his club's bracket holds. */
export function isPlayerInTeamList(doc: Document, candidate: NameCandidate): boolean {
  const first = doc.tokens[candidate.first]!;
  if (!BRACKET_AFTER.test(doc.text.slice(candidate.stop, candidate.stop + 48)) || !/^\p{Lu}\p{Ll}/u.test(candidate.text)) return false;
  return doc.tokens[candidate.end - 1]!.line === first.line && !/\(/.test(first.pre) && isTeamListLine(doc, first.line);
}

/** "Tenerife" in "Meho Kodro (Tenerife)" under "Leading scorers:": a club's name opens here though no list knows it. */
export function opensBracketedClub(doc: Document, token: Token): boolean {
  // only just after a bracket or a role's comma: "(Tenerife)", "(captain, Cardiff)"
  if (!/\($/.test(token.pre) && !/,\s*$/.test(doc.tokens[token.index - 1]?.post ?? '')) return false;
  for (let end = token.index + 1; end <= token.index + MAX_CLUB_WORDS && end <= doc.tokens.length; end++) {
    const last = doc.tokens[end - 1]!;
    if (last.line !== token.line) return false;
    if (/^[ \t]*\)/.test(last.post)) return isBracketedInTeamList(doc, token.index, end);
  }
  return false;
}

function lineText(doc: Document, lineIndex: number): string {
  const line = doc.lines[lineIndex];
  return line === undefined ? '' : doc.text.slice(line.start, line.end);
}
