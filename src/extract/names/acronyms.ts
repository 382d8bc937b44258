/**
 * Acronyms the article defines: "European Aeronautic Defence and Space Company
 * (EADS)". The long form becomes one name, even across "and"; the acronym joins it.
 * A simplified Schwartz–Hearst match: the acronym's letters are the initials of
 * words of the long form, in order, the first letter on its first word.
 */
import type { Document, Token } from '../../document.js';
import type { NameCandidate } from './candidates.js';
import { baseWord } from './name-tokens.js';
import { shape } from './shape.js';

export interface AcronymDefinition {
  longForm: NameCandidate;
  acronym: string;
}

/** Words the long form may skip: "Defence and Space", "Bank of England". */
const SKIPPABLE = new Set(['and', 'of', 'the', 'for', '&', 'de', 'du', 'des', 'la', 'le']);
const MAX_EXTRA_WORDS = 3;

export function findAcronymDefinitions(doc: Document, candidates: NameCandidate[]): { candidates: NameCandidate[]; definitions: AcronymDefinition[] } {
  const definitions: AcronymDefinition[] = [];
  let result = candidates;
  for (const acronymToken of doc.tokens) {
    if (!/^\p{Lu}{2,8}$/u.test(acronymToken.text) || !isInBrackets(doc, acronymToken.index)) continue;
    const first = longFormStart(doc, acronymToken.index, acronymToken.text);
    if (first < 0) continue;
    const [longForm] = shape(doc, first, acronymToken.index);
    if (!longForm || longForm.end !== acronymToken.index) continue;
    // The long form replaces the pieces the capitals had made of it.
    result = [...result.filter((c) => c.stop <= longForm.start || c.start >= longForm.stop), longForm].sort((a, b) => a.start - b.start);
    definitions.push({ longForm, acronym: acronymToken.text });
  }
  return { candidates: withDefinedAcronyms(doc, result, definitions), definitions };
}

/**
 * "The World Health Organization (WHO) ... the WHO's director": every use of a defined
 * acronym is a mention, though the finder skipped one that spells a word ("WHO", "IT").
 */
function withDefinedAcronyms(doc: Document, candidates: NameCandidate[], definitions: AcronymDefinition[]): NameCandidate[] {
  const acronyms = new Set(definitions.map((definition) => definition.acronym));
  if (acronyms.size === 0) return candidates;
  const covered = (token: Token): boolean => candidates.some((c) => c.start <= token.start && token.end <= c.stop);
  const added = doc.tokens
    .filter((token) => acronyms.has(baseWord(token)) && !covered(token))
    .flatMap((token) => shape(doc, token.index, token.index + 1));
  return added.length === 0 ? candidates : [...candidates, ...added].sort((a, b) => a.start - b.start);
}

/** "(EADS)", and "( UNHCR )" as CoNLL-style text spaces it. */
function isInBrackets(doc: Document, index: number): boolean {
  const token = doc.tokens[index]!;
  const opened = /\($/.test(token.pre) || (token.pre === '' && /\(\s*$/.test(doc.tokens[index - 1]?.post ?? ''));
  return opened && /^\s*\)/.test(token.post);
}

/** The first token of the long form before "(ACRONYM)", or -1. */
function longFormStart(doc: Document, acronymIndex: number, acronym: string): number {
  const sentence = doc.tokens[acronymIndex]!.sentence;
  let letter = acronym.length - 1;
  let extra = 0;
  for (let i = acronymIndex - 1; i >= 0 && doc.tokens[i]!.sentence === sentence; i--) {
    const word = doc.tokens[i]!.text;
    if (SKIPPABLE.has(word.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(word)) return -1;
    // "U.N. High Commissioner for Refugees (UNHCR)": a dotted word gives all its letters.
    const letters = /^(\p{Lu}\.)+$/u.test(word) ? word.replace(/\./g, '') : word[0]!;
    if (acronym.slice(letter - letters.length + 1, letter + 1) === letters) {
      if (letter - letters.length < 0) return i;
      letter -= letters.length;
    } else if (++extra > MAX_EXTRA_WORDS) {
      return -1;
    }
  }
  return -1;
}
