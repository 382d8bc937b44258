import type { Document } from '../document.js';
import type { DateFinding, Entity, EventFinding } from './model.js';

export function findEvents(_doc: Document, _dates: DateFinding[], _entities: Entity[]): EventFinding[] {
  return [];
}
