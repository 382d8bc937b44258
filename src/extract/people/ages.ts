/**
 * Ages stated for people, attached to the person they belong to:
 *
 *   "the 45-year-old athlete"          (through the description's person)
 *   "Raymond Roth, 48, of Massapequa"  "Roth (48)"  "Roth, aged 55"
 *   "Roth, who is 25"                  "Roth died at the age of 56"
 */
import type { Document } from '../../document.js';
import type { Entity, TextRange } from '../model.js';
import { bareAgeAt } from './age-phrases.js';
import type { ResolvedDescription } from './descriptions.js';
import type { PersonMention } from './mentions.js';

export interface AgeFinding {
  entity: Entity;
  value: number;
  source: TextRange;
}

export function findAges(doc: Document, people: PersonMention[], descriptions: ResolvedDescription[]): AgeFinding[] {
  const found: AgeFinding[] = [];
  for (const { entity, age, description } of descriptions) {
    if (age) found.push({ entity, value: age.value, source: { start: description.start, end: description.end } });
  }
  for (const person of people) {
    const age = ageAfterName(doc, person.end, person.sentence);
    if (age) found.push({ entity: person.entity, value: age.value, source: age.source });
  }
  return found.sort((a, b) => a.source.start - b.source.start);
}

/** Words after a name that state its age; `at` is the first token after the name. */
function ageAfterName(doc: Document, at: number, sentence: number): { value: number; source: TextRange } | null {
  const name = doc.tokens[at - 1]!;
  const tokens = doc.tokens.slice(at, at + 5).filter((token) => token.sentence === sentence);
  const [first, second, third, fourth] = tokens;
  if (!first) return null;
  // "Roth (48) said"
  if (/^\s*\($/.test(name.post + first.pre) && /^\)/.test(first.post)) return numberAt(doc, first.index);
  if (!/^\s*,\s*$/.test(name.post)) return null;
  // "Raymond Roth, 48, of Massapequa": the number closes with a comma or the sentence.
  if (/^\s*[,.]/.test(first.post) || first.index === doc.sentences[sentence]!.endToken - 1) {
    const bare = numberAt(doc, first.index);
    if (bare) return bare;
  }
  // "Roth, aged 55"
  if (first.normal === 'aged' && second) return numberAt(doc, second.index);
  // "Roth, who is 25"
  if (first.normal === 'who' && second && /^(is|was)$/.test(second.normal) && third && !/\S/.test(second.post.trim())) {
    const age = numberAt(doc, third.index);
    if (age && !/^\s*(years|percent|%|times|of)\b/.test(doc.text.slice(third.end, third.end + 10)) && fourth?.normal !== 'years') return age;
  }
  return null;
}

function numberAt(doc: Document, tokenIndex: number): { value: number; source: TextRange } | null {
  const age = bareAgeAt(doc, tokenIndex);
  return age ? { value: age.value, source: { start: age.start, end: age.end } } : null;
}
