/** Scorecards as a text table or JSON; pure functions of their input. */
import { prf } from './counts.js';
import type { Prf } from './counts.js';
import { METRICS } from './metrics.js';
import type { MetricId, NotPeople, Scorecard } from './metrics.js';

export interface FileCard {
  /** The file as given, or "total". */
  label: string;
  card: Scorecard;
}

export interface Failure {
  label: string;
  metric: MetricId;
  f1: number;
}

/** Metrics with gold items whose F1 is below `minF1`. */
export function failures(cards: FileCard[], minF1: number | undefined): Failure[] {
  if (minF1 === undefined) return [];
  return cards.flatMap(({ label, card }) =>
    METRICS.flatMap((metric) => {
      const c = card.rows[metric];
      if (c === null || c.gold === 0) return [];
      const f1 = prf(c).f1 ?? 0;
      return f1 < minF1 ? [{ label, metric, f1 }] : [];
    }),
  );
}

const num = (x: number | null): string => (x === null ? '-' : x.toFixed(3));
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function notPeopleLine(n: NotPeople): string {
  const list = n.violations.length > 0 ? `: ${n.violations.join('; ')}` : '';
  return `not_people: ${plural(n.violations.length, 'violation')} among ${plural(n.people, 'predicted person', 'predicted people')}${list}`;
}

export function renderText(cards: FileCard[], fails: Failure[], minF1: number | undefined): string {
  const lines: string[] = [];
  for (const { label, card } of cards) {
    lines.push(`${label}: ${plural(card.documents, 'document')}`);
    lines.push(`${'metric'.padEnd(30)}${['gold', 'pred', 'P', 'R', 'F1'].map((h) => h.padStart(7)).join('')}`);
    for (const metric of METRICS) {
      const c = card.rows[metric];
      const cells = c === null ? ['-', '-', '-', '-', '-'] : ((s: Prf) => [String(s.gold), String(s.pred), num(s.precision), num(s.recall), num(s.f1)])(prf(c));
      lines.push(`${metric.padEnd(30)}${cells.map((x) => x.padStart(7)).join('')}`);
    }
    lines.push(notPeopleLine(card.notPeople), '');
  }
  if (minF1 !== undefined) {
    lines.push(fails.length === 0
      ? `passed: every F1 is at least ${minF1}`
      : [`failed: F1 below ${minF1}:`, ...fails.map((f) => `  ${f.label} ${f.metric} ${f.f1.toFixed(3)}`)].join('\n'));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderJson(files: FileCard[], total: FileCard | null, fails: Failure[], minF1: number | undefined): string {
  const card = ({ label, card: c }: FileCard) => ({
    file: label,
    documents: c.documents,
    metrics: Object.fromEntries(METRICS.map((m) => {
      const counts = c.rows[m];
      return [m, counts === null ? null : prf(counts)];
    })),
    notPeople: c.notPeople,
  });
  const report = {
    schema: 'factx-eval/1',
    minF1: minF1 ?? null,
    passed: fails.length === 0,
    failures: fails,
    files: files.map(card),
    total: total === null ? null : card(total),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
