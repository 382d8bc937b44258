/** Entity scores after alias merging, and the predicted-entity -> gold-cluster map. */
import { counts } from './counts.js';
import type { Counts } from './counts.js';
import type { EntityKind, GoldDoc } from './gold-types.js';
import type { MentionResult } from './mentions.js';
import { requiredMentions } from './mentions.js';
import type { PredEntity } from './predicted.js';

export interface EntityScore {
  counts: Counts;
  /** Predicted entity id -> the gold cluster it matched. */
  clusters: Map<string, string>;
}

/**
 * Matching rule. A gold entity is the set of required named mentions of one
 * cluster; a predicted entity is a Person/Place/Organization with its mentions,
 * aligned to gold mentions by strict span (`results`, same kind only).
 * - A predicted entity votes for the gold cluster holding most of its aligned
 *   mentions (ties: the cluster mentioned first), and is a candidate for it only
 *   if that cluster holds at least half of its aligned mentions.
 * - Each gold cluster is matched at most once: candidates with more shared
 *   mentions win (ties: first predicted). A split entity ("Lamar" apart from
 *   "Lamar Odom") gives one TP and FPs; a merged one (Khloé and Kris in one
 *   person) gives one TP and FNs.
 * - A predicted entity whose mentions all matched optional items is ignored;
 *   a person whose name, alias or mention is a `not_people` string is a false
 *   positive whatever its mentions.
 */
export function scoreEntities(
  doc: GoldDoc,
  kind: EntityKind,
  entities: PredEntity[],
  results: Map<PredEntity, MentionResult[]>,
): EntityScore {
  const goldClusters = new Set(requiredMentions(doc, kind).map((g) => g.cluster));
  const candidates: { entity: PredEntity; cluster: string; shared: number; order: number }[] = [];
  let predicted = 0;
  entities.forEach((entity, order) => {
    const mine = results.get(entity) ?? [];
    if (mine.length > 0 && mine.every((r) => r.ignored)) return;
    predicted += 1;
    if (entity.violations.length > 0) return;
    const votes = new Map<string, number>();
    const matched = mine.filter((r) => r.gold >= 0);
    for (const r of [...matched].sort((a, b) => a.gold - b.gold)) {
      const cluster = doc.mentions[r.gold]?.cluster;
      if (cluster !== undefined) votes.set(cluster, (votes.get(cluster) ?? 0) + 1);
    }
    let best: [string, number] | undefined;
    for (const vote of votes) if (best === undefined || vote[1] > best[1]) best = vote;
    if (best !== undefined && best[1] * 2 >= matched.length) {
      candidates.push({ entity, cluster: best[0], shared: best[1], order });
    }
  });
  candidates.sort((a, b) => b.shared - a.shared || a.order - b.order);
  const clusters = new Map<string, string>();
  const taken = new Set<string>();
  for (const c of candidates) {
    if (taken.has(c.cluster)) continue;
    taken.add(c.cluster);
    clusters.set(c.entity.id, c.cluster);
  }
  return { counts: counts(goldClusters.size, predicted, clusters.size), clusters };
}
