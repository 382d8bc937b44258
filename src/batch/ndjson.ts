/**
 * One line of `--input ndjson`: `{"id": "a1", "text": "...", "date": "2025-03-03"}`.
 * `id` (string or number) becomes `source`; `date` (YYYY-MM-DD or null) is the
 * reference date, else `--ref-date`; other fields are ignored.
 */
import { isCalendarDate } from '../check/case-options.js';
import type { Task } from './task.js';

export function parseNdjsonLine(line: string, defaultDate: string | null): Task | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: 'expected a JSON object {"id", "text", "date"}' };
  const record = data as Record<string, unknown>;
  const { id, text, date } = record;
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) return { error: '"id" must be a string or a number' };
  if (typeof text !== 'string') return { error: '"text" must be a string' };
  if (date !== undefined && date !== null && !(typeof date === 'string' && isCalendarDate(date))) {
    return { error: `"date" must be a date YYYY-MM-DD or null, got ${JSON.stringify(date)}` };
  }
  return { text, source: String(id), referenceDate: typeof date === 'string' ? date : defaultDate };
}
