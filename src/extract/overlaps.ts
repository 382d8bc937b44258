/**
 * Names and dates claim the same words now and then. A weekday or month
 * inside a longer name belongs to the name: "Sheffield Wednesday" is a club,
 * "April Ryan" a person, not dates.
 */
import type { DateFinding, Entity } from './model.js';

export function datesOutsideNames(dates: DateFinding[], entities: Entity[]): DateFinding[] {
  const names = entities.flatMap((entity) => entity.mentions).filter((mention) => /\s/.test(mention.text));
  return dates.filter((date) => !names.some((name) => name.start <= date.start && date.end <= name.end));
}
