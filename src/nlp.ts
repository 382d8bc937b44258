/**
 * The compromise that factx parses with: its tagger build (compromise/two),
 * whose post-tagger sweep is replaced by factx's faster one (src/nlp/sweep.ts),
 * which finds the same matches in the same order (tested: identical tags).
 */
import nlp from 'compromise/two';
import { type RuleIndex, type SweepMethods, sweep } from './nlp/sweep.js';

interface OneMethods {
  bulkMatch(document: unknown[], net: RuleIndex, methods: SweepMethods, opts?: { matchOne?: boolean }): unknown;
}

const methods = (nlp.methods() as unknown as { one: OneMethods }).one;
/** compromise's own sweep, for the test that compares the two. */
export const fullSweep = methods.bulkMatch;

methods.bulkMatch = (document, net, allMethods, opts) => sweep(document as Parameters<typeof sweep>[0], net, allMethods, opts);

export default nlp;
