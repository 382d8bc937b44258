/**
 * compromise's post-tagger sweep (methods.one.bulkMatch), rewritten for speed
 * with the same result, rule for rule and in the same order.
 *
 * The sweep runs some hundreds of match rules ("#Adverb #Adjective", "(was|is)
 * being #Verb"...) over each sentence, and is a third of factx's time. For each
 * sentence, compromise's own sweep:
 *   1. walks every key of the rule index ("#Noun", "was", "%Noun|Verb%"...) and
 *      gathers the rules of the keys the sentence has, dropping repeats;
 *   2. keeps the rules whose needs, ifNo and wants the sentence meets, adds the
 *      rules with no key, drops those longer than the sentence;
 *   3. runs each rule's match from every word of the sentence, copying the rest
 *      of the sentence at each word.
 * Here (1) visits only the sentence's own keys, sorted into the index's order;
 * (2) is one pass; (3) first checks the rule's opening word where that word is a
 * plain one (a tag or a word, neither optional nor negative): a rule that cannot
 * begin anywhere in the sentence matches nothing, without running the matcher.
 */

/** A compiled match step, as compromise's parseMatch makes it (the fields read here). */
export interface MatchStep {
  word?: string;
  tag?: string;
  use?: string;
  fuzzy?: boolean;
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
  id?: string;
  choices?: unknown;
  [other: string]: unknown;
}
/** One rule of the sweep's index. */
export interface SweepRule {
  match: string;
  regs: MatchStep[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
  [other: string]: unknown;
}
export interface RuleIndex {
  hooks: Record<string, SweepRule[]>;
  always: SweepRule[];
  [other: string]: unknown;
}
/** A term, with the fields a plain opening step is checked on. */
interface SweepTerm {
  text: string;
  normal: string;
  machine: string | null;
  root?: string;
  implicit?: string;
  switch?: string;
  alias?: string[];
  tags: Set<string>;
}
type Pointer = [number | null, number, number, ...unknown[]];
interface MatchResult {
  ptrs: Pointer[];
}
export interface SweepMethods {
  one: {
    cacheDoc(document: SweepTerm[][]): Set<string>[];
    match(docs: SweepTerm[][], rule: SweepRule): MatchResult;
  };
}
export interface SweepResult extends SweepRule {
  pointer: Pointer;
}

/**
 * A rule index read once: each key's place in the index's order, the rules of
 * the key at each place, and a number per distinct match text (the sweep keeps
 * the first rule of each text).
 */
interface NumberedIndex {
  rankOf: Map<string, number>;
  rulesAt: SweepRule[][];
  textIdsAt: Int32Array[];
  /** per text number: the stamp of the sentence that last took a rule of that text */
  takenIn: Int32Array;
  /** sentences swept with this index: each sentence's stamp */
  sentences: number;
}
const numbered = new WeakMap<Record<string, SweepRule[]>, NumberedIndex>();

export function sweep(document: SweepTerm[][], net: RuleIndex, methods: SweepMethods, opts: { matchOne?: boolean } = {}): SweepResult[] {
  const caches = methods.one.cacheDoc(document);
  const index = numberedIndex(net.hooks);
  const results: SweepResult[] = [];
  for (let n = 0; n < document.length; n += 1) {
    const terms = document[n] ?? [];
    const haves = caches[n] ?? new Set<string>();
    for (const rule of rulesFor(haves, terms.length, net, index)) {
      if (!mayStart(rule.regs, terms)) continue;
      const found = methods.one.match([terms], rule);
      for (const ptr of found.ptrs) {
        ptr[0] = n;
        const todo = Object.assign({}, rule, { pointer: ptr }) as SweepResult;
        if (rule.unTag !== undefined) todo.unTag = rule.unTag;
        results.push(todo);
      }
      if (found.ptrs.length > 0 && opts.matchOne === true) return results.slice(0, 1);
    }
  }
  return results;
}

function numberedIndex(hooks: Record<string, SweepRule[]>): NumberedIndex {
  let index = numbered.get(hooks);
  if (!index) {
    const textIds = new Map<string, number>();
    const keys = Object.keys(hooks);
    const rulesAt = keys.map((key) => hooks[key] ?? []);
    const textIdsAt = rulesAt.map((rules) =>
      Int32Array.from(rules, (rule) => {
        let id = textIds.get(rule.match);
        if (id === undefined) textIds.set(rule.match, (id = textIds.size));
        return id;
      }),
    );
    index = { rankOf: new Map(keys.map((key, rank) => [key, rank])), rulesAt, textIdsAt, takenIn: new Int32Array(textIds.size), sentences: 0 };
    numbered.set(hooks, index);
  }
  return index;
}

/** The rules a sentence may need, in the order compromise tries them. */
function rulesFor(haves: Set<string>, termCount: number, net: RuleIndex, index: NumberedIndex): SweepRule[] {
  const ranks: number[] = [];
  for (const item of haves) {
    const rank = index.rankOf.get(item);
    if (rank !== undefined) ranks.push(rank);
  }
  ranks.sort((a, b) => a - b);
  const { takenIn } = index;
  if (index.sentences === 0x7fffffff) {
    takenIn.fill(0);
    index.sentences = 0;
  }
  const stamp = (index.sentences += 1);
  const rules: SweepRule[] = [];
  for (const rank of ranks) {
    const candidates = index.rulesAt[rank] as SweepRule[];
    const textIds = index.textIdsAt[rank] as Int32Array;
    for (let i = 0; i < candidates.length; i += 1) {
      const textId = textIds[i] as number;
      if (takenIn[textId] === stamp) continue;
      takenIn[textId] = stamp;
      const rule = candidates[i] as SweepRule;
      if (termCount >= rule.minWords && meetsCache(rule, haves)) rules.push(rule);
    }
  }
  for (const rule of net.always) if (termCount >= rule.minWords) rules.push(rule);
  return rules;
}

/** compromise's needs / ifNo / wants test against a sentence's cache. */
function meetsCache(rule: SweepRule, haves: Set<string>): boolean {
  for (const need of rule.needs) if (!haves.has(need)) return false;
  if (rule.ifNo !== undefined) for (const no of rule.ifNo) if (haves.has(no)) return false;
  if (rule.wants.length === 0) return true;
  let found = 0;
  for (const want of rule.wants) if (haves.has(want)) found += 1;
  return found >= rule.minWant;
}

/**
 * False when no word of the sentence can open a match. The rule's first steps,
 * up to the first that is not plain or takes more than one word, must match
 * word after word; where they surely fail at every word, so would compromise's
 * matcher (match/02-from-here.js). True when unsure.
 */
export function mayStart(regs: MatchStep[], terms: SweepTerm[]): boolean {
  const steps = plainSteps(regs);
  if (steps === 0) return true;
  for (let i = 0; i < terms.length; i += 1) {
    if (matchesFrom(regs, steps, terms, i)) return true;
  }
  return false;
}

/** Each rule's count of opening plain steps, counted once. */
const plainStepsOf = new WeakMap<MatchStep[], number>();

/** How many opening steps are plain, up to and including the first that may take several words. */
function plainSteps(regs: MatchStep[]): number {
  let steps = plainStepsOf.get(regs);
  if (steps === undefined) {
    steps = 0;
    while (steps < regs.length && isPlain(regs[steps] as MatchStep) && (steps === 0 || (regs[steps - 1] as MatchStep).greedy !== true)) steps += 1;
    plainStepsOf.set(regs, steps);
  }
  return steps;
}

/** Whether the first `steps` plain steps may match the words from `start` on. */
function matchesFrom(regs: MatchStep[], steps: number, terms: SweepTerm[], start: number): boolean {
  for (let k = 0; k < steps; k += 1) {
    const term = terms[start + k];
    // past the sentence's end, a plain step fails
    if (term === undefined) return false;
    if (plainMatch(regs[k] as MatchStep, term) === false) return false;
    // unsure from here: a contraction's first part ("we" of "we've") may make the matcher skip a word
    if (term.implicit) return true;
  }
  return true;
}

/** compromise's doesMatch for a plain step of a common kind; undefined for the others. */
function plainMatch(step: MatchStep, term: SweepTerm): boolean | undefined {
  if (step.word !== undefined) {
    if (step.use !== undefined || step.fuzzy === true) return undefined;
    const word = step.word;
    return term.machine === word || (term.alias?.includes(word) ?? false) || term.text === word || term.normal === word;
  }
  if (step.tag !== undefined) return term.tags.has(step.tag);
  if (step.method !== undefined || step.pre !== undefined || step.post !== undefined || step.regex !== undefined || step.chunk !== undefined) return undefined;
  if (step.switch !== undefined) return term.switch === step.switch;
  if (step.machine !== undefined || step.sense !== undefined) return undefined;
  if (step.fastOr instanceof Set) {
    if (typeof step.pos === 'string' && !term.tags.has(step.pos)) return false;
    const key = term.root || term.implicit || term.machine || term.normal;
    return step.fastOr.has(key) || step.fastOr.has(term.text);
  }
  return undefined;
}

/** A step that must match one word as it stands: no optional, negative, any-word, choice, anchor or id. */
function isPlain(step: MatchStep): boolean {
  return (
    step.optional !== true &&
    step.negative !== true &&
    step.anything !== true &&
    step.choices === undefined &&
    step.start !== true &&
    step.end !== true &&
    step.id === undefined
  );
}
