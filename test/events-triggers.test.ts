/**
 * Which word a date anchors: event nouns and the phrases attached to them ("a
 * large fall at the start of the day"); verbs the tagger misreads or leaves
 * bare (base-form pasts after their subject, plural nouns read as verbs, bare
 * verbs coordinated with a verb group).
 */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

/** "trigger@date" for each event, reference date 2025-03-03. */
function anchors(text: string): string[] {
  const result = facts(text, '2025-03-03');
  const dates = new Map(result.dates.map((d) => [d.id, d.text]));
  return result.events.map((e) => `${e.trigger.text}@${dates.get(e.date)}`);
}

/** One table of `[input, expected anchors]`. */
function table(title: string, rows: [string, string[]][]): void {
  describe(title, () => {
    it.each(rows)('%s', (input, expected) => {
      expect(anchors(input)).toEqual(expected);
    });
  });
}

table('a base-form past after its subject is a finite verb', [
  // reported speech: the date anchors the reported verb, not "said"
  ['Analysts said the storm hit the coast on Monday.', ['hit@Monday']],
  ['Stocks fell after the earthquake and tsunami hit the country a week ago.', ['hit@a week ago']],
  ['Officials said the bank cut its rates in March.', ['cut@March']],
]);

table('a base form that is no past', [
  // after a determiner the word is a noun: "the hit"
  ['Officials said the hit in March was small.', ['said@March']],
  // a pronoun after a verb is its object: "let them hit" is no past
  ['Officials let them hit the road, said Smith on Monday.', ['said@Monday']],
]);

table('a plural noun read as a verb is the subject of a misread past', [
  ['The number of people claiming weekly unemployment benefits rose 15,000 last week.', ['rose@last week']],
  ['Weekly jobless claims rose in March.', ['rose@March']],
  // after a preposition: "reduction of crop yields"
  ['Prices fell. The reduction of crop yields by 2050 exceeded 10%.', ['exceeded@2050']],
  // a determiner before "rose": a noun; the copula hands its event to the adjective
  ['The claims of a rose in March were false.', ['false@March']],
]);

table('a finite verb past a comma leaves a misread past its date', [
  ['As the association reported that homes rose in the fourth quarter to a high, investors are concerned.', ['rose@the fourth quarter']],
  // with no comma between, the finite verb is the clause's verb: "shed" is a noun
  ['The garden shed in 2009 was painted.', ['painted@2009']],
]);

table('a plural noun read as a verb before its own predicate', [
  // no present-tense news for the dateline: "saw" is the verb, and in the past
  ['Markets fall\n\nOctober 10, 2008\n\nAsian markets saw the biggest sell-off.', []],
  // a real verb before its object stays the verb
  ['The company markets its shoes in Europe in March.', ['markets@March']],
  ['Boeing says it will deliver the planes in March.', ['deliver@March']],
]);

table('a bare verb after "and" shares the verb group before it', [
  ['The first flight will take off from Singapore and land in Sydney on October 25.', ['land@October 25']],
  ['The jet will fly to Paris and return on Monday.', ['return@Monday']],
  ['Traders were told to buy and sell shares on Monday.', ['sell@Monday']],
]);

table('a bare verb after "and" with no verb group before it', [
  // a plural subject, not a coordinated verb
  ['Workers and managers meet on Monday.', ['meet@Monday']],
  // a comma ends the reach: the clause after ", and" has its own verb
  ['The jet landed in Paris, and crews rest on Monday.', ['rest@Monday']],
  // the verb before "and" is finite on its own: the nearest finite verb still wins
  ['The jet landed on Monday and refuel crews waited.', ['landed@Monday']],
]);

table('a date in a phrase after an event noun anchors the noun', [
  ['Following a large fall at the start of the day, the index recovered.', ['fall@the start of the day']],
  ['Fears caused some of the biggest losses in recent years.', ['losses@recent years']],
  ['The collapse on Monday shocked traders.', ['collapse@Monday']],
  // a scheduling verb hands the date to the event it sets
  ['Judge Wray set a hearing for next month.', ['hearing@next month']],
  ['The board scheduled a vote on Friday.', ['vote@Friday']],
]);

table('a noun that is the object of a verb leaves the date to the verb', [
  ['Stock indexes posted gains on Friday.', ['posted@Friday']],
  ['Markets dropped to twelve-year lows on Thursday.', ['dropped@Thursday', 'lows@twelve-year']],
  ['The company saw a big decline in March.', ['saw@March']],
  // right before the date, and after a noun of its compound
  ['North and South Korea exchanged artillery fire yesterday.', ['exchanged@yesterday']],
  // the subject's noun keeps the date
  ['Officials said artillery fire yesterday killed two soldiers.', ['fire@yesterday']],
  // a noun that names no event is no trigger
  ['The company bought a factory in March.', ['bought@March']],
]);

table('a date beats a duration for the same word', [
  ['Fears caused some of the biggest single-day losses in recent years.', ['losses@recent years']],
  // alone, the duration still anchors the noun it measures
  ['Fears caused the biggest single-day losses.', ['losses@single-day']],
]);

table('a date before a compound anchors its event head', [
  ['Worries grew that recent government moves might not prevent a recession.', ['moves@recent']],
  ['The Nikkei dropped 9% to reach a 20 year low.', ['low@20 year']],
  ['The insurer reached a sixteen-month high after gaining 4.6%.', ['high@sixteen-month']],
  // a measure of the event noun after "of"
  ['The dollar rose after six straight days of losses.', ['losses@six straight days']],
  ['Japan entered a recession after two consecutive quarters of negative growth.', ['growth@two consecutive quarters']],
]);

table('a date before a noun that names no event', [
  // "high" before its noun is an adjective, not the event
  ['Oil reached a 20 year high price.', []],
  // no event head: the date goes to the clause's verb
  ['Recent government buildings were sold.', ['sold@Recent']],
  ['The dollar held six straight days of gains, said Smith on Monday.', ['gains@six straight days', 'said@Monday']],
  ['Smith spent six straight days in the office.', []],
]);

table('a date that opens the sentence reaches its main clauses', [
  // a coordinated main clause in the past tells of the same day
  ['On Monday, stock markets across Asia resumed their slide, and the Nikkei fell to new lows.', ['resumed@Monday', 'fell@Monday']],
  // no verb in the date's clause: the first main clause that has one
  ['At 0800 UTC, the Bank of Canada, the Bank of England, and the ECB jointly announced a plan.', ['announced@0800 UTC']],
  ['On Sunday, the Eurogroup -- that is, the countries which use the euro -- had agreed on a plan.', ['agreed@Sunday']],
]);

table('a date that does not open its sentence, or a clause that is not a main one', [
  // the date sits inside the first clause: it keeps to it
  ['Markets across Asia resumed their slide on Monday, and the Nikkei fell to new lows.', ['resumed@Monday']],
  // a coordinated clause in the present is no news of that day
  ['On Monday, stock markets resumed their slide, and analysts expect more losses.', ['resumed@Monday']],
  // a relative clause is not a main clause
  ['On Sunday, the ministers, who met in Paris, agreed on a plan.', ['agreed@Sunday']],
]);

describe('a wire dateline\'s double hyphen', () => {
  it('keeps the dateline place (and its state) in the clause it opens', () => {
    const result = facts('MINEOLA, N.Y. -- A man was ordered held without bail on Monday.', '2025-03-03');
    const places = new Map(result.places.map((p) => [p.id, p.name]));
    expect(result.events.map((e) => [e.trigger.text, e.places.map((id) => places.get(id))])).toEqual([['held', ['MINEOLA', 'N.Y.']]]);
  });
});

table('a "since" date that measures a record anchors nothing', [
  ['The index fell 3% to reach its lowest level since 2003.', []],
  ['The DJIA had its worst fall since 1987.', []],
  ['Wall Street had its best finish since November 2008.', []],
  ['The unemployment rate reached 8.5%, the highest since 1983.', []],
]);

table('"now", "currently", "recently" date only a verb on their side of a comma', [
  ['Aeroflot has negotiated the purchase of 22 jets, an aircraft currently in production.', []],
  ['The company, currently the largest in Europe, said it would expand.', []],
  // no comma between: the verb keeps its date
  ['Boeing, which currently employs 5,000 people, said it would expand.', ['employs@currently']],
  // a calendar date still reaches across the comma
  ['Aeroflot signed the deal, its largest ever, on Monday.', ['signed@Monday']],
]);

table('a "from" date that is a change\'s starting point anchors nothing', [
  ['The three indices each fell two percent from Monday\'s closing price.', []],
  ['The index finished on 7223.98, an increase of 54 points from March 12.', []],
]);

table('a date that counts the times anchors nothing', [
  ['Prices fell. Last month, the Fed raised rates for the third time this year.', ['raised@Last month']],
  ['Prices fell. The Fed raised rates for the first time this year.', []],
  // a date in a phrase of its own still dates the event
  ['Prices fell. The Fed raised rates three times in 2008.', ['raised@2008']],
]);

table('a "from" date that opens a range', [
  ['Aer Lingus will receive six aircraft from 2009 to 2011.', ['receive@2009', 'receive@2011']],
]);

table('a "since" date that dates an event or a state', [
  ['Boeing had been suspended since July 24, 2003.', ['suspended@July 24, 2003']],
  // a verb between the superlative and "since" ends the record phrase
  ['The best team has won every game since March.', ['won@March']],
]);

table('verbs of the same form joined by "and" share the date', [
  ['The company announced a merger on Tuesday and said it would cut 500 jobs.', ['announced@Tuesday', 'said@Tuesday']],
  ['Police arrested the man and charged him on Sunday.', ['arrested@Sunday', 'charged@Sunday']],
  // a past the tagger reads as a noun, with a plural object
  ['The Fed cut rates on Monday and signaled more cuts.', ['cut@Monday', 'signaled@Monday']],
]);

table('verbs that do not share the date', [
  // a new subject after ", and": a clause of its own
  ['Prices rose in March, and banks cut rates.', ['rose@March']],
  // a plan's steps keep their own times
  ['The jet will take off from Paris and land in Sydney on Monday.', ['land@Monday']],
  // another form: the report is not the act
  ['The bank cut rates on Monday and will meet again.', ['cut@Monday']],
]);

table('a verb the tagger reads as an adverb after a modal', [
  ['Prices fell. The plant, which opened in 1990, will close in June.', ['opened@1990', 'close@June']],
  ['Prices fell. The market did close early in June.', ['close@June']],
  // "close to" after a copula is no verb of its own: the copula hands its event on as before
  ['Prices fell. The shop was close to the station in June.', ['close@June']],
]);

table('a date before a measured event noun', [
  ['Investors were alarmed by Monday\'s 500-point drop.', ['drop@Monday']],
  // a measure before a noun that names no event: the verb
  ['Investors bought Monday\'s 500-page report.', ['bought@Monday']],
]);

table('a "since" date anchors the perfect of its clause', [
  ['Iraq has refused to allow inspections since August.', ['refused@August']],
  ['The index has not closed above 8,000 since February.', ['closed@February']],
  ['The company has been trying to sell the unit since 1995.', ['trying@1995']],
]);

table('a "since" date with no perfect, or another preposition', [
  ['Stocks rose since Monday.', ['rose@Monday']],
  ['Iraq has refused to allow inspections in August.', ['allow@August']],
]);

table('a date a schedule puts on the event noun before it', [
  ['Prices fell. The vote, scheduled for Tuesday, was postponed.', ['vote@Tuesday']],
  ['Prices fell. The delivery, originally due later this year, will be delayed until October 2007.', ['delivery@later this year', 'delayed@October 2007']],
  ['Prices fell. The meeting is set for Monday.', ['meeting@Monday']],
]);

table('a schedule with no event noun before it', [
  ['Prices fell. The company is expected to report a loss on Monday.', ['report@Monday']],
  ['Prices fell. The plant, scheduled to close in June, will stay open.', ['close@June']],
]);

table('pasts and nouns the tagger confuses', [
  // a base-form past after a copula is its participle
  ['Prices fell. The budget was cut in March.', ['cut@March']],
  ['Prices fell. The last ballot there was cast at 2:30.', ['cast@2:30']],
  // a present form right after a preposition is a noun: a photo credit
  ['Prices fell. Leung Yiu-chung of NWSC; from file, 2008.', []],
  // a word alone in brackets points at a photo
  ['Ministers met. Braverman (left) and Sunak (right) on October 25, 2022.', []],
  ['Ministers met. The bill (passed in 2001) was repealed.', ['passed@2001']],
  // a gerund after a preposition stays a verb
  ['Prices fell. After opening Friday, the store closed.', ['opening@Friday']],
]);

table('a date between a determiner and its noun dates that noun only', [
  ['Portrait shot of Dennis Hopper, famous for his role in the 1969 film Easy Rider.', []],
  ['Fans cheered. Yesterday, day five of the 2018 FIFA World Cup, Sweden defeated South Korea.', ['defeated@Yesterday']],
  // the noun names an event: it takes the date
  ['Smith lost the 1996 election to Jones.', ['election@1996']],
  // a noun that names no event: the date anchors nothing, even when another date takes the verb
  ['Prices fell. The 1996 budget was passed in March.', ['passed@March']],
  // no determiner before the date: a fronted date with no comma
  ['In 2008 Boeing delivered 375 planes.', ['delivered@2008']],
]);
