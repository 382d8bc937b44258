/**
 * Bodies with long names, and the words around a paper or a bank (held-out round 5):
 * "and" between a body's parts (conjoined.ts), "for" before its domain (shape.ts),
 * Portuguese "do", a name the lexicon knows whole at a sentence's head (opens-name.ts).
 */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('long names of bodies', () => {
  const cases: [string, string, Kind, string[]][] = [
    ['two plural words and a body\'s head', 'The deal was referred to the Monopolies and Mergers Commission on Monday.', 'organizations', ['Monopolies and Mergers Commission']],
    ['a place and a first name before a museum', 'The Victoria and Albert Museum reopened on Friday.', 'organizations', ['Victoria and Albert Museum']],
    ['a domain of two parts', 'Agents of the Fiscal Information and Investigation Service made arrests.', 'organizations', ['Fiscal Information and Investigation Service']],
    ['a palace of two domains', 'The band played at the Palace of Culture and Science in Warsaw.', 'places', ['Palace of Culture and Science', 'Warsaw']],
    ['a chamber "of"', 'The Ghana Chamber of Mines said output fell.', 'organizations', ['Ghana Chamber of Mines']],
    ['a title\'s word closing a body\'s domain', 'The case was brought by the Centre for Environmental Justice (CEJ) in 2013.', 'organizations', ['Centre for Environmental Justice']],
    ['Portuguese "do"', 'The heads of Companhia Vale do Rio Doce and Banco do Brasil came.', 'organizations', ['Companhia Vale do Rio Doce', 'Banco do Brasil']],
    ['a known body opening a sentence with an ordinary word', 'United Nations envoy Ramiro Castellanos said the fighting stopped.', 'organizations', ['United Nations']],
    ['a paper a person told', '"It is the truth," she told the Hartford Courant on Monday.', 'organizations', ['Hartford Courant']],
    ['a paper something is according to', 'According to the Frankfurter Allgemeine Zeitung, each day costs money.', 'organizations', ['Frankfurter Allgemeine Zeitung']],
    ['a coalition\'s name', 'The commission declared the ruling Barisan Nasional coalition the winner.', 'organizations', ['Barisan Nasional']],
    ['a body\'s name of two parts before its acronym', 'It followed an inquiry by Dutch police, the Fiscal Information and Investigation Service (FIOD) and the DEA.', 'organizations', ['Fiscal Information and Investigation Service', 'FIOD', 'DEA']],
    ['a company\'s name in a wire headline, not a dateline', 'MEERMAN AGREES 740 MLN STG BID FOR HARLAND FOODS.\nLONDON 1996-12-03\nKoninklijke Meerman NV agreed to buy Harland Foods Plc. Meerman shares fell.', 'places', ['LONDON']],
    ['two surnames before a firm\'s head, without "the"', 'Shares in Kruger and Hollis Securities rose.', 'organizations', ['Kruger and Hollis Securities']],
    ['a town\'s name after the "and"', 'Shares in Standard and Union Bank fell 2 rand.', 'organizations', ['Standard and Union Bank']],
    ['two towns\' council after "leader of"', 'The former leader of Harwick and Dene District Council spoke.', 'organizations', ['Harwick and Dene District Council']],
    ['a committee "on" a domain "of"', 'The Committee on Safety of Medicines said no.', 'organizations', ['Committee on Safety of Medicines']],
    ['a nationality of two words opening a company\'s name', 'South African Breweries gained 2 rand.', 'organizations', ['South African Breweries']],
    ['a record label named with a first name', 'His label, Emerald Isle Records, declined to comment.', 'organizations', ['Emerald Isle Records']],
    ['an engine maker', 'Engine maker Aerotek Engines has also sent specialists.', 'organizations', ['Aerotek Engines']],
    ['a body\'s word closing a name headed by a place\'s', 'The inquiry by the City of London Police ended.', 'organizations', ['City of London Police']],
    ['a mining company', 'Highveld Gold Mining gained 1.75 rand.', 'organizations', ['Highveld Gold Mining']],
    ['a shipping line and a publisher', 'Tankers owned by Nordhavet Shipping sailed, and Lagoon House Books published the story.', 'organizations', ['Nordhavet Shipping', 'Lagoon House Books']],
    ['investment firms, brokers and a ferry line', 'Orchid Ventures and Mabena Stockbrokers sold shares, and Visayan Sea Lines bought them.', 'organizations', ['Orchid Ventures', 'Mabena Stockbrokers', 'Visayan Sea Lines']],
    ['a foreign bank named in English', 'Koen Peeters, an analyst at Bank Brussel Lambert in Antwerp, said so. Bank Leumi agreed.', 'organizations', ['Bank Brussel Lambert', 'Bank Leumi']],
    ['a bank named for a town, then its chairman', 'Kelvara Bank Tom Rask said no.', 'people', ['Tom Rask']],
    ['a shipping company and a planter', 'He founded Kalligas Maritime in 1951. Brahmaputra Tea Estates said prices fell.', 'organizations', ['Kalligas Maritime', 'Brahmaputra Tea Estates']],
    ['German works ("-werke") with an age of its own', 'Hessler Motorenwerke, the 120-year-old carmaker based in Stuttgart, named a chief. Salzgitter Stahlwerke said so.', 'organizations', ['Hessler Motorenwerke', 'Salzgitter Stahlwerke']],
    ['"Werk" alone is a surname', 'Anna Werk, 45, said so.', 'people', ['Anna Werk']],
    ['legal forms of Denmark, Romania and Brazil', 'Carlsberg A/S bought Dobrogea Construct SRL. Limpa Verde Ltda lost.', 'organizations', ['Carlsberg A/S', 'Dobrogea Construct SRL', 'Limpa Verde Ltda']],
    ['a railway and a paper', 'A Bangladesh Railway spokesman said so. Kamau, a reporter with the weekly Nairobi Observer, faces trial.', 'organizations', ['Bangladesh Railway', 'Nairobi Observer']],
    ['a broadcaster named before what it is', '"He wanted one more film," she told France Inter radio.', 'organizations', ['France Inter']],
    ['a person named before a medium is still a person', 'Elvis Presley television specials were popular.', 'people', ['Elvis Presley']],
    ['a nationality before a medium is no body', 'The fight was broadcast live by Danish television station TV2.', 'organizations', []],
    ['an airline named for a town', 'A helicopter from Air Zermatt spotted his jacket on Monday.', 'organizations', ['Air Zermatt']],
    ['a rank and a range opening with "Air" are no airline', 'Air Marshal Arthur Harris flew over the Air Mountains.', 'organizations', []],
    ['a Spanish legal form and a French opera company', 'His employer, Agrícola del Sur SL, said so. It was co-commissioned by the Opéra de Lyon.', 'organizations', ['Agrícola del Sur SL', 'Opéra de Lyon']],
    ['the English "Opera" in a work\'s title opens no body', 'The Phantom of the Opera opened in 1986.', 'organizations', []],
    ['one-word parliaments of eastern Europe', 'The vote in the Saeima was 52 to 48. Ukraine\'s Rada passed the law.', 'organizations', ['Saeima', 'Rada']],
    ['a name with "bin" is a person\'s, though it beats someone 9-6', "SNOOKER - THAI FINAL\nMalaysia's Tariq bin Yusof beat Scotland's Darren McAllister 9-6 in the final on Sunday.", 'people', ['Tariq bin Yusof', 'Darren McAllister']],
    ['a side that beats another 2-1 is still a body', 'SOCCER - DUTCH RESULTS\nFeyenoord beat Roda JC 2-1 in Rotterdam on Sunday.', 'people', []],
    ['a place whose "and" opens the subject\'s verb', 'Officials declared an emergency in the Colca Valley and asked for tents.', 'places', ['Colca Valley']],
    ['a works\' compound with an age is no person', 'Hessler Motorenwerke, the 120-year-old carmaker, named a chief.', 'people', []],
    ['a house and a publisher in other languages', 'Maison Delorme said the sale was off. Editorial Andina published the book.', 'organizations', ['Maison Delorme', 'Editorial Andina']],
    ['a cemetery', 'He was buried in the First Cemetery of Athens.', 'places', ['First Cemetery of Athens']],
    ['roads named by their numbers', 'The tornado crossed Interstate 65 and hit a house on County Road 747. The fire jumped Route 68, the main highway.', 'places', ['Interstate 65', 'County Road 747', 'Route 68']],
    ['a number after a road\'s name that counts is no part of it', 'Abbey Road 50 years on: the album sold well.', 'places', ['Abbey Road']],
    ['a tunnel and a harbour', 'A fire broke out in the Fréjus Tunnel. The crew finished off English Harbour on Saturday.', 'places', ['Fréjus Tunnel', 'English Harbour']],
    ['a gallery, an airline, a team and a club in other languages', 'Galerie Templon sold it. Aerolíneas Argentinas flew. Equipo Cantabria won. Boca Juniors lost.', 'organizations', ['Galerie Templon', 'Aerolíneas Argentinas', 'Equipo Cantabria', 'Boca Juniors']],
    ['a sport\'s national body opening the sentence', 'Swimming Australia said the team was ready. Athletics Kenya named its squad.', 'organizations', ['Swimming Australia', 'Athletics Kenya']],
    ['a public domain\'s national body', 'Parks Canada closed the trail after Environment Canada issued a warning.', 'organizations', ['Parks Canada', 'Environment Canada']],
    ['a describing word before a country is no body', 'Neighbouring Bangladesh reported floods.', 'places', ['Bangladesh']],
    ['a domain\'s word and a place apart', 'Transport in Canada is slow.', 'organizations', []],
    ['a body\'s domain listed with commas', 'He met officials of the Ministry of Science, Technology and Innovation on Monday.', 'organizations', ['Ministry of Science, Technology and Innovation']],
    ['a list with commas before a body\'s head word', 'Prices on the Coffee, Sugar and Cocoa Exchange rose.', 'organizations', ['Coffee, Sugar and Cocoa Exchange']],
    ['a union of several trades', 'The Kenya Medical Practitioners, Pharmacists and Dentists Union called the strike.', 'organizations', ['Kenya Medical Practitioners, Pharmacists and Dentists Union']],
    ['places listed with commas stay apart', 'Flights to Paris, Rome and Heathrow Airport were cut.', 'places', ['Paris', 'Rome', 'Heathrow Airport']],
    ['two trades and a legal form: one company', 'The blast hit a plant owned by Deccan Chemicals and Fertilisers Ltd near Baroda.', 'organizations', ['Deccan Chemicals and Fertilisers Ltd']],
    ['two companies joined by "and"', 'Kelvar Holdings and Osk Ltd merged.', 'organizations', ['Kelvar Holdings', 'Osk Ltd']],
    ['a trade list in lower case is no name', 'The Food, beverages and catering union struck.', 'organizations', []],
    ['papers and a broadcaster in other languages', 'She told Süddeutsche Zeitung so. Gazet van Antwerpen and Gazeta Wyborcza reported it. He told Radio Programas del Perú.', 'organizations', ['Süddeutsche Zeitung', 'Gazet van Antwerpen', 'Gazeta Wyborcza', 'Radio Programas del Perú']],
    ['a national Red Cross, with its nation', 'Peruvian Red Cross teams searched the houses. The Uganda Red Cross Society set up a tent.', 'organizations', ['Peruvian Red Cross', 'Uganda Red Cross Society']],
    ['the Red Cross is no person', 'The Red Cross said it had sent 40 trucks.', 'people', []],
    ['a nationality before a person named Red', 'American Red Grange scored twice.', 'people', ['Red Grange']],
    ['an investment company', 'Bergsman Invest said it would bid.', 'people', []],
    ['a region of the news no package lists', 'Artillery fire across the line dividing Kashmir killed six.', 'places', ['Kashmir']],
    ['a venue named with a first name', 'He cancelled shows at Madison Square Garden last month.', 'places', ['Madison Square Garden']],
    ['an Irish county', 'It gave the veteran County Kildare trainer a win.', 'places', ['County Kildare']],
    ['a compass point before a region the lists lack', 'The firm sent specialists to West Sumatra on Monday.', 'places', ['West Sumatra']],
    ['a compass point before a town the lists know, whose residents are named', 'About 4,500 residents of West Kelowna were ordered to leave.', 'places', ['West Kelowna']],
    ['a town whose residents are named', 'Police told residents of Tarnowek to stay indoors.', 'places', ['Tarnowek']],
    ['a bank\'s officer with a hyphen', 'The rate held. Bundesbank vice-president Klaus Hellwig told reporters so. The Bundesbank is worried.', 'organizations', ['Bundesbank']],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });

  const apart: [string, string, Kind, string[]][] = [
    ['a party and another body', 'The Labour Party and Sinn Fein met on Monday.', 'organizations', ['Labour Party']],
    ['two bodies under a plural head', 'Requests went to the State and Homeland Security Departments.', 'organizations', ['State', 'Homeland Security Departments']],
    ['a second body that its country opens', 'Oil majors Royal Dutch/Shell and British Petroleum cut prices.', 'organizations', ['Royal Dutch/Shell', 'British Petroleum']],
    ['a person told "the" boy', 'Tom Hale told the boy to go home.', 'organizations', []],
    ['a nationality\'s noun that speaks after "the"', '"Old legs like the cold," the Russian joked.', 'organizations', []],
    ['a possessive determiner before a club\'s role', '"I did not look back. My coach told me to run," said Yuki Tanaka.', 'organizations', []],
    ['a verb "do" after a name and a weekday', 'What did Tom Hale do Monday?', 'people', ['Tom Hale']],
    ['two known companies', 'IBM and Microsoft Corp signed a deal.', 'organizations', ['IBM', 'Microsoft Corp']],
    ['an earlier body\'s domain before the "and"', 'A team from the Massachusetts Institute of Technology and Colorado State University came.', 'organizations', ['Massachusetts Institute of Technology', 'Colorado State University']],
    ['an indefinite pronoun opening a sentence', '"He plays like a veteran. Nothing fazes him," said coach Vincent Russo.', 'people', ['Vincent Russo']],
  ];
  it.each(apart)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});
