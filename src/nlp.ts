/**
 * The compromise that factx parses with: its tagger build (compromise/two),
 * with one speed-up that changes no tag.
 *
 * compromise's post-tagger sweeps ~hundreds of match rules over each sentence.
 * To pick the rules a sentence may need, it walks every key of the rule index
 * ("#Noun", "was", "%Noun|Verb%"...) for every sentence: some 14% of a parse.
 * Here each sweep gets an index cut down, once per document, to the keys that
 * occur in the document, in the same order, so every sentence picks the same
 * rules in the same order as before (tested: identical tags).
 */
import nlp from 'compromise/two';

type Hooks = Record<string, unknown>;
interface Net {
  hooks: Hooks;
}
type Caches = Set<string>[];
interface OneMethods {
  bulkMatch(document: unknown[], net: Net, methods: Methods, opts?: unknown): unknown;
  cacheDoc(document: unknown[]): Caches;
}
interface Methods {
  one: OneMethods;
}

const methods = (nlp.methods() as unknown as Methods).one;
const { bulkMatch, cacheDoc } = methods;
/** compromise's own sweep, for the test that compares the two. */
export const fullSweep = bulkMatch;
/** Each rule index's keys in compromise's order, read once. */
const keysOf = new WeakMap<Net, string[]>();

methods.bulkMatch = (document, net, allMethods, opts) => {
  const caches = cacheDoc(document);
  const present = new Set<string>();
  for (const sentence of caches) for (const item of sentence) present.add(item);
  let keys = keysOf.get(net);
  if (!keys) keysOf.set(net, (keys = Object.keys(net.hooks)));
  const hooks: Hooks = {};
  for (const key of keys) if (present.has(key)) hooks[key] = net.hooks[key];
  // the sweep caches the document again: hand it the caches made here
  const cached: Methods = { ...allMethods, one: { ...allMethods.one, cacheDoc: (d) => (d === document ? caches : cacheDoc(d)) } };
  return bulkMatch(document, { ...net, hooks }, cached, opts);
};

export default nlp;
