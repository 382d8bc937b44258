/**
 * Place, first-name and company lists built from data packages by
 * scripts/build-gazetteer.mjs (countries, regions, cities of 50,000+, English
 * first names, by sex where the name tells it, company names). Looked up by
 * lower-cased name.
 */
import data from './gazetteer.json' with { type: 'json' };

export type GazetteerKind = 'country' | 'region' | 'city' | 'firstName' | 'maleName' | 'femaleName' | 'company';

const LISTS: [GazetteerKind, string[]][] = [
  ['company', data.companies],
  ['firstName', data.maleNames],
  ['firstName', data.femaleNames],
  ['firstName', data.unisexNames],
  ['maleName', data.maleNames],
  ['femaleName', data.femaleNames],
  ['city', data.cities],
  ['region', data.regions],
  ['country', data.countries],
];

let index: Map<string, Set<GazetteerKind>> | null = null;

/** What the lists say a name is: "paris" -> city; "sweden" -> country; "lamar" -> firstName. */
export function gazetteerKinds(name: string): ReadonlySet<GazetteerKind> {
  index ??= buildIndex();
  return index.get(fold(name)) ?? EMPTY;
}

const EMPTY: ReadonlySet<GazetteerKind> = new Set();

function buildIndex(): Map<string, Set<GazetteerKind>> {
  const built = new Map<string, Set<GazetteerKind>>();
  for (const [kind, names] of LISTS) {
    for (const name of names) {
      const key = fold(name);
      const kinds = built.get(key) ?? new Set<GazetteerKind>();
      kinds.add(kind);
      built.set(key, kinds);
    }
  }
  return built;
}

/** "Khloé" and "khloe" look the same up; "Washington D.C." and "Washington DC" too. */
function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\./g, '')
    .toLowerCase();
}
