/** Named people, places and organizations: find -> acronyms -> align the headline -> weigh -> group. */
import type { Document } from '../../document.js';
import type { Entity } from '../model.js';
import { findAcronymDefinitions } from './acronyms.js';
import { findCandidates } from './candidates.js';
import { groupNames } from './group.js';
import { alignHeadline } from './headline.js';

export function findNames(doc: Document): Entity[] {
  const { candidates, definitions } = findAcronymDefinitions(doc, findCandidates(doc));
  return groupNames(doc, alignHeadline(doc, candidates), definitions);
}
