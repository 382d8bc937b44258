/** Shared helpers for the stage tests: extraction with a fixed reference date. */
import { extract } from '../src/index.js';
import type { Facts } from '../src/types.js';

export const REFERENCE_DATE = '2025-03-03';

export function facts(text: string, referenceDate: string | null = REFERENCE_DATE): Facts {
  return extract(text, { referenceDate, source: 'test' });
}

export function peopleNames(text: string): string[] {
  return facts(text).people.map((person) => person.name);
}

/** "Lamar Odom 45" for each person with an age. */
export function ages(text: string): string[] {
  return facts(text)
    .people.filter((person) => person.age !== null)
    .map((person) => `${person.name} ${person.age}`);
}
