/**
 * Particles inside surnames, in either case: "Marine Le Pen", "Kevin De Bruyne",
 * "Robin van Persie", "Ursula von der Leyen", "Mohammed bin Salman", "Bashar al-Assad".
 * A particle opens the short form too ("Le Pen said", "van Persie scored"),
 * and is never a name alone.
 */
import type { Token } from '../../document.js';
import { isKnownPlace } from './gazetteer.js';

/** Malay and Arabic words for "son of", "daughter of": "Tariq bin Yusof", "Siti binti Aziz", "Abdullah ibn Saud". */
const PATRONYMICS: ReadonlySet<string> = new Set(['bin', 'binti', 'bint', 'ibn']);

/** "bin" in "Tariq bin Yusof", written in lower case inside the name: no body's name has one. */
export function isPatronymic(word: string): boolean {
  return PATRONYMICS.has(word);
}

/**
 * Lower-cased. Not "ben" nor "abu", which are given names as well ("Ben Smith"),
 * nor "do", "ten", "y", which are English or Spanish words between names.
 */
const SURNAME_PARTICLES = new Set([
  'de', 'del', 'della', 'degli', 'dei', 'des', 'da', 'das', 'dos', 'di', 'du', 'la', 'le', 'las', 'los',
  'van', 'von', 'vom', 'der', 'den', 'ter', 'zu', 'zur', 'al', 'el', ...PATRONYMICS,
  // "Birgitta af Klinteberg" (Swedish), "Romeo dela Cruz" (Filipino)
  'af', 'dela',
]);

/** The most particles that open one surname: "van der" in "Rafael van der Vaart". */
const MAX_PARTICLES = 2;

/** "de", "De", "DE": a particle, whatever its case. */
export function isParticle(word: string): boolean {
  return SURNAME_PARTICLES.has(word.toLowerCase());
}

/**
 * The index of the surname after the particles that open at `index`: "von der Leyen"
 * -> "Leyen", "al-Assad" -> "Assad"; -1 unless a capitalised word follows the
 * particles in the same sentence, with nothing but a space or a hyphen between.
 */
export function surnameAfterParticles(tokens: readonly Token[], index: number): number {
  const opener = tokens[index];
  if (opener === undefined) return -1;
  for (let i = index; i < index + MAX_PARTICLES && i < tokens.length; i++) {
    const particle = tokens[i]!;
    const next = tokens[i + 1];
    if (!isParticle(particle.text) || !/^[ -]$/.test(particle.post) || next === undefined || next.sentence !== opener.sentence) return -1;
    if (/^\p{Lu}\p{L}/u.test(next.text) && !isParticle(next.text)) return i + 1;
  }
  return -1;
}

/**
 * "Le", "von der": a run of particles alone names nobody. Van, the Turkish
 * city, is a place whose name is a particle.
 */
export function isOnlyParticles(words: readonly string[]): boolean {
  if (!words.every(isParticle)) return false;
  return !isKnownPlace(words.join(' '));
}

/** "al-Assad" -> "assad", "el-Sisi" -> "sisi": a lower-cased surname without its joined particle; else null. */
export function withoutJoinedParticle(word: string): string | null {
  const match = /^(\p{L}+)-(\p{L}.*)$/u.exec(word);
  return match !== null && isParticle(match[1]!) ? match[2]!.toLowerCase() : null;
}
