import type { Document } from '../document.js';
import type { DateFinding, Entity, EventFinding } from './model.js';
import type { ResolvedDescription } from './people/descriptions.js';

export function findEvents(_doc: Document, _dates: DateFinding[], _entities: Entity[], _descriptions: ResolvedDescription[]): EventFinding[] {
  return [];
}
