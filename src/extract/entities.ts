/** Entities with everything known about them: names, then descriptions and ages. */
import type { Document } from '../document.js';
import type { Entity } from './model.js';
import { findNames } from './names/index.js';
import { describePeople } from './people/index.js';
import type { ResolvedDescription } from './people/descriptions.js';

export interface EntityFindings {
  entities: Entity[];
  descriptions: ResolvedDescription[];
}

export function findEntities(doc: Document): EntityFindings {
  const entities = findNames(doc);
  const descriptions = describePeople(doc, entities);
  return { entities, descriptions };
}
