/**
 * Settles overlapping candidates: the longest span wins ("Friday, July 21,
 * 2017" over "Friday" and "2017"), then the higher priority, then the first.
 */
import type { Candidate } from './candidate.js';

export function mergeCandidates(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => (b.end - b.start) - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    if (kept.some((k) => k.start < candidate.end && candidate.start < k.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
