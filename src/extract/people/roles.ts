/**
 * Role nouns: the heads of phrases that describe a person ("athlete", "star",
 * "founder"). compromise tags many as Actor; news adds its own.
 */
import type { Token } from '../../document.js';

const ROLE_NOUNS = new Set([
  'star', 'founder', 'co-founder', 'athlete', 'actor', 'actress', 'singer', 'rapper', 'player',
  'winger', 'striker', 'midfielder', 'defender', 'goalkeeper', 'coach', 'manager', 'captain',
  'personality', 'host', 'presenter', 'anchor', 'reporter', 'journalist', 'author', 'writer',
  'director', 'producer', 'musician', 'model', 'businessman', 'businesswoman', 'entrepreneur',
  'billionaire', 'millionaire', 'politician', 'lawmaker', 'senator', 'president', 'leader',
  'chairman', 'chairwoman', 'chief', 'executive', 'spokesman', 'spokeswoman', 'officer',
  'suspect', 'victim', 'defendant', 'man', 'woman', 'boy', 'girl', 'teenager', 'mother',
  'father', 'wife', 'husband', 'protester', 'champion', 'veteran', 'socialite', 'comedian',
  'legend', 'icon', 'mogul', 'heiress', 'heir', 'boxer', 'golfer', 'cyclist', 'driver',
  // sport: "the 30-year-old forward", "the 24-year-old batsman"
  'forward', 'fullback', 'keeper', 'pitcher', 'catcher', 'shortstop', 'outfielder', 'infielder',
  'linebacker', 'batsman', 'bowler', 'spinner', 'paceman', 'cricketer', 'footballer', 'sprinter',
  'runner', 'swimmer', 'jockey', 'rider', 'challenger', 'titleholder', 'rookie', 'newcomer',
  // "the 35-year-old former international Nikos Sideris": a player capped by his country
  'international', 'full-back', 'centre-back', 'playmaker', 'fly-half', 'scrum-half', 'debutant', 'debutante',
  // news of crime and of daily life: "the 25-year-old gunman", "the 71-year-old pensioner"
  'gunman', 'attacker', 'robber', 'killer', 'hijacker', 'inmate', 'nurse', 'student', 'pensioner',
  'schoolboy', 'schoolgirl', 'youngster', 'widow', 'widower', 'housewife', 'passenger', 'pedestrian',
  'hiker', 'climber', 'fisherman', 'miner', 'candidate', 'governor', 'premier', 'ambassador', 'envoy',
  'investor', 'magnate',
  // compromise tags no Actor: "a 23-year-old security guard", "the 40-year-old paramedic"
  'guard', 'resident', 'volunteer', 'labourer', 'vendor', 'policewoman', 'paramedic', 'lecturer', 'migrant',
  'detainee', 'neighbour', 'diver', 'janitor', 'contractor', 'owner', 'collector', 'seller', 'buyer',
  'bidder', 'shareholder', 'trainee', 'imam', 'patient', 'juror', 'fugitive', 'traveller', 'commuter', 'schoolteacher',
  'headmistress', 'vicar', 'teen', 'amateur', 'professional',
  // sport: "the 29-year-old skipper", "the 24-year-old featherweight"
  'skipper', 'helmsman', 'navigator', 'rower', 'skater', 'judoka', 'fencer', 'archer', 'shooter', 'gymnast',
  'weightlifter', 'marathoner', 'heavyweight', 'featherweight', 'middleweight', 'flyweight', 'welterweight',
  'bantamweight', 'southpaw', 'qualifier', 'pivot',
  // "the 64-year-old incumbent, Per-Olav Rønning,", "Swiss guide Urs Brunner"
  'incumbent', 'guide', 'mountaineer', 'survivor',
]);

/** Not roles, though compromise tags them Actor in "45-year-old". */
const NOT_ROLES = new Set(['year', 'old', 'years']);

export function isRoleNoun(token: Token): boolean {
  if (NOT_ROLES.has(token.normal) || token.tags.has('Plural') || token.tags.has('Unit')) return false;
  if (!/^\p{Ll}/u.test(token.text)) return false;
  return ROLE_NOUNS.has(token.normal) || (token.tags.has('Actor') && token.tags.has('Singular'));
}

/** "newcomer", "veteran": a role noun, whatever its case ("Newcomer Nneka Okonkwo-Bright" opens a sentence). */
export function isRoleWord(word: string): boolean {
  return ROLE_NOUNS.has(word.toLowerCase());
}
