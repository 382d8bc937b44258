/** Stock indices, products and newspapers: names that hold a company's name or look like a person's. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const names = (text: string): { people: string[]; places: string[]; organizations: string[] } => {
  const found = facts(text);
  return {
    people: found.people.map((p) => p.name),
    places: found.places.map((p) => p.name),
    organizations: found.organizations.map((o) => o.name),
  };
};

type Found = ReturnType<typeof names>;

/** A table of texts and all the names each must give. */
function expectNames(title: string, rows: [string, Found][]): void {
  describe(title, () => {
    it.each(rows)('%s', (text, expected) => {
      expect(names(text)).toEqual(expected);
    });
  });
}

const none = (places: string[] = []): Found => ({ people: [], places, organizations: [] });

expectNames('stock indices are no organizations', [
  ['The Dow Jones Industrial Average fell 200 points.', none()],
  ['The Dow Jones rose, and the Nasdaq Composite fell.', none()],
  ["Japan's Nikkei stock index fell 3 percent.", none(['Japan'])],
  ['The British FTSE 100 closed lower.', none()],
  ["The Standard & Poor's 500 index dropped 2 percent.", none()],
  ['The Hang Seng index fell 5.5 percent.', none()],
]);

expectNames('the bodies and places around an index stay', [
  ['United States stock indexes posted gains.', none(['United States'])],
  ["The Conference Board's index of leading indicators rose.", { people: [], places: [], organizations: ['Conference Board'] }],
  ["Ratings agency Standard & Poor's cut its rating of Ford Motor Co.", { people: [], places: [], organizations: ['Standard & Poor', 'Ford Motor Co'] }],
]);

expectNames('a maker and a model code name a product', [
  ['The Airbus A380 landed in Singapore.', { people: [], places: ['Singapore'], organizations: [] }],
  ['The RAF flies Vickers VC-10 tankers.', { people: [], places: [], organizations: ['RAF'] }],
  ['Airbus said the jet was late.', { people: [], places: [], organizations: ['Airbus'] }],
]);

expectNames('a German article opens a newspaper', [
  ['Der Spiegel reported the deal on Sunday.', { people: [], places: [], organizations: ['Der Spiegel'] }],
  ['The deal was reported by Der Spiegel.', { people: [], places: [], organizations: ['Der Spiegel'] }],
  // the article inside a name: no newspaper
  ['Ursula von der Leyen spoke in Brussels.', { people: ['Ursula von der Leyen'], places: ['Brussels'], organizations: [] }],
]);

expectNames("a body's name glued to a person's", [
  ['The chief executive of the Refugee Council Enver Solomon said it was wrong.', { people: ['Enver Solomon'], places: [], organizations: ['Refugee Council'] }],
  // no first name or surname after the body: one name
  ['The Security Council Resolution passed.', { people: [], places: [], organizations: ['Security Council Resolution'] }],
  // a body named by its head and what it is "on" or "of"
  ['The director of the Council on Arab-Islamic Studies Dana Voss said no.', { people: ['Dana Voss'], places: [], organizations: ['Council on Arab-Islamic Studies'] }],
  ['Then the Council on Foreign Relations Richard Haass spoke.', { people: ['Richard Haass'], places: [], organizations: ['Council on Foreign Relations'] }],
  // the place after "of" is the body's, with no person after it
  ['The Bank of New England said it would cut jobs.', { people: [], places: [], organizations: ['Bank of New England'] }],
  ['The Federation of American Scientists published the list.', { people: [], places: [], organizations: ['Federation of American Scientists'] }],
]);

expectNames('an office before the company stays outside its name', [
  ['said Joe Leonard, Chairman and Chief Operating Officer of AirTran Airways.', { people: ['Joe Leonard'], places: [], organizations: ['AirTran Airways'] }],
  // no office before "of": one name
  ['The Bank of England raised rates.', { people: [], places: [], organizations: ['Bank of England'] }],
]);

expectNames('capitals that name no body', [
  ['He stays in jail, UNLESS of course he returns.', none()],
  ['He was a VIP guest at the Google Science Fair.', none()],
  ['He bought 14 Airbus A330-200 airliners.', none()],
  ['NATO and UNESCO met.', { people: [], places: [], organizations: ['NATO', 'UNESCO'] }],
]);

expectNames('bodies named in other languages, and campaigns', [
  ['He studied at the Instituto Gonzaga for years.', { people: [], places: [], organizations: ['Instituto Gonzaga'] }],
  ['Shares of Banco Santander fell.', { people: [], places: [], organizations: ['Banco Santander'] }],
  ['Posts on the site Operation Clambake said so.', none()],
  // "Nonpartisan" is who the person is, not his name
  ['Nonpartisan Paul Tse won a seat.', { people: ['Paul Tse'], places: [], organizations: [] }],
  // an unknown first word leaves a person's name alone
  ['Ignacio Gonzaga said no.', { people: ['Ignacio Gonzaga'], places: [], organizations: [] }],
]);

expectNames("a caption's label after a place", [
  ['The team competed in Washington D.C. Image: United States Navy.', { people: [], places: ['Washington D.C.'], organizations: ['United States Navy'] }],
  // without the colon the word may be a name
  ['Shares of the Image Group rose.', { people: [], places: [], organizations: ['Image Group'] }],
]);

expectNames("a body's possessive before its member", [
  ["Localist group Civic Passion's Wong Yeung-tat lost. Civic Passion said it would appeal.", { people: ['Wong Yeung-tat'], places: [], organizations: ['Civic Passion'] }],
  // a person's possessive before a law stays a person
  ["Barack Obama's Affordable Care Act passed. Obama said so.", { people: ['Barack Obama'], places: [], organizations: [] }],
]);

expectNames('a camp before a name, and an Irish airline', [
  ["Pro-Beijing DAB's Starry Lee won.", { people: ['Starry Lee'], places: [], organizations: ['DAB'] }],
  // a place after "in" keeps its name
  ['The vote was held in Beijing.', { people: [], places: ['Beijing'], organizations: [] }],
  ['Irish airline Aer Lingus said fares would rise. Aer Lingus shares fell.', { people: [], places: [], organizations: ['Aer Lingus'] }],
]);

expectNames('a place and a first name after it', [
  // "Asia" is also a first name, but alone it names no person
  ['Governments of South East Asia met in Bangkok.', { people: [], places: ['South East Asia', 'Bangkok'], organizations: [] }],
  ['Coach David Lloyd said the side was tired.', { people: ['David Lloyd'], places: [], organizations: [] }],
]);

expectNames('"of" after "for the" inside a body\'s name', [
  ['The Joint Council for the Welfare of Immigrants objected.', { people: [], places: [], organizations: ['Joint Council for the Welfare of Immigrants'] }],
  // no body before: "of" ends the person's name
  ['Lee Cheuk-yan of the Labour Party spoke.', { people: ['Lee Cheuk-yan'], places: [], organizations: ['Labour Party'] }],
]);
