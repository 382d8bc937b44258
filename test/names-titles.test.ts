/** Titles and offices around names: what stays outside the name, and offices named without a person. */
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

type Kind = 'people' | 'places' | 'organizations';
const names = (text: string, kind: Kind): string[] => facts(text)[kind].map((entity) => entity.name);

describe('an office without a name is no person', () => {
  const offices: [string, string][] = [
    ['a two-word office after "the"', 'In his speech, the Prime Minister applauded the airline.'],
    ['a two-word office after a possessive', "Malaysia's Prime Minister said the boats were turned back."],
    ['an office "of" a common noun', 'John Kerry, the Secretary of State, said nothing. Kerry left.'],
    ['a one-word office after "the"', 'The talks ended when the President left.'],
  ];
  it.each(offices)('%s', (_why, text) => {
    expect(names(text, 'people').filter((name) => !/Kerry/.test(name))).toEqual([]);
  });

  const kept: [string, string, Kind, string[]][] = [
    ['the place an office is "of"', 'Guests included the Prime Minister of Singapore, Mr. Lee Hsien Loong.', 'places', ['Singapore']],
    ['the person after the office', 'Guests included the Prime Minister of Singapore, Mr. Lee Hsien Loong.', 'people', ['Lee Hsien Loong']],
    ['a surname that is also a title', 'Stephen King wrote it. King said he was tired.', 'people', ['Stephen King']],
    ['a title before the name', 'Afghan Ambassador Hamdullah Mohib spoke.', 'people', ['Hamdullah Mohib']],
    ['the body before a capitalised role', 'Dana Voss, the State Department Spokesperson, said no.', 'organizations', ['State Department']],
    ['the person after a capitalised role', 'Spokesperson Tam Rask said no.', 'people', ['Tam Rask']],
    ['an unknown name after the country of an office', 'Ambassador to the United States Halvor Mesrik spoke.', 'people', ['Halvor Mesrik']],
    ['the country of an office before an unknown name', 'Ambassador to the United States Halvor Mesrik spoke.', 'places', ['United States']],
    ['a country and two common words stay one body', 'The Sri Lanka Freedom Party won the vote.', 'people', []],
    ['a country and one unknown word are no person', 'Fans visited the Hong Kong Kelvaraland park.', 'people', []],
    ['a military rank before the name', 'A spokesman for the force, Major Simon Harrow, said troops had left.', 'people', ['Simon Harrow']],
    ['a surname that is the rank', 'Prime Minister John Major met the press. Major said he was pleased.', 'people', ['John Major']],
    ['a court before the judge', 'U.S. District Judge Paul Whitfield set sentencing for January.', 'people', ['Paul Whitfield']],
    ['the country of a court', 'U.S. District Judge Paul Whitfield set sentencing for January.', 'places', ['U.S.']],
    ['a county before its sheriff', 'Kelvara County Sheriff Tom Rask said no.', 'places', ['Kelvara County']],
    ['a rank-like word before a body\'s head word', 'He said Major League Baseball had settled.', 'organizations', ['Major League Baseball']],
    ['a body\'s head word inside a name that speaks', 'Major League Baseball said the strike was over.', 'people', []],
    ['an acronym and a portfolio before the office', 'EU Farm Commissioner Franz Fischler said the ban would stay.', 'organizations', ['EU']],
    ['the person after a portfolio\'s office', 'EU Farm Commissioner Franz Fischler said the ban would stay.', 'people', ['Franz Fischler']],
    ['a nationality and a portfolio name nothing', 'He met British Agriculture Minister Douglas Hogg on Monday.', 'organizations', []],
    ['a nationality holds no office', 'Irish Prime Minister John Bruton arrived on Monday.', 'organizations', []],
    ['a role opening the sentence', 'Paceman Andy Bichel took four wickets.', 'people', ['Andy Bichel']],
    ['a role compromise knows opening the sentence', 'Promoter Don King said the fight was off.', 'people', ['Don King']],
    ['a role opening the sentence before a surname-like given name', 'Promoter Morris Kaplan said the fight would go ahead.', 'people', ['Morris Kaplan']],
    ['a role noun opening the sentence before two unknown capitalised words', 'Newcomer Nneka Okonkwo-Bright took the award for best actress.', 'people', ['Nneka Okonkwo-Bright']],
    ['a role opening the sentence before a given name that is a word and an unknown surname', 'Promoter Frank Delmonte of Delmonte Promotions Ltd said he hoped to match the purse.', 'people', ['Frank Delmonte']],
    ['a role opening the sentence before a particle in the surname', 'Conservator Marieke de Groot said the painting was a fake.', 'people', ['Marieke de Groot']],
    ['a role opening the sentence before a given name no list knows', 'Conductor Iryna Savchuk-Melnyk bowed to the hall.', 'people', ['Iryna Savchuk-Melnyk']],
    ['a company opening the sentence with a word shaped like a role', 'Hessler Maschinenbau AG said it would cut jobs.', 'organizations', ['Hessler Maschinenbau AG']],
    ['a given name in "-man" opening the sentence before one no list knows', 'Jusman Syafii Djamal, minister of transport, said so.', 'people', ['Jusman Syafii Djamal']],
    ['a person "of" a foreign paper named with its article', 'Critic Rafael Castellanos of El País called her a voice of startling purity.', 'people', ['Rafael Castellanos']],
    ['a given name no list knows opening the sentence', 'Sanne Bakker-Visser, a political scientist, said so.', 'people', ['Sanne Bakker-Visser']],
    ['a body before a title opening the sentence', 'Bundesbank President Hans Tietmeyer said growth was slow.', 'organizations', ['Bundesbank']],
    ['a commander\'s title after his body', 'Coast Guard Commander Rajesh Kumar Tiwari said the ferry sank.', 'people', ['Rajesh Kumar Tiwari']],
    ['a Malay honorific', 'Talks were led by Datuk Hamid Rahman bin Yusof of Malaysia.', 'people', ['Hamid Rahman bin Yusof']],
    ['a building named for a titled person keeps the title', 'Planes landed at King Shaka International Airport in Durban.', 'places', ['King Shaka International Airport', 'Durban']],
    ['a titled person outside a building\'s name', 'King Shaka ruled the Zulu kingdom.', 'people', ['Shaka']],
    ['a country\'s name less its "ia" before a person', 'Top seed Yugoslav Nenad Kostic won.', 'people', ['Nenad Kostic']],
    ['a town\'s name and a suffix opening a company', 'NFL paid $38 million to Karsan Tarim Urunleri, an Ankara-based company.', 'organizations', ['NFL', 'Karsan Tarim Urunleri']],
    ['a telescope is an instrument, no person', 'Images from the James Webb Space Telescope arrived.', 'people', []],
    ['an unknown given name and a common word as surname, who spoke', 'Condoleezza Rice spoke on Monday.', 'people', ['Condoleezza Rice']],
    ['a company that spoke of no person', 'Kelvara Holdings spoke of a loss.', 'people', []],
    ['a nationality that opens a court\'s name', 'The European Court of Human Rights in Strasbourg is considering complaints.', 'organizations', ['European Court of Human Rights']],
    ['a nationality before an office holder', 'European Commissioner for Competition Karel van Miert said no.', 'people', ['Karel van Miert']],
    ['a Chinese surname that is also a place\'s name', 'He handed control to his daughter, Lau Mei-ling, on Tuesday.', 'people', ['Lau Mei-ling']],
    ['a player\'s standing opening the sentence', 'Unseeded Dmytro Kovalenko of Ukraine beat top seed Henrik Sjoberg.', 'people', ['Dmytro Kovalenko', 'Henrik Sjoberg']],
    ['a nationality before a name with particles', 'Portuguese Joaquim da Silva Pinto won the race.', 'people', ['Joaquim da Silva Pinto']],
    ['a company with its possessive opening the sentence', "Moody's Investors Service rates the bonds B1.", 'organizations', ["Moody's Investors Service"]],
    ['a saint\'s building, though a town shares the saint\'s name', "A funeral will be held at St. Mary's Basilica on Saturday.", 'places', ["St. Mary's Basilica"]],
    ['a Malaysian honour of two words', 'He replaces Tan Sri Wong Kah Mun, who is retiring.', 'people', ['Wong Kah Mun']],
    ['the surname Tan', 'Tan Chong Wah said no.', 'people', ['Tan Chong Wah']],
    ['another Malaysian honour of two words', 'Datuk Sri Lim Boon Kiat said so.', 'people', ['Lim Boon Kiat']],
    ['the given name Sri', 'Sri Mulyani Indrawati spoke.', 'people', ['Sri Mulyani Indrawati']],
    ['a Malay honorific of two words', 'Prime Minister Datuk Seri Ismail bin Hashim named a minister.', 'people', ['Ismail bin Hashim']],
    ['a company, not a portfolio, before the office', 'Kelvara Bank Chairman Tom Rask said no.', 'organizations', ['Kelvara Bank']],
    ['a first name opening the sentence stays', 'Andy Bichel took four wickets.', 'people', ['Andy Bichel']],
    ['a nationality alone before the office', 'King Hussein will meet British Prime Minister John Major next week.', 'organizations', []],
    ['a portfolio alone before the office', 'Floods hit the state, state Revenue Minister Venkata Rao said.', 'places', []],
  ];
  it.each(kept)('keeps %s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});

describe('first names that are also words', () => {
  it('reads one before an unknown surname as a person', () => {
    expect(names('The contest was founded by Dean Kamen to encourage science.', 'people')).toEqual(['Dean Kamen']);
  });
  it('keeps a surname that is such a name', () => {
    expect(names('Pro-Beijing legislators Starry Lee and Holden Chow were elected.', 'people')).toEqual(['Starry Lee', 'Holden Chow']);
  });
  it('leaves a place named with one alone', () => {
    expect(names('Crowds gathered in Dean Street on Sunday.', 'people')).toEqual([]);
    expect(names('Crowds gathered in Dean Street on Sunday.', 'places')).toEqual(['Dean Street']);
  });
});

describe("an office named by its holder's title", () => {
  const offices: [string, string, Kind, string[]][] = [
    ['a place before the title', "A detective for the Fresno Sheriff's office was given the file.", 'places', ['Fresno']],
    ['a place before a two-word title', "The Texas Attorney General's office sued the firm.", 'places', ['Texas']],
    ['a body before the title', "The Kelvara Police Chief's office said no.", 'organizations', ['Kelvara Police']],
    ['an office named in capitals is a body', "Deputies from the Kelvara County Sheriff's Department arrested him.", 'organizations', ["Kelvara County Sheriff's Department"]],
  ];
  it.each(offices)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
    expect(names(text, 'people')).toEqual([]);
  });

  const noName: [string, string][] = [
    ['a title alone', "The Sheriff's office said the case was closed."],
    ['a two-word title alone', "The Prime Minister's office said the case was closed."],
    ['a possessive title with no office after it', "The Prime Minister's visit ended on Monday."],
  ];
  it.each(noName)('nothing for %s', (_why, text) => {
    expect(facts(text).people).toEqual([]);
    expect(facts(text).organizations).toEqual([]);
  });

  const kept: [string, string, Kind, string[]][] = [
    ['a surname that is also a title', "Stephen King's office said no.", 'people', ['Stephen King']],
    ['a company that ends in a title', "Burger King's office in Miami closed.", 'organizations', ['Burger King']],
    ['a person and a title before the office', "Senator Tam Rask's office said no.", 'people', ['Tam Rask']],
    ['an unknown word before the title: the office, a body', "The Kelvara Sheriff's office said no.", 'organizations', ['Kelvara Sheriff']],
  ];
  it.each(kept)('keeps %s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });
});

describe("an office's domain after of or for", () => {
  const cases: [string, string, Kind, string[]][] = [
    ['a domain of two words, then the person', 'Minister for Foreign Affairs Alexander Downer said no.', 'people', ['Alexander Downer']],
    ['a domain after "of", then an unknown name', 'Secretary of Homeland Security Tam Rask said no.', 'people', ['Tam Rask']],
    ['a body, an office, a person', 'EU Commissioner for Trade Tam Rask said no.', 'people', ['Tam Rask']],
    ['the body before the office', 'EU Commissioner for Trade Tam Rask said no.', 'organizations', ['EU']],
    ["a body's office with no person after it is a body", 'Refugees went home after the United Nations High Commissioner for Refugees said so.', 'organizations', ['United Nations High Commissioner for Refugees']],
    ['a modifier goes with the title', 'The UN High Commissioner for Human Rights, Volker Türk, said no.', 'people', ['Volker Türk']],
    ["a dotted body before the office", 'The U.N. High Commissioner for Refugees said on Thursday it would resume flights.', 'organizations', ['U.N. High Commissioner for Refugees']],
    ['a dotted country before a title and a person', 'The talks ended when U.S. President Bill Clinton left.', 'people', ['Bill Clinton']],
    ['a sentence that begins unseen after an abbreviation', 'He lives in Washington D.C. High winds hit the city.', 'places', ['Washington D.C.']],
    ['a company as the domain, no person', 'Dana Voss, president and CEO of Boeing Commercial Airplanes, said no.', 'organizations', ['Boeing Commercial Airplanes']],
    ['the person after the company', 'Dana Voss, president and CEO of Boeing Commercial Airplanes, said no.', 'people', ['Dana Voss']],
    ['a place as the domain, then a person compromise knows', 'Guests included the Prime Minister of Singapore Lee Hsien Loong.', 'people', ['Lee Hsien Loong']],
  ];
  it.each(cases)('%s', (_why, text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });

  const noName: [string, string][] = [
    ['an office and its domain alone', 'The Minister of Foreign Affairs said no.'],
    ['a nationality before the office', 'The European Commissioner for Competition said no.'],
  ];
  it.each(noName)('nothing for %s', (_why, text) => {
    const { people, organizations } = facts(text);
    expect([...people, ...organizations]).toEqual([]);
  });
});
