/**
 * The ordered stages of an extraction. Each stage reads the shared document
 * and what earlier stages found.
 */
import { decodeText, parseDocument } from './document.js';
import { datelineValue } from './extract/dates/dateline.js';
import { findDates } from './extract/dates/index.js';
import { findEntities } from './extract/entities.js';
import { findEvents } from './extract/events/index.js';
import { datesOutsideNames } from './extract/overlaps.js';
import { record } from './record.js';
import type { ExtractOptions, Facts } from './types.js';

export function runPipeline(raw: string, options: ExtractOptions = {}): Facts {
  const doc = parseDocument(decodeText(raw));
  // --ref-date first; else the article's dateline ("February 03, 2009" under the title)
  const option = options.referenceDate ?? null;
  // the dates found without a reference give the dateline, and are the dates when there is none
  const undated = option === null ? findDates(doc, null) : null;
  const referenceDate = option ?? (undated === null ? null : datelineValue(doc, undated));
  const referenceDateSource = option !== null ? 'option' : referenceDate !== null ? 'document' : null;
  const { entities, descriptions } = findEntities(doc);
  const dates = datesOutsideNames(undated !== null && referenceDate === null ? undated : findDates(doc, referenceDate), entities);
  const events = findEvents(doc, dates, entities, descriptions);
  return record(doc, { source: options.source ?? '-', referenceDate, referenceDateSource, entities, dates, events });
}
