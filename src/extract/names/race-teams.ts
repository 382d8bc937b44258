/**
 * Teams in motor-racing and cycling copy, named after the rider's or driver's country
 * in the results and after "driving for" in the story:
 *
 *   "1. Jean Morel (France) Benetton 1:41:18.357"    a team, not a person
 *   "2. Ane Zubiri (Spain) ONCE same time"           a team, not a word
 *   "6. Mika Lehto (Finland) McLaren 1 lap behind"
 *   "Lamoureux, driving a Williams-Renault"          a chassis and its engine: the team
 *   "Jos van Dijk, driving for Arrows, said"
 */
import type { Document } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import type { Evidence } from './evidence.js';

/** "Jean Morel (France) ": a competitor's country in brackets just before the name. */
const COUNTRY_BEFORE = /\([ \t]*\p{Lu}[^()\n]{1,28}\)[ \t]*$/u;
/** " 1:41:18.357", " 0:12 behind", " same time", " 1 lap behind", " s.t.": the competitor's time or gap. */
const TIME_AFTER = /^[ \t]+(?:\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?!\d)|same time\b|s\.t\.|\d+ laps? behind\b|at \d)/i;
/** "driving for Arrows", "rides for Rabobank", "raced for Ligier". */
const TEAM_VERB_FOR = /\b(?:driv(?:e|es|ing)|drove|rid(?:e|es|ing)|rode|rac(?:e|es|ed|ing))[ \t]+for[ \t]+$/i;
/** "driving a Williams-Renault": a chassis and its engine, each capitalised. */
const TEAM_VERB_CAR = /\b(?:driv(?:e|es|ing)|drove)[ \t]+an?[ \t]+$/i;
const CHASSIS_ENGINE = /^\p{Lu}[\p{L}]+-\p{Lu}[\p{L}]+$/u;
/** How far before and after the name the pattern may reach on its line. */
const REACH = 40;

export function weighRaceTeam(evidence: Evidence, doc: Document, candidate: NameCandidate): void {
  const line = doc.lines[doc.tokens[candidate.first]!.line];
  if (line === undefined) return;
  const before = doc.text.slice(Math.max(line.start, candidate.start - REACH), candidate.start);
  const after = doc.text.slice(candidate.stop, Math.min(line.end, candidate.stop + REACH));
  const team =
    (COUNTRY_BEFORE.test(before) && TIME_AFTER.test(after)) ||
    TEAM_VERB_FOR.test(before) ||
    (TEAM_VERB_CAR.test(before) && CHASSIS_ENGINE.test(candidate.text));
  if (!team) return;
  evidence.organization += 6;
  evidence.person = Math.min(evidence.person, 0);
  evidence.weakPerson = 0;
}
