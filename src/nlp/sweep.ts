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
 * plain one (a tag, a word, or a choice of such words, neither optional nor
 * negative): a rule that cannot begin anywhere in the sentence matches nothing,
 * without running the matcher, and one that can is matched from the first word
 * where it can begin (the words before it cannot open a match).
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
 * the key at each place, a number per distinct match text (the sweep keeps the
 * first rule of each text), and each rule's needs, ifNo and wants as numbers,
 * checked against the sentence's cache marked in `seenIn` (a lookup in an
 * array, where a Set of strings would hash each key).
 */
interface NumberedIndex {
  rankOf: Map<string, number>;
  rulesAt: SweepRule[][];
  textIdsAt: Int32Array[];
  /** per text number: the stamp of the sentence that last took a rule of that text */
  takenIn: Int32Array;
  /** a number per cache key that some rule needs, refuses or wants */
  keyIdOf: Map<string, number>;
  /** the conditions of each rule at each place */
  conditionsAt: RuleConditions[][];
  /** per key number: the stamp of the sentence whose cache last held it */
  seenIn: Int32Array;
  /** sentences swept with this index: each sentence's stamp */
  sentences: number;
}
interface RuleConditions {
  needs: readonly number[];
  ifNo: readonly number[];
  wants: readonly number[];
  minWant: number;
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
      const from = firstOpening(rule.regs, terms);
      if (from === -1) continue;
      // "#Determiner #Noun" in "Cats sleep on the mat": matched from "the", as compromise's
      // matcher would have found nothing before it; its pointers count from the sentence's start
      const sliced = from > 0 && !hasAnchorInside(rule.regs);
      const found = methods.one.match([sliced ? terms.slice(from) : terms], rule);
      for (const ptr of found.ptrs) {
        ptr[0] = n;
        if (sliced) {
          ptr[1] += from;
          ptr[2] += from;
        }
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
    const keyIdOf = new Map<string, number>();
    const keyIds = (keys: string[] | undefined): number[] =>
      (keys ?? []).map((key) => {
        let id = keyIdOf.get(key);
        if (id === undefined) keyIdOf.set(key, (id = keyIdOf.size));
        return id;
      });
    const keys = Object.keys(hooks);
    const rulesAt = keys.map((key) => hooks[key] ?? []);
    // one record per rule, shared by every key it is listed under (the snapshot holds them all)
    const conditionsOf = new Map<SweepRule, RuleConditions>();
    const conditions = (rule: SweepRule): RuleConditions => {
      let found = conditionsOf.get(rule);
      if (!found) conditionsOf.set(rule, (found = { needs: keyIds(rule.needs), ifNo: keyIds(rule.ifNo), wants: keyIds(rule.wants), minWant: rule.minWant }));
      return found;
    };
    const conditionsAt = rulesAt.map((rules) => rules.map(conditions));
    const textIdsAt = rulesAt.map((rules) =>
      Int32Array.from(rules, (rule) => {
        let id = textIds.get(rule.match);
        if (id === undefined) textIds.set(rule.match, (id = textIds.size));
        return id;
      }),
    );
    index = {
      rankOf: new Map(keys.map((key, rank) => [key, rank])),
      rulesAt,
      textIdsAt,
      takenIn: new Int32Array(textIds.size),
      keyIdOf,
      conditionsAt,
      seenIn: new Int32Array(keyIdOf.size),
      sentences: 0,
    };
    numbered.set(hooks, index);
  }
  return index;
}

/** The rules a sentence may need, in the order compromise tries them. */
function rulesFor(haves: Set<string>, termCount: number, net: RuleIndex, index: NumberedIndex): SweepRule[] {
  const { takenIn, seenIn } = index;
  if (index.sentences === 0x7fffffff) {
    takenIn.fill(0);
    seenIn.fill(0);
    index.sentences = 0;
  }
  const stamp = (index.sentences += 1);
  const ranks: number[] = [];
  for (const item of haves) {
    const rank = index.rankOf.get(item);
    if (rank !== undefined) ranks.push(rank);
    const keyId = index.keyIdOf.get(item);
    if (keyId !== undefined) seenIn[keyId] = stamp;
  }
  ranks.sort((a, b) => a - b);
  const rules: SweepRule[] = [];
  for (const rank of ranks) {
    const candidates = index.rulesAt[rank] as SweepRule[];
    const textIds = index.textIdsAt[rank] as Int32Array;
    const conditions = index.conditionsAt[rank] as RuleConditions[];
    for (let i = 0; i < candidates.length; i += 1) {
      const textId = textIds[i] as number;
      if (takenIn[textId] === stamp) continue;
      takenIn[textId] = stamp;
      const rule = candidates[i] as SweepRule;
      if (termCount >= rule.minWords && meetsCache(conditions[i] as RuleConditions, seenIn, stamp)) rules.push(rule);
    }
  }
  for (const rule of net.always) if (termCount >= rule.minWords) rules.push(rule);
  return rules;
}

/** compromise's needs / ifNo / wants test against a sentence's cache, marked with `stamp` in `seenIn`. */
function meetsCache(rule: RuleConditions, seenIn: Int32Array, stamp: number): boolean {
  const { needs, ifNo, wants } = rule;
  for (let i = 0; i < needs.length; i += 1) if (seenIn[needs[i] as number] !== stamp) return false;
  for (let i = 0; i < ifNo.length; i += 1) if (seenIn[ifNo[i] as number] === stamp) return false;
  if (wants.length === 0) return true;
  let found = 0;
  for (let i = 0; i < wants.length; i += 1) if (seenIn[wants[i] as number] === stamp) found += 1;
  return found >= rule.minWant;
}

/**
 * False when no word of the sentence can open a match. The rule's first steps,
 * up to the first that is not plain or takes more than one word, must match
 * word after word; where they surely fail at every word, so would compromise's
 * matcher (match/02-from-here.js). True when unsure.
 */
export function mayStart(regs: MatchStep[], terms: SweepTerm[]): boolean {
  return firstOpening(regs, terms) !== -1;
}

/**
 * The first word from which the rule's plain opening steps may match, or -1
 * where they surely fail at every word; 0 when unsure. "^#Noun": the first word only.
 */
export function firstOpening(regs: MatchStep[], terms: SweepTerm[]): number {
  const steps = plainSteps(regs);
  if (steps === 0) return 0;
  const last = (regs[0] as MatchStep).start === true ? Math.min(0, terms.length - 1) : terms.length - 1;
  for (let i = 0; i <= last; i += 1) {
    if (matchesFrom(regs, steps, terms, i)) return i;
  }
  return -1;
}

/** Each rule's answer, counted once: whether a step other than the first is anchored ("^", "$" in a choice), which a cut sentence would misplace. */
const anchorInsideOf = new WeakMap<MatchStep[], boolean>();

function hasAnchorInside(regs: MatchStep[]): boolean {
  let answer = anchorInsideOf.get(regs);
  if (answer === undefined) {
    answer = JSON.stringify(regs, (_key, value: unknown) => (value instanceof Set ? [] : value)).includes('"start":true');
    anchorInsideOf.set(regs, answer);
  }
  return answer;
}

/** Each rule's count of opening plain steps, counted once. */
const plainStepsOf = new WeakMap<MatchStep[], number>();

/** How many opening steps are plain, up to and including the first that may take several words. */
function plainSteps(regs: MatchStep[]): number {
  let steps = plainStepsOf.get(regs);
  if (steps === undefined) {
    steps = 0;
    while (steps < regs.length && isPlain(regs[steps] as MatchStep, steps === 0) && (steps === 0 || (regs[steps - 1] as MatchStep).greedy !== true)) steps += 1;
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
  if (step.choices !== undefined) return choiceMatch(step, term);
  if (step.fastOr instanceof Set) {
    if (typeof step.pos === 'string' && !term.tags.has(step.pos)) return false;
    const key = term.root || term.implicit || term.machine || term.normal;
    return step.fastOr.has(key) || step.fastOr.has(term.text);
  }
  return undefined;
}

/**
 * "(#Singular && @hasHyphen)", "(had|have|#PastTense)": a choice of one-word
 * steps (isPlain checked their shape), as compromise's and-block and or-block
 * try them on one word; undefined when a step is of a kind not judged here.
 */
function choiceMatch(step: MatchStep, term: SweepTerm): boolean | undefined {
  const blocks = step.choices as MatchStep[][];
  let unsure = false;
  for (const block of blocks) {
    const inner = block[0] as MatchStep;
    let result = inner.start === true || inner.end === true ? undefined : plainMatch(inner, term);
    if (result !== undefined && inner.negative === true) result = !result;
    if (result === undefined) unsure = true;
    else if (step.operator === 'and' && !result) return false;
    else if (step.operator === 'or' && result) return true;
  }
  if (unsure) return undefined;
  return step.operator === 'and';
}

/** A choice whose every block is one word, neither optional nor repeated: "(a|the)", "(#Noun && @hasComma)". */
function isOneWordChoice(step: MatchStep): boolean {
  const blocks = step.choices;
  if (!Array.isArray(blocks) || (step.operator !== 'and' && step.operator !== 'or')) return false;
  return blocks.every((block: unknown) => Array.isArray(block) && block.length === 1 && (block[0] as MatchStep).optional !== true && (block[0] as MatchStep).greedy !== true && (block[0] as MatchStep).choices === undefined);
}

/**
 * A step that must match one word as it stands: no optional, negative,
 * any-word, anchor (but "^" on the first step) or id; a choice only of one-word blocks.
 */
function isPlain(step: MatchStep, first: boolean): boolean {
  return (
    step.optional !== true &&
    step.negative !== true &&
    step.anything !== true &&
    (step.choices === undefined || isOneWordChoice(step)) &&
    (step.start !== true || first) &&
    step.end !== true &&
    step.id === undefined
  );
}
