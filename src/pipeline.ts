/**
 * The ordered stages of an extraction. Each stage reads the shared document
 * and what earlier stages found.
 */
import { decodeText, parseDocument } from './document.js';
import { findDates, findDocumentDate } from './extract/dates/index.js';
import { findEntities } from './extract/entities.js';
import { findEvents } from './extract/events/index.js';
import { record } from './record.js';
import type { ExtractOptions, Facts } from './types.js';

export function runPipeline(raw: string, options: ExtractOptions = {}): Facts {
  const doc = parseDocument(decodeText(raw));
  // --ref-date first; else the article's dateline ("February 03, 2009" under the title)
  const option = options.referenceDate ?? null;
  const referenceDate = option ?? findDocumentDate(doc);
  const referenceDateSource = option !== null ? 'option' : referenceDate !== null ? 'document' : null;
  const { entities, descriptions } = findEntities(doc);
  const dates = findDates(doc, referenceDate);
  const events = findEvents(doc, dates, entities, descriptions);
  return record(doc, { source: options.source ?? '-', referenceDate, referenceDateSource, entities, dates, events });
}
