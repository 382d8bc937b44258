/** Named people, places and organizations: find -> weigh -> group. */
import type { Document } from '../../document.js';
import type { Entity } from '../model.js';
import { findCandidates } from './candidates.js';
import { groupNames } from './group.js';

export function findNames(doc: Document): Entity[] {
  return groupNames(doc, findCandidates(doc));
}
