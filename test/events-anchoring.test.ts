/** Event anchoring: event nouns, verb groups, light verbs, measures and the dateline. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

/** "trigger@date" for each event. */
function anchors(text: string, referenceDate: string | null = '2025-03-03'): string[] {
  const result = facts(text, referenceDate);
  const dates = new Map(result.dates.map((d) => [d.id, d.text]));
  return result.events.map((e) => `${e.trigger.text}@${dates.get(e.date)}`);
}

describe.each<[string, string[]]>([
  // the date modifies an event noun
  ['Smith lost the 1996 election to Jones.', ['election@1996']],
  ['Markets fell after the September 11 attacks.', ['attacks@September 11']],
  // the noun right before the date, or before "of"
  ['McCain entered them during a speech last week against the deal.', ['speech@last week']],
  ['Stocks dropped 3%, the second-biggest loss of 2007.', ['loss@2007']],
  // a light verb hands its event to the noun
  ['The plane made its maiden flight on 11 December.', ['flight@11 December']],
  // verb groups: "will receive", "were to take", "was set to land", "will begin to fly"
  ['Aer Lingus said it will receive six aircraft in 2010.', ['receive@2010']],
  ['The A380 was set to land in Chicago on Monday.', ['land@Monday']],
  ['Qatar has an order which it will begin to fly in 2009.', ['fly@2009']],
  // a verb right before the date takes it
  ['The Dow fell 3% to end the day at 7,114.', ['end@the day']],
  // names, models and compound nouns are not verbs
  ['Aer Lingus has options on six more A350s to exercise by 2018.', ['exercise@2018']],
  ['The company was floated on British and Irish stock markets in September 2006.', ['floated@September 2006']],
  // a duration anchors only the event noun it measures
  // "since 2001" after a superlative measures the record: no event on that date
  ['The Dow posted the worst single-day decline since 2001.', ['decline@single-day']],
])('%s', (input, expected) => {
  it('anchors the right word', () => {
    expect(anchors(input)).toEqual(expected);
  });
});

describe('what anchors nothing', () => {
  it.each([
    'They were married for four years.',
    'The talks lasted six months.',
    'Khloé Kardashian filed for divorce after four years together.',
  ])('%s', (input) => {
    expect(anchors(input)).toEqual([]);
  });

  it('keeps "filed for divorce in 2013" on the verb, not the noun', () => {
    expect(anchors('Khloé Kardashian filed for divorce in 2013.')).toEqual(['filed@2013']);
  });
});

describe('the dateline anchors the news of the lead', () => {
  const article = 'Airbus wins order\n\nMarch 27, 2008\n\nEADS has won a contract to supply tankers. Boeing said the bid was unfair. The planes were built in 2005.';

  it('links present-perfect and reporting verbs of dateless clauses to the dateline', () => {
    expect(anchors(article, null)).toEqual(['won@March 27, 2008', 'said@March 27, 2008', 'built@2005']);
  });

  it('reads the main clause after a relative one closed by a comma', () => {
    const lead = 'Japan enters recession\n\nNovember 18, 2008\n\nJapan, which accounts for 7% of world output, has entered a recession.';
    expect(anchors(lead, null)).toEqual(['accounts@November 18, 2008', 'entered@November 18, 2008']);
  });

  it.each<[string, string[]]>([
    // a passive hands the event to its participle
    ['In China, airliners are selected by the government.', ['selected@January 29, 2005']],
    ['It is expected that the deal will close.', ['expected@January 29, 2005']],
    // a verb of the same form after "and" tells of the same day
    ['Airliners are selected and purchased by the government.', ['selected@January 29, 2005', 'purchased@January 29, 2005']],
    ['The minister backs the plan and warns of cuts.', ['backs@January 29, 2005', 'warns@January 29, 2005']],
  ])('lead: %s', (body, expected) => {
    expect(anchors(`China buys jets\n\nJanuary 29, 2005\n\n${body}`, null)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // a copula before an adjective or a noun stays the event
    ['The release is almost two years behind schedule.', ['is@January 29, 2005']],
    // another form after "and" is no news of that day
    ['The minister says prices rose and will warn of cuts.', ['says@January 29, 2005']],
  ])('lead, as it was: %s', (body, expected) => {
    expect(anchors(`China buys jets\n\nJanuary 29, 2005\n\n${body}`, null)).toEqual(expected);
  });

  it('links nothing to a date that is not at the top of the article', () => {
    expect(anchors('EADS has won a contract. The deal was signed on March 27, 2008.', null)).toEqual(['signed@March 27, 2008']);
  });
});

describe('an event on the dateline\'s day is anchored to the dateline too', () => {
  const dated = (body: string): string[] => anchors(`Stocks fall\n\nMarch 05, 2009\n\n${body}`, '2009-03-05');

  it.each<[string, string[]]>([
    // March 5, 2009 is a Thursday
    ['US stock markets dropped to new lows on Thursday.', ['dropped@Thursday', 'dropped@March 05, 2009']],
    ['Global stock markets fell today in a mass sell-off.', ['fell@today', 'fell@March 05, 2009']],
    ['The Dow was down 2.62% at 16:08 UTC.', ['was@16:08 UTC', 'was@March 05, 2009']],
  ])('%s', (body, expected) => {
    expect(dated(body)).toEqual(expected);
  });

  it('gives the dateline\'s copy the summary of the event it copies', () => {
    const result = facts('Stocks fall\n\nMarch 05, 2009\n\nAcme Corp announced a review on Thursday and said it would sell a unit.', '2009-03-05');
    expect(result.events.map((e) => e.summary)).toEqual([
      'Acme Corp announced a review', 'Acme Corp announced a review', 'Acme Corp said it would sell a unit', 'Acme Corp said it would sell a unit',
    ]);
  });

  it.each<[string, string[]]>([
    // another day, a month, a duration: not the dateline's day
    ['US stock markets dropped to new lows on Wednesday.', ['dropped@Wednesday']],
    ['Sales fell in March.', ['fell@March']],
    ['The Dow posted its worst single-day decline.', ['decline@single-day']],
  ])('leaves %s to its own date', (body, expected) => {
    expect(dated(body)).toEqual(expected);
  });
});

describe('a wire story with the dated-event rules together', () => {
  const story = 'Calder Group warns on profit\n\nMarch 05, 2025\n\nShares in Calder Group fell 12% today, their worst fall since 2008, after the company cut its profit forecast. On Tuesday, the chief executive, Mara Quist, resigned, and the board named Tom Reyes as interim head. Calder Group has not paid a dividend since 2019. The company, which employs 4,000 people, announced a review on Wednesday and said it would sell its Dutch unit. A shareholder vote, scheduled for next month, will decide the sale. The shares closed at 212 pence, down 29 pence from Tuesday\'s close.';

  it('anchors each event once per date, the dateline\'s day included', () => {
    expect(anchors(story, '2025-03-05')).toEqual([
      // "today" is the dateline's day; "since 2008" after "worst" measures a record
      'fell@today', 'fell@March 05, 2025',
      // a fronted date reaches the coordinated clause
      'resigned@Tuesday', 'named@Tuesday',
      // "since" takes the perfect
      'paid@2019',
      // verbs joined by "and" share the date, a Wednesday like the dateline
      'announced@Wednesday', 'announced@March 05, 2025', 'said@Wednesday', 'said@March 05, 2025',
      // a schedule dates its noun; "from Tuesday's close" is a change's starting point
      'vote@next month',
    ]);
  });
});
