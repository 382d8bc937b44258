/**
 * Word knowledge for names: compromise's own lexicon (first names, places,
 * organization words) plus the few closed word classes news uses around names.
 */
import nlp from '../../nlp.js';
import { isKnownPlace } from './gazetteer.js';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

const model = nlp.model() as unknown as CompromiseModel;

/** compromise's lexicon tags for a lower-cased word: "lamar" -> ["MaleName"]. */
export function lexiconTags(word: string): string[] {
  const entry = model.one.lexicon[word.toLowerCase()];
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

/**
 * A company's legal form as the news writes it, abroad too: "Inc", "Corp.", "Plc", "AG", "Tietoranta Oy",
 * "Nordvik Data AB", "Philips Electronics NV", "Sime Darby Bhd", "Carlsberg A/S", "Agrícola del Sur SL".
 */
const LEGAL_FORMS = [
  'Inc', 'Corp', 'Corporation', 'Co', 'Ltd', 'Ltda', 'Plc', 'PLC', 'LLC', 'AG', 'SA', 'SL', 'NV', 'BV', 'GmbH', 'SpA', 'Srl',
  'Oy', 'Oyj', 'AB', 'ASA', 'A/S', 'KK', 'Bhd', 'Berhad', 'Pty',
];
const LEGAL_FORM = new Set(LEGAL_FORMS);

/** "Exxon Corp", "Exxon Corp.", "Tietoranta Oy": the legal form that closes a company's name. */
export function isLegalForm(word: string): boolean {
  return LEGAL_FORM.has(word.endsWith('.') ? word.slice(0, -1) : word);
}

/**
 * Words besides its legal form that close a company's name: "Vardo Group", "Kenya Airways",
 * "Red Lantern Pictures", "Ocean Shipping". A word before one opens the name even at a sentence's
 * start ("Global Mining said"), and "of" after one names where the company is, not more of its
 * name ("Red Lantern Pictures of Hong Kong").
 */
const COMPANY_CLOSERS = new Set([
  'Group', 'Holdings', 'Airlines', 'Airways', 'Industries', 'Bancorp', 'Pictures', 'Films', 'Productions',
  'Studios', 'Records', 'Technologies', 'Aerospace', 'Motors', 'Electronics', 'Systems', 'Engines', 'Mining',
  'Shipping', 'Breweries', 'Foods',
]);

/** "Exxon Corp", "Vardo Group", "Red Lantern Pictures": the word that closes a company's name. */
export function closesCompanyName(word: string): boolean {
  return isLegalForm(word) || COMPANY_CLOSERS.has(word.replace(/\.$/, ''));
}

/**
 * "Ubisoft", "Wikinews": one word the lexicon lacks, glued from a company's trade; not "-tech",
 * which makes common nouns too ("Biotech stocks", "Fintech firms").
 */
export function isCompanyShapedWord(word: string): boolean {
  return /^\p{Lu}\p{L}{2,}(?:soft|news)$/u.test(word) && lexiconTags(word).length === 0;
}

/** "Kelvara Telecommunications plc": a legal form written in lower case, still the name's last word. */
export function isLowerCaseLegalForm(word: string): boolean {
  return word === 'plc' || word === 'ltd';
}

/** "Bank", "Airlines", "Council": the last word of an organization's name. */
export function isOrganizationWord(word: string): boolean {
  const lower = word.toLowerCase();
  return model.two.orgWords[lower] === true || ORGANIZATION_SUFFIXES.has(lower) || WORKS_COMPOUND.test(word);
}

/** "Hessler Motorenwerke", "Salzgitter Stahlwerke", "Stadtwerke München": German compounds of "works". */
const WORKS_COMPOUND = /^\p{Lu}\p{Ll}{3,}werke?$/u;

/** Roads named by a number: "Interstate 65", "Highway 1", "County Road 747", "Route 9". */
const ROAD_WORDS = new Set(['Interstate', 'Highway', 'Route', 'Road', 'Motorway', 'Autobahn', 'Expressway', 'Freeway', 'Autoroute', 'Autostrada']);

/** "65" after "Interstate": the number that names a road. */
export function isRoadNumber(previous: string, word: string): boolean {
  return ROAD_WORDS.has(previous) && /^\d{1,4}$/.test(word);
}

/** "Lake", "Mountains", "Bay": the last word of a place's name. */
export function isPlaceWord(word: string): boolean {
  const lower = word.toLowerCase();
  return model.two.placeWords[lower] === true || PLACE_SUFFIXES.has(lower);
}

const ORGANIZATION_SUFFIXES = new Set([
  // the legal forms in any case ("ACME INC"), and two more: "Maison Delorme Sarl", "example.org"
  ...LEGAL_FORMS.map((form) => form.toLowerCase()), 'sarl', 'org',
  'party', 'air', 'university', 'ministry', 'organisation',
  'fc', 'united', 'airlines', 'airways', 'court', 'police', 'parliament', 'senate',
  'congress', 'assembly', 'agency', 'institute', 'museum', 'hospital', 'school', 'network', 'zoo', 'aquarium',
  'news', 'times', 'post', 'journal', 'tribune', 'magazine', 'records', 'studios', 'motors',
  'aircraft', 'aerospace', 'industries', 'holdings', 'technologies', 'systems', 'airline',
  'pharmaceuticals', 'petroleum', 'telecom', 'bancorp', 'insurance', 'securities', 'exchange',
  'force', 'forces', 'trust', 'constabulary', 'navy', 'guard', 'command', 'corps', 'brigade', 'regiment', 'battalion',
  // "Movement for Multi-party Democracy", "National Front", "Forum for the Restoration of Democracy"
  'movement', 'front', 'forum', 'alliance', 'bloc', 'secretariat',
  'weekly', 'daily', 'gazette', 'press', 'radio', 'television', 'broadcasting', 'channel', 'league',
  // "Centers for Disease Control and Prevention", "Red Lantern Pictures", "Kelvin Films"
  'centers', 'centres', 'pictures', 'films', 'productions',
  // "Ghana Chamber of Mines", "International Chamber of Commerce"
  'chamber',
  // "South African Breweries", "Kenya Railways", "Harland Foods", "Aerotek Engines"
  'breweries', 'railways', 'railway', 'foods', 'mills', 'chemicals', 'textiles', 'engines', 'mining', 'shipping', 'books',
  // "Süddeutsche Zeitung", "Luxemburger Tageblatt", "Algemeen Dagblad", "Hartford Courant", "Nairobi Observer"
  'zeitung', 'tageblatt', 'dagblad', 'courant', 'observer', 'courier', 'examiner', 'inquirer', 'sentinel',
  // "Bergsman Invest", "Orchid Ventures", "Mabena Stockbrokers", "Visayan Sea Lines"
  'invest', 'ventures', 'brokers', 'stockbrokers', 'lines',
  // "Kalligas Maritime", "Brahmaputra Tea Estates", "Boca Juniors"
  'maritime', 'estates', 'juniors',
]);

/** "the 87-year-old Constanta Casino", "Grand Mosque", "Frikkie Meyer Boulevard": places no surname names. */
const BUILDINGS_AND_ROADS = ['casino', 'mosque', 'canal', 'pier', 'lighthouse', 'boulevard', 'highway', 'motorway', 'promenade', 'quay'];

const PLACE_SUFFIXES = new Set([
  'street', 'avenue', 'road', 'square', 'park', 'bridge', 'county', 'province', 'state',
  'city', 'valley', 'river', 'sea', 'ocean', 'airport', 'stadium', 'arena', 'station',
  'republic', 'kingdom', 'emirates', 'isle', 'gulf', 'strait', 'straits', 'district', 'factory', 'strip',
  ...BUILDINGS_AND_ROADS,
  // "Farewell Spit", "Mekong Delta": landforms; "First Cemetery of Athens", "Fréjus Tunnel", "English Harbour"
  'spit', 'delta', 'cemetery', 'tunnel', 'harbour', 'harbor',
]);

/**
 * Heads of buildings' names that compromise lists as bodies' words: "Banff Springs Hotel",
 * "Crucible Theatre", "St Giles' Cathedral", "Paranal Observatory". CoNLL tags a building a place.
 * ("Church" and "Centre" name bodies as often: "Church of England", "Carter Center".)
 */
const BUILDING_HEADS = new Set(['hotel', 'theatre', 'theater', 'cathedral', 'basilica', 'chapel', 'racecourse', 'racetrack', 'observatory', 'velodrome']);

/** Two words that name a venue, not its owner: "Glendower Country Club", "Tanegashima Space Center". */
const VENUE_PHRASES = new Set([
  'country club', 'space center', 'space centre', 'exhibition centre', 'exhibition center', 'convention centre',
  'convention center', 'conference centre', 'conference center', 'shopping centre', 'shopping center', 'trade center',
]);

/**
 * "Banff Springs Hotel", "Cathedral of St. Pierre" (its head before "of"), "Durban Country Club",
 * "Nepstadion", "RheinEnergieStadion": a building's or a venue's name, a place.
 */
export function isBuildingName(words: readonly string[], head: string): boolean {
  const last = words[words.length - 1]!;
  if (words.length === 1) return /^\p{Lu}\p{L}{2,}(?:[sS]tadion|[sS]tadium)$/u.test(last);
  const lastTwo = `${words[words.length - 2]!} ${last}`.toLowerCase();
  // "the National Theatre will dim its lights", "National Astronomical Observatory of Japan": a nation's body.
  if (words[0] === 'National') return false;
  return BUILDING_HEADS.has(head.toLowerCase()) || VENUE_PHRASES.has(lastTwo);
}

/**
 * Heads of names of bodies and buildings that no surname shares (unlike "Power",
 * "Church", "Woods"): "Andy Warhol Foundation", "Douglas Aircraft", "Kennedy Airport".
 */
export const INSTITUTION_HEADS = new Set([
  'foundation', 'university', 'institute', 'institution', 'association', 'corporation', 'company', 'league',
  'aircraft', 'airlines', 'airways', 'authority', 'department', 'ministry', 'council', 'commission',
  'committee', 'agency', 'bureau', 'federation', 'society', 'college', 'school', 'academy', 'museum',
  'hospital', 'party', 'union', 'inc', 'corp', 'ltd', 'llc', 'plc', 'gmbh', 'org', 'trust', 'fund',
  'airport', 'stadium', 'arena', 'station', 'street', 'avenue', 'road', 'bridge', 'square',
  'county', 'province', 'district', 'factory', 'memorial', 'library', 'cathedral', 'centre',
  'center', 'gallery', 'galleries', 'theatre', 'theater', 'hotel', 'prison', 'port', 'harbour',
  ...BUILDINGS_AND_ROADS, 'zoo', 'aquarium', 'brothers', 'air', 'program', 'programme', 'project', 'initiative',
  // "Florida Senate", "Georgia Assembly": a chamber after a place that is also a first name
  'senate', 'congress', 'parliament', 'assembly', 'legislature',
  // "Palace of Culture and Science", "Chamber of Mines"
  'palace', 'chamber', 'garden', 'gardens',
  'breweries', 'railways', 'foods', 'mills', 'chemicals', 'textiles',
  // "Emerald Isle Records", "Red Lantern Pictures": a label's or a studio's head after a first name
  'records', 'studios', 'pictures', 'films', 'productions',
  // "Roth Industries", "Hutchison Holdings", "Wayne Enterprises": a company's suffix after a founder's name
  'industries', 'holdings', 'group', 'enterprises', 'investments', 'securities', 'partners', 'associates', 'motors', 'co',
]);

/**
 * "Philippine Red Cross", "Red Crescent Society": a movement whose national bodies carry their
 * nation in the name; "Red Cross" is no person's name, though its words are given names and colours.
 */
export function isRedCrossName(text: string): boolean {
  return /\bRed (?:Cross|Crescent)\b/.test(text);
}

/**
 * A sport or a public domain named before a country or province: a national body, "Swimming Australia",
 * "Athletics Kenya", "Parks Canada", "Elections Manitoba", "Statistics Canada".
 */
const NATIONAL_BODY_DOMAINS = new Set([
  'swimming', 'athletics', 'cycling', 'cricket', 'rugby', 'tennis', 'hockey', 'golf', 'rowing', 'sailing', 'basketball',
  'netball', 'football', 'gymnastics', 'skiing', 'triathlon', 'boxing', 'canoe', 'volleyball', 'badminton', 'judo',
  'parks', 'environment', 'elections', 'statistics', 'health', 'transport', 'tourism', 'sport', 'heritage', 'fisheries',
]);

/** "Swimming Australia", "Parks Canada": a domain's word, then a place the lists know. */
export function isNationalBodyName(words: readonly string[]): boolean {
  return words.length === 2 && NATIONAL_BODY_DOMAINS.has(words[0]!.toLowerCase()) && isKnownPlace(words[1]!);
}

/** Titles that stand before a person's name and stay outside its span: "Mr.", "President". */
export const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lady', 'lord', 'rev',
  'president', 'vice', 'senator', 'sen', 'rep', 'representative', 'gov', 'governor', 'mayor',
  'minister', 'chancellor', 'judge', 'justice', 'gen', 'general', 'col', 'colonel', 'capt',
  'captain', 'lt', 'sgt', 'sergeant', 'officer', 'detective', 'coach', 'king', 'queen',
  'prince', 'princess', 'pope', 'father', 'sister', 'brother', 'saint', 'ambassador',
  'secretary', 'chairman', 'ceo', 'premier', 'pm', 'sheikh', 'st', 'legislator', 'lawmaker',
  'councillor', 'councilor', 'deputy', 'commissioner', 'inspector', 'superintendent', 'sheriff',
  'bishop', 'cardinal', 'archbishop', 'rabbi', 'imam', 'ayatollah', 'emir', 'sultan', 'chairwoman',
  'lieutenant', 'major', 'admiral', 'corporal', 'constable', 'actor', 'actress', 'singer', 'defender',
  'striker', 'midfielder', 'goalkeeper', 'manager', 'director', 'spokesman', 'spokeswoman', 'author',
  'chief', 'executive', 'chair', 'officer', 'analyst', 'economist', 'strategist', 'treasurer', 'spokesperson',
  'attorney', 'prosecutor', 'lawyer', 'nominee', 'candidate', 'boss', 'foreign', 'prime',
  // "House Speaker Newt Gingrich", "Senate Majority Leader Trent Lott", "Opposition Leader Kim Dae-jung"
  'speaker', 'leader', 'envoy',
  // "Labour MP Tom Hale", "Republican Congresswoman Ann Hale"
  // "Grandmaster Farkas Gergely", "International Master Paolo Dimaculangan"
  'grandmaster', 'master',
  // "Coast Guard Commander Rajesh Kumar Tiwari", "Datuk Hamid Rahman bin Yusof", "Datuk Seri Ismail bin Hashim"
  'commander', 'datuk', 'dato', 'seri',
  // "Education MEC Lindiwe Ngcobo", "Congress MLA Ravi Kumar", "Liberal MPP Ann Hale"
  'mp', 'mep', 'msp', 'mec', 'mla', 'mpp', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'councilman',
  'councilwoman', 'alderman',
]);

/** "Social", "Democratic", "Progressive", "Republican", "Popular": a capitalised word with an adjective's ending. */
export function hasAdjectiveEnding(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(al|ic|ist|ive|an|ar)$/u.test(word);
}

/** Chambers named by one word: "the Senate", "to Congress", "the Bundestag". */
export const LEGISLATURES: ReadonlySet<string> = new Set([
  'Senate', 'Congress', 'Parliament', 'Legislature', 'Bundestag', 'Bundesrat', 'Duma', 'Knesset', 'Sejm', 'Riksdag',
  'Storting', 'Folketing', 'Eduskunta', 'Althing', 'Majlis', 'Cortes', 'Oireachtas',
  // Latvia's, Lithuania's, Croatia's, Serbia's, Ukraine's, Bulgaria's, Ireland's lower house, Mongolia's
  'Saeima', 'Seimas', 'Sabor', 'Skupstina', 'Rada', 'Sobranie', 'Dail', 'Khural',
]);

/** Members of a parliament, elected for a constituency: "Labour MP for Osk". */
export const MEMBER_TITLES: ReadonlySet<string> = new Set(['MP', 'MEP', 'MSP', 'MEC', 'MLA', 'MPP']);

/** Verbs that say someone spoke or thought: "Lamar explained", "said Roth". */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'explained', 'explains', 'added', 'adds', 'admitted',
  'admits', 'asked', 'asks', 'stated', 'states', 'wrote', 'writes', 'claimed', 'claims',
  'noted', 'notes', 'insisted', 'insists', 'recalled', 'recalls', 'revealed', 'reveals',
  'announced', 'announces', 'argued', 'argues', 'believes', 'believed', 'thinks', 'thought',
  'confirmed', 'confirms', 'denied', 'denies', 'replied', 'replies', 'continued', 'clarified',
  'commented', 'testified', 'warned', 'urged', 'suggested', 'described', 'shared', 'joked', 'spoke', 'speaks',
]);

/**
 * Verbs of a newspaper or an agency reporting: "The Guardian cited", "The Sentinel reported".
 * They say nothing of a name without "the" ("Interfax reported", "Smith cited").
 */
export const REPORTING_VERBS = new Set(['reported', 'reports', 'cited', 'cites', 'quoted', 'quotes', 'published', 'publishes']);

/** Family and social role nouns after a possessive: "KoKo's mom", "Roth's wife". */
export const KINSHIP_NOUNS = new Set([
  'mom', 'mother', 'dad', 'father', 'wife', 'husband', 'son', 'daughter', 'sister', 'brother',
  'ex-wife', 'ex-husband', 'girlfriend', 'boyfriend', 'fiancé', 'fiancee', 'fiance', 'partner',
  'children', 'kids', 'family', 'parents', 'grandmother', 'grandfather', 'uncle', 'aunt',
  'cousin', 'friend', 'lawyer', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson',
]);

/** Roles that follow an organization's name: "The Good American founder". */
export const ORGANIZATION_ROLES = new Set([
  'founder', 'co-founder', 'ceo', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman',
  'spokesperson', 'president', 'director', 'chief', 'employees', 'shares', 'stock', 'owner',
  'executive', 'executives', 'board', 'headquarters', 'subsidiary', 'division',
  // what a company makes and runs: "McDonnell Douglas jets", "Ford plant"
  'jets', 'airliners', 'planes', 'aircraft', 'plant', 'plants', 'factory', 'factories', 'stores',
  'workers', 'staff', 'shareholders', 'investors', 'customers', 'products', 'brand',
  // "Bundesbank vice-president", "the ruling Barisan Nasional coalition", "the Mercosur bloc"
  'vice-president', 'vice-chairman', 'coalition', 'alliance', 'bloc',
]);

/**
 * A broadcaster or a paper named before what it is: "she told France Inter radio", "the Le Monde
 * newspaper"; where the name opens with no given name ("Elvis Presley television specials").
 */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set(['radio', 'television', 'newspaper']);

/** The last word of the title of a show, film or book: "Kyle & Jackie O Show". */
export const WORK_WORDS = new Set([
  'show', 'series', 'film', 'movie', 'album', 'song', 'book', 'novel', 'podcast', 'tour',
  'festival', 'awards', 'award', 'cup', 'games', 'championship', 'bowl', 'prize', 'trophy',
  'olympics', 'war', 'act', 'day', 'fair', 'expo',
  // instruments and craft: "James Webb Space Telescope", "Hubble Space Telescope"
  'telescope',
  // sports events: "Hamlin Open", "Monaco Grand Prix", "London Marathon"
  'open', 'prix', 'marathon', 'championships', 'classic', 'invitational',
]);

/** "March", "Sept.": compromise's lexicon lacks "march" and "may" as months. */
const MONTH_NAME = /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

export function isMonthName(word: string): boolean {
  return MONTH_NAME.test(word);
}

/** "Jr.", "Sr", "III": a generation after a surname ("Ken Griffey Jr."), never a name alone. */
export function isGeneration(word: string): boolean {
  return /^(Jr|Sr|Jnr|Snr|II|III|IV)\.?$/i.test(word);
}

/** Time-zone abbreviations: "08:00 UTC" names no organization. */
export const TIME_ZONES = new Set([
  'UTC', 'GMT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'BST', 'CET', 'CEST',
  'EET', 'EEST', 'IST', 'JST', 'KST', 'AEST', 'AEDT', 'HKT', 'SGT', 'WIB',
]);

/** The AP's abbreviations of US states, which only stand with their full stop: "Calif.", "N.Y.". */
const STATE_ABBREVIATIONS = new Set([
  'ala.', 'ariz.', 'ark.', 'calif.', 'colo.', 'conn.', 'del.', 'fla.', 'ga.', 'ill.', 'ind.', 'kan.',
  'ky.', 'la.', 'md.', 'mass.', 'mich.', 'minn.', 'miss.', 'mo.', 'mont.', 'neb.', 'nev.', 'n.h.',
  'n.j.', 'n.m.', 'n.y.', 'n.c.', 'n.d.', 'okla.', 'ore.', 'pa.', 'r.i.', 's.c.', 's.d.', 'tenn.',
  'tex.', 'vt.', 'va.', 'wash.', 'w.va.', 'wis.', 'wyo.', 'd.c.',
]);

/** "Fla." (compromise keeps the stop out of the token), "N.Y." (in it); not "Miss Smith". */
export function isStateAbbreviation(text: string, post: string): boolean {
  const written = text.endsWith('.') ? text : post.startsWith('.') ? `${text}.` : text;
  return STATE_ABBREVIATIONS.has(written.toLowerCase());
}

/** Languages compromise knows no demonym for: "completed in English", "spoke Arabic". */
export const LANGUAGES = new Set([
  'english', 'arabic', 'mandarin', 'cantonese', 'latin', 'farsi', 'swahili', 'spanish', 'urdu',
  'hebrew', 'bengali', 'punjabi', 'tamil', 'yiddish', 'esperanto', 'gaelic', 'welsh',
]);

/**
 * Members, where compromise knows no demonym: "Briton", "Democrat", "Republican", "Scientologist";
 * "-ist" after four letters at least ("Marxist", not the given name "Tigist"), not the Swedish
 * surnames' "-qvist", "-kvist", "-quist" ("Lindqvist", "Holmquist"); "-ite" after three ("Shiite",
 * not "White", "Leite").
 */
const AFFILIATION = /(\p{L}{4}(?<![vu])ist|\p{L}{3}ite|crat|ican|iton|partisan)$/u;

/**
 * "Dutchman", "Serbs", "a Moslem": members of a nation or a creed that the suffixes
 * above miss and compromise does not tag a demonym.
 */
const MEMBER_NOUNS = new Set([
  'dutchman', 'dutchwoman', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman',
  'scotsman', 'scotswoman', 'welshman', 'welshwoman', 'pole', 'serb', 'croat', 'kurd', 'turk', 'arab',
  'moslem', 'muslim', 'jew', 'hindu', 'sikh', 'catholic', 'protestant', 'sunni', 'swede', 'dane',
]);

/** A word for a member of a nation, party or creed, which names no one alone. */
export function isAffiliation(word: string): boolean {
  const lower = word.toLowerCase();
  if (MEMBER_NOUNS.has(lower) || (/s$/.test(lower) && MEMBER_NOUNS.has(lower.slice(0, -1)))) return true;
  const tags = lexiconTags(word);
  return AFFILIATION.test(word) && (tags.length === 0 || tags.includes('Adjective'));
}

/** "without" in French, Spanish, Italian, German, Dutch and Portuguese names: "Médecins Sans Frontières". */
export const FOREIGN_WITHOUT: ReadonlySet<string> = new Set(['Sans', 'Sin', 'Senza', 'Ohne', 'Zonder', 'Sem']);

/**
 * First words of streets', squares' and venues' names in other languages: "Paseo de la Castellana",
 * "Rue de Rivoli", "Jalan Thamrin", "Teatro Real", "Estadio Benito Villamarin".
 */
export const FOREIGN_PLACE_OPENERS = new Set([
  'paseo', 'avenida', 'calle', 'rua', 'praça', 'praca', 'largo', 'via', 'viale', 'piazza', 'rue', 'avenue', 'cours', 'quai',
  'boulevard', 'place', 'plaza', 'ulica', 'námestie', 'namestie', 'náměstí', 'namesti', 'plac', 'prospekt', 'ploshchad',
  'jalan', 'teatro', 'théâtre', 'estadio', 'estádio', 'stadio', 'stade', 'aeropuerto', 'aeroporto', 'aéroport',
]);

/** "Obere Donaustrasse", "Friedrichstrasse", "Keizersgracht", "Drottninggatan": a street's name in one word. */
export function isStreetWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:strasse|straße|gasse|platz|straat|gracht|gatan|vej|veien|weg|allee|ulica)$/u.test(word);
}

/** First words of bodies' names in other languages: "Instituto Gonzaga", "Liceo Classico". */
export const FOREIGN_BODY_OPENERS = new Set([
  'instituto', 'istituto', 'institut', 'colegio', 'collegio', 'liceo', 'lycée', 'lycee', 'universidad',
  'università', 'universität', 'universidade', 'escuela', 'école', 'ecole', 'banco', 'banca', 'banque',
  'compañía', 'partido', 'parti', 'partei',
  // "Bank Leumi", "Bank Handlowy", "Bank Brussel Lambert": foreign banks named in English
  'bank',
  // papers and broadcasters: "Gazeta Wyborcza", "Gazet van Antwerpen", "Radio Programas del Perú", "Diario Sur"
  'gazeta', 'gazet', 'gazzetta', 'corriere', 'diario', 'radio',
  // "Maison Delorme", "Editorial Andina": a house, a publisher; "Galerie Templon", "Aerolíneas Argentinas", "Equipo Cantabria"
  'maison', 'editorial', 'galerie', 'galería', 'galeria', 'aerolíneas', 'aerolineas', 'equipo',
  // unions, federations and societies: "Vereinigung Cockpit", "Federacion Espanola", "Societe Generale"
  'vereinigung', 'verband', 'gewerkschaft', 'stiftung', 'gesellschaft', 'sociedad', 'sociedade', 'société',
  'societe', 'società', 'syndicat', 'sindicato', 'federación', 'federacion', 'fédération', 'federazione',
  'confederación', 'confederacion', 'asociación', 'asociacion', 'associazione', 'associação', 'grupo', 'gruppo',
  'groupe', 'ministerio', 'ministère', 'ministero', 'ministerium', 'agence', 'agencia', 'agenzia',
  // opera companies: "Opéra de Lyon", "Opéra national de Paris" (not the English "Opera", a work's word)
  'opéra',
]);

/** Kinds of places inside a place: "the West Bank town of Hebron", "Isabela province", "Kagoshima Prefecture". */
export const PLACES_WITHIN: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'port', 'capital', 'province', 'region', 'district', 'state', 'island', 'resort', 'suburb',
  'county', 'prefecture',
]);

/** Prepositions before a place: "in Las Vegas", "from Paris". */
export const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside', 'into', 'toward', 'towards']);

/** Acronyms that name roles, measures, diseases or currencies, not organizations. */
export const NOT_ORGANIZATION_ACRONYMS = new Set([
  'CEO', 'CFO', 'COO', 'CTO', 'MP', 'MEP', 'GDP', 'GNP', 'CPI', 'IPO', 'AIDS', 'HIV', 'DNA', 'RNA',
  'SARS', 'USD', 'EUR', 'GBP', 'JPY', 'PM', 'AM', 'TV', 'DVD', 'CD', 'PC', 'VR', 'AI', 'ID', 'OK',
  'VIP', 'RIP', 'FAQ',
]);
