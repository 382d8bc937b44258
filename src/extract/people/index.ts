/** What the article says about its people beyond their names: gender, descriptions and ages. */
import type { Document } from '../../document.js';
import type { Entity } from '../model.js';
import { agesBesideNames, findAges } from './ages.js';
import { findDescriptions, type ResolvedDescription } from './descriptions.js';
import { gendersOf } from './gender.js';
import { personMentions } from './mentions.js';

/** Adds descriptions and the stated age to each person; returns the descriptions found. */
export function describePeople(doc: Document, entities: Entity[]): ResolvedDescription[] {
  const people = personMentions(doc, entities);
  const genders = gendersOf(doc, people);
  for (const [entity, gender] of genders) entity.gender = gender;
  const besideNames = agesBesideNames(doc, people);
  const knownAges = new Map<Entity, number>();
  for (const { entity, value } of besideNames) if (!knownAges.has(entity)) knownAges.set(entity, value);
  const descriptions = findDescriptions(doc, people, knownAges);
  // "the 45-year-old said" describes the person by age alone: no role noun to keep
  for (const { entity, description } of descriptions) if (description.role) entity.descriptions.push(description);
  for (const age of findAges(doc, people, descriptions, besideNames)) {
    // The first age stated is the person's current one: "Roth, 48," before "joined aged 14".
    if (!age.entity.age) age.entity.age = { value: age.value, source: age.source };
  }
  return descriptions;
}
