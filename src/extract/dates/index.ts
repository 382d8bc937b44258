/**
 * Temporal expressions (TIMEX3): spans, types and values resolved against the
 * reference date. Placeholder until the dates stage lands.
 */
import type { Document } from '../../document.js';
import type { DateFinding } from '../model.js';

export function findDates(_doc: Document, _referenceDate: string | null): DateFinding[] {
  return [];
}
