/** factx as a library: `extract(text, options)` gives the same object as the CLI's JSON. */
import { runPipeline } from './pipeline.js';
import type { ExtractOptions, Facts } from './types.js';

export function extract(text: string, options: ExtractOptions = {}): Facts {
  return runPipeline(text, options);
}

export type {
  DateMention,
  Event,
  ExtractOptions,
  Facts,
  Organization,
  Person,
  Place,
  ReferenceDateSource,
  Span,
  TimexType,
} from './types.js';
export { SCHEMA } from './types.js';
