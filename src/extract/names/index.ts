/** Named people, places and organizations: find -> extend -> opening surnames -> acronyms -> align the headline -> weigh -> group. */
import type { Document } from '../../document.js';
import type { Entity } from '../model.js';
import { findAcronymDefinitions } from './acronyms.js';
import { findCandidates } from './candidates.js';
import { extendToKnownNames } from './extend.js';
import { groupNames } from './group.js';
import { addOpeningSurnames } from './opening-surnames.js';
import { alignHeadline } from './headline.js';
import { isSportsCopy } from './sports.js';

export function findNames(doc: Document): Entity[] {
  const sports = isSportsCopy(doc);
  const { candidates, definitions } = findAcronymDefinitions(doc, addOpeningSurnames(doc, extendToKnownNames(doc, findCandidates(doc, sports))));
  return groupNames(doc, alignHeadline(doc, candidates), definitions, sports);
}
