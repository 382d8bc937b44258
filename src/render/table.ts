/**
 * The human-readable view: a header, one section per fact kind, and a
 * timeline of dated events. The only module that imports chalk.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Facts } from '../types.js';
import { layoutColumns, truncate, cleanCell } from './columns.js';
import { timeline } from './timeline.js';

export interface TableOptions {
  /** ANSI colours on or off; the caller decides (TTY, NO_COLOR, --no-color). */
  color: boolean;
  /** Maximum line width in terminal columns (default 100). */
  width?: number;
}

const MISSING = '-';
const INDENT = 2;
const GAP = 2;

interface Section {
  title: string;
  header: string[];
  rows: string[][];
  /** Columns shown in the accent colour (names, values). */
  accent: number[];
}

export function renderTable(facts: Facts, options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(20, options.width ?? 100);
  const lines = [...renderHeader(facts, chalk, width)];
  for (const section of sections(facts)) {
    lines.push('', chalk.bold.cyan(truncate(`${section.title} (${section.rows.length})`, width)));
    if (section.rows.length === 0) {
      lines.push(' '.repeat(INDENT) + chalk.dim('none found'));
      continue;
    }
    const paint = (text: string, column: number, row: number): string => {
      if (row < 0) return chalk.dim(text);
      if (text === MISSING) return chalk.dim(text);
      if (column === 0) return chalk.bold(text);
      return section.accent.includes(column) ? chalk.green(text) : text;
    };
    lines.push(...layoutColumns(section.header, section.rows, { width, indent: INDENT, gap: GAP, paint }));
  }
  return `${lines.join('\n')}\n`;
}

/** "2025-03-03 (--ref-date)", "2009-02-03 (the article's date)". */
function referenceDateCell(facts: Facts): string {
  if (facts.referenceDate === null) return MISSING;
  const from = facts.referenceDateSource === 'document' ? "the article's date" : '--ref-date';
  return `${facts.referenceDate} (${from})`;
}

function renderHeader(facts: Facts, chalk: ChalkInstance, width: number): string[] {
  const rows = [
    ['source', facts.source],
    ['title', facts.title ?? MISSING],
    ['reference date', referenceDateCell(facts)],
  ];
  const paint = (text: string, column: number, row: number): string => {
    if (column === 0) return chalk.dim(text);
    if (text === MISSING) return chalk.dim(text);
    return row === 1 ? chalk.bold(text) : text;
  };
  return layoutColumns(null, rows, { width, indent: 0, gap: GAP, paint });
}

function sections(facts: Facts): Section[] {
  const names = new Map(facts.people.map((person) => [person.id, person.name]));
  const list = (values: string[]): string => (values.length > 0 ? values.map(cleanCell).join(', ') : MISSING);
  return [
    {
      title: 'People',
      header: ['NAME', 'ALIASES', 'AGE', 'DESCRIPTORS'],
      rows: facts.people.map((p) => [p.name, list(p.aliases), p.age === null ? MISSING : String(p.age), list(p.descriptors)]),
      accent: [2],
    },
    {
      title: 'Places',
      header: ['NAME', 'ALIASES', 'MENTIONS'],
      rows: facts.places.map((p) => [p.name, list(p.aliases), String(p.mentions.length)]),
      accent: [],
    },
    {
      title: 'Organizations',
      header: ['NAME', 'ALIASES', 'MENTIONS'],
      rows: facts.organizations.map((o) => [o.name, list(o.aliases), String(o.mentions.length)]),
      accent: [],
    },
    {
      title: 'Dates',
      header: ['TEXT', 'TYPE', 'VALUE'],
      rows: facts.dates.map((d) => [d.text, d.type, d.value ?? MISSING]),
      accent: [2],
    },
    {
      title: 'Timeline',
      header: ['DATE', 'EVENT', 'WHO'],
      rows: timeline(facts).map(({ event, date }) => [
        date ? (date.value ?? date.text) : MISSING,
        event.summary,
        list(event.people.map((id) => names.get(id) ?? id)),
      ]),
      accent: [],
    },
  ];
}
