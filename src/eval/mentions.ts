/** Mention scores per kind: strict (GUM minimal span), head (MUC min/max), overlap. */
import { align, iou, overlaps, sameSpan, within } from './align.js';
import type { Scorer } from './align.js';
import { counts } from './counts.js';
import type { Counts } from './counts.js';
import type { EntityKind, GoldDoc, GoldMention } from './gold-types.js';
import type { PredMention } from './predicted.js';

export type MentionVariant = 'strict' | 'head' | 'overlap';
export const MENTION_VARIANTS: readonly MentionVariant[] = ['strict', 'head', 'overlap'];

/** What became of one predicted mention. */
export interface MentionResult {
  /** Index into doc.mentions of the required gold mention matched, or -1. */
  gold: number;
  /** Matched an optional item: neither a true nor a false positive. */
  ignored: boolean;
}

const SCORERS: Record<MentionVariant, Scorer<PredMention, GoldMention>> = {
  // exact minimal span: "Afghanistan" for "Afghanistan's"
  strict: (p, g) => (sameSpan(p, g.min) ? 1 : null),
  // MUC-7 min/max: inside the full span and covering the head token,
  // "Donald Trump" in "U.S. President Donald Trump's" (head "Donald")
  head: (p, g) => (within(p, g) && within(g.head, p) ? iou(p, g.min) : null),
  overlap: (p, g) => (overlaps(p, g) ? iou(p, g.min) : null),
};

/**
 * Aligns the predicted mentions of one kind with the named gold mentions of the
 * same kind; a mention of another gold type is thus a false positive for its own
 * kind, and that gold mention is missed.
 */
export function alignMentions(doc: GoldDoc, kind: EntityKind, preds: PredMention[], variant: MentionVariant): MentionResult[] {
  const pool = doc.mentions.map((g, index) => ({ g, index })).filter(({ g }) => g.named && g.type === kind);
  const scorer = SCORERS[variant];
  const pairs = align(preds, pool, (p, { g }) => (p.notPerson ? null : scorer(p, g)), ({ g }) => g.optional);
  return preds.map((p, i) => {
    const hit = pool[pairs[i] ?? -1];
    if (hit === undefined) return { gold: -1, ignored: p.optionalName };
    return hit.g.optional ? { gold: -1, ignored: true } : { gold: hit.index, ignored: false };
  });
}

export function requiredMentions(doc: GoldDoc, kind: EntityKind): GoldMention[] {
  return doc.mentions.filter((g) => g.named && g.type === kind && !g.optional);
}

export function mentionCounts(doc: GoldDoc, kind: EntityKind, results: MentionResult[]): Counts {
  const kept = results.filter((r) => !r.ignored);
  return counts(requiredMentions(doc, kind).length, kept.length, kept.filter((r) => r.gold >= 0).length);
}
