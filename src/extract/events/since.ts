/**
 * A "since" date anchors the perfect that lasts from it, not a verb it governs:
 *   "Iraq has refused to allow inspections since August" -> refused,
 *   "The index has not closed above 8,000 since February" -> closed,
 *   "The company has been trying to sell the unit since 1995" -> trying.
 */
import { firstTokenEndingAfter, type Document, type Token } from '../../document.js';
import type { DateFinding } from '../model.js';
import type { Clause } from './clauses.js';

const HAVE = new Set(['has', 'have', 'had']);

export function perfectSince(doc: Document, clause: Clause, date: DateFinding): Token | null {
  const dateFirst = firstTokenEndingAfter(doc, date.start);
  if (doc.tokens[dateFirst - 1]?.normal !== 'since') return null;
  for (let i = clause.first; i < dateFirst - 1; i++) {
    if (!HAVE.has(doc.tokens[i]!.normal)) continue;
    let j = i + 1;
    // "has not", "had been", "have already been"
    while (j < dateFirst && (doc.tokens[j]!.tags.has('Adverb') || doc.tokens[j]!.tags.has('Negative') || doc.tokens[j]!.normal === 'been')) j++;
    const participle = doc.tokens[j];
    if (!participle || j >= dateFirst - 1) continue;
    // "closed" read as an adjective; "been trying"
    const verb = participle.tags.has('Verb') && (participle.tags.has('PastTense') || participle.tags.has('Gerund'));
    if (verb || (participle.tags.has('Adjective') && /ed$/.test(participle.normal))) return participle;
  }
  return null;
}
