/** Named people, places and organizations: find -> align the headline -> weigh -> group. */
import type { Document } from '../../document.js';
import type { Entity } from '../model.js';
import { findCandidates } from './candidates.js';
import { groupNames } from './group.js';
import { alignHeadline } from './headline.js';

export function findNames(doc: Document): Entity[] {
  return groupNames(doc, alignHeadline(doc, findCandidates(doc)));
}
