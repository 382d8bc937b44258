/** Ages, rule by rule: for each rule the text it reads and the text it must leave alone. */
import { describe, expect, it } from 'vitest';
import { ages } from './helpers.js';

type Case = [string, string[]];

const rules: Record<string, Case[]> = {
  'lists of names with numbers: ages unless the numbers climb like shirt numbers': [
    ['The victims were John Smith, 34, Mary Jones, 45, and Tom Brown, 19.', ['John Smith 34', 'Mary Jones 45', 'Tom Brown 19']],
    ['The dead were Ahmed Ali, 23, Samir Haddad, 31, Omar Nasser, 40, and Yusuf Karim, 27.', ['Ahmed Ali 23', 'Samir Haddad 31', 'Omar Nasser 40', 'Yusuf Karim 27']],
    ['Police arrested Tom Smith, 34, and Jane Jones, 35, on Monday.', ['Tom Smith 34', 'Jane Jones 35']],
    ['Japan - Kenichi Shimokawa, 2, Hiroshige Yanagimoto, 3, Naoki Soma, 4, Masami Ihara, 5.', []],
    ['The coach named Kenichi Shimokawa , 2 , Naoki Soma , 5 , and Masami Ihara , 6 , in the side .', []],
  ],
  'results lines: numbers after a label are not ages': [
    ['Scorers: Gianfranco Zola (23), Mark Hughes (56).', []],
    ['Scorers : Gianfranco Zola ( 23 ) , Mark Hughes ( 56 ) .', []],
    ['Scorer: Gianfranco Zola (23).', []],
    ['Japan: Kenichi Shimokawa, 2, Masami Ihara, 7.', []],
    ['Police named the driver as Sergei Ivanov (48) on Monday.', ['Sergei Ivanov 48']],
    ['Pete Sampras (1) beat Todd Martin (10) 6-4 7-5.', []],
    ['Results (league positions in brackets):\nLazio (3) 2 Bologna (4) 1\nVicenza (2) 3 Udinese (12) 1', []],
    ['Jane Smith (34) was jailed for 5 years on Monday.', ['Jane Smith 34']],
    ["She beat Italy's Giulia Ferrante (7) in the quarter-finals and Daria Kuznetsova (12) in the semi-finals.", []],
    ['Giulia Ferrante (27) was named coach of the year.', ['Giulia Ferrante 27']],
    ['ICE HOCKEY - SWISS FINAL\n\nHC Davos beat HC Lugano 3-2 in overtime. Davos, who finished the season in first place ahead of Zug (2) and Lugano (3), scored twice.', []],
    ['CRICKET - KELMOR BEAT OSK\n\nKelmor beat Osk by 84 runs. Dale Whitcombe (36) and Ari Tane-Rangi (51) rebuilt the innings with a stand of 70.', []],
    ['Dale Whitcombe (36) and Ari Tane-Rangi (51) were charged with fraud after a stand-off with police.', ['Dale Whitcombe 36', 'Ari Tane-Rangi 51']],
  ],
  'an appositive with its article: "Name, a 39-year-old ..."': [
    ['Marc Dutroux, a 39-year-old convicted child rapist, was arrested.', ['Marc Dutroux 39']],
    ['Tim Henman, the 22-year-old British number one, lost in the third round.', ['Tim Henman 22']],
    ['Tom Watson, a 46-year-old American, led by two shots.', ['Tom Watson 46']],
    ["Deng Xiaoping, China's 92-year-old paramount leader, is in poor health.", ['Deng Xiaoping 92']],
    ['Police found Tom Smith, his 12-year-old son and his wife at home.', []],
    ['Tom Watson, a 46-foot putt away, waited.', []],
    ['Dr. Omar Haddad spoke. Haddad, a Lebanese-born palaeontologist aged 45, joined in 2012.', ['Omar Haddad 45']],
    ['Nkosi Dlamini was third. Dlamini, aged 24 and playing his first season, birdied four holes.', ['Nkosi Dlamini 24']],
    ['A 23-year-old security guard, Declan Murphy, was tied up by the intruders.', ['Declan Murphy 23']],
    ['"She knows every factory," said a 42-year-old analyst at Rhein Capital, Mehmet Yilmaz.', ['Mehmet Yilmaz 42']],
    ['A 30-year-old lawyer with Baker Botts, Anna Lee, said so.', ['Anna Lee 30']],
    ['A 30-year-old woman from Leeds, police said, was hurt. Anna Lee said so.', []],
    ['Tom Roth spoke. Roth, a father of two boys aged 12, said no.', []],
    ['Tom Roth spoke. Roth, a teacher whose son is aged 12, said no.', []],
    ['Tom Watson, a 30-year veteran of the tour, waited.', []],
  ],
  'the age at death: "died ... at age 62"': [
    ['Charles Kuralt, the CBS newsman, died on Friday at age 62.', ['Charles Kuralt 62']],
    ['Charles Kuralt died in New York at the age of 62.', ['Charles Kuralt 62']],
    ['Charles Kuralt, the CBS newsman, joined the network at age 22.', []],
    ['Charles Kuralt died on Friday in a city of age-old streets, 62 miles away.', []],
  ],
  'an age in words beside a name: "Julie Lejeune, eight,"': [
    ['Julie Lejeune and Melissa Russo, both eight, disappeared in June 1995.', ['Julie Lejeune 8', 'Melissa Russo 8']],
    ['Julie Lejeune , eight , disappeared in June 1995 .', ['Julie Lejeune 8']],
    ['Tom Vale, aged nine, was found safe.', ['Tom Vale 9']],
    ['Ann Lee, who is nine, goes to school.', ['Ann Lee 9']],
    ['Tom Vale, one of the founders, spoke.', []],
    ['Ann Lee, who is one of the judges, spoke.', []],
    ['Tom Vale, aged nine to twelve, was found safe.', []],
  ],
  'ages in words: "Fifteen-year-old Martina Hingis"': [
    ['Fifteen-year-old Martina Hingis won the title.', ['Martina Hingis 15']],
    ['Twenty-two-year-old Tim Henman lost.', ['Tim Henman 22']],
    ['Martina Hingis ended the fifteen-year-old rivalry.', []],
    ['Martina Hingis beat two 15-year-olds in Zurich.', []],
  ],
  'the age alone as the noun: "the 45-year-old said"': [
    ['Lamar Odom was found unconscious on Tuesday. The 45-year-old remains in hospital.', ['Lamar Odom 45']],
    ['Lamar Odom was found unconscious on Tuesday . The 45-year-old , who played for the Lakers , is in hospital .', ['Lamar Odom 45']],
    ["Lamar Odom was found unconscious. The 45-year-old's family asked for privacy.", ['Lamar Odom 45']],
    ['The 45-year-old, Lamar Odom, was found unconscious in a Nevada brothel.', ['Lamar Odom 45']],
    ['Lamar Odom spoke. Police said the 12-year-old bridge was unsafe.', []],
    ['Lamar Odom spoke. He ended the 12-year-old, bloody conflict.', []],
    ['Lamar Odom spoke. Police said the two 19-year-olds were held.', []],
  ],
  'a nationality as the noun: "the 27-year-old Kenyan"': [
    ['Paul Tergat won the race. The 27-year-old Kenyan finished in 27 minutes.', ['Paul Tergat 27']],
    ['Richard Krajicek won. The 24-year-old Dutchman served 20 aces.', ['Richard Krajicek 24']],
    ['Boris Yeltsin was re-elected. The 65-year-old Russian leader is ill.', ['Boris Yeltsin 65']],
    ['Boris Yeltsin spoke. He praised the 50-year-old Russian constitution.', []],
  ],
  'someone introduced unnamed stays unnamed: "A 44-year-old protester ... the 44-year-old"': [
    ['A 44-year-old protester was arrested on Friday, police chief John Smith said. The 44-year-old was charged.', []],
    ['A 12-year-old boy was shot, Police Commissioner Howard Safir said. The 12-year-old boy is stable.', []],
    ['A boy was shot in Brooklyn, Police Commissioner Howard Safir said. The 12-year-old was in stable condition.', []],
    ['Detectives said a man had been arrested, Chief Constable David Wilmot said. The 45-year-old was being questioned.', []],
    ['John Smith spoke. Police arrested a 44-year-old protester. The 50-year-old chief said he was sorry.', ['John Smith 50']],
    ['Tom Smith was in court. He was charged with attacking a woman. The 34-year-old denied it.', ['Tom Smith 34']],
    ['Police arrested a 44-year-old man on Friday. Detective Paul Hart said the man was calm. The 44-year-old was charged.', []],
    ['As a 13-year-old, Lionel Messi moved to Barcelona. The 25-year-old scored twice.', ['Lionel Messi 25']],
  ],
  'the present-tense predicate: "Jones is a 32-year-old mother"': [
    ['Mary Jones is a 32-year-old mother of two from Leeds.', ['Mary Jones 32']],
    ['Mary Jones, who is a 32-year-old mother of two, said she was happy.', ['Mary Jones 32']],
    ['Mary Jones is a 32-year-old mother. The 32-year-old said she was happy.', ['Mary Jones 32']],
    ['Mary Jones was a 32-year-old mother of two when she moved to Leeds in 1980.', []],
    ['Mary Jones said it is a 30-year-old tradition.', []],
  ],
  'a pronoun in a sentence of its own: "He was 63." after a death, "She is 86."': [
    ['Film director Louis Malle died of cancer on Monday. He was 63.', ['Louis Malle 63']],
    ['Candice Bergen said Louis Malle died on Monday. He was 63 years old.', ['Louis Malle 63']],
    ['Rosa Parks is recovering in Detroit. She is 86.', ['Rosa Parks 86']],
    ['Ryan Giggs joined United in 1987. He was 14.', []],
    ['Louis Malle and Candice Bergen lived in Paris. Louis Malle died on Monday. She was 49.', []],
    ['Rosa Parks spoke in Detroit. He is 86.', []],
    ['Louis Malle died on Monday. He was 63 when he left Paris.', []],
  ],
  'an age before the subject: "At 62, Kuralt is ..."': [
    ['At 62, Charles Kuralt is the oldest anchor on the network.', ['Charles Kuralt 62']],
    ['Aged 19, Jack Wilshere is the youngest player in the squad.', ['Jack Wilshere 19']],
    ['Aged 14, Ryan Giggs joined United.', []],
    ['At 62, Charles Kuralt retired from the network.', []],
  ],
  'the present-tense predicate of the subject: "Woodward is 19."': [
    ['Louise Woodward was jailed. Woodward, from Elton in northwest England, is 19.', ['Louise Woodward 19']],
    ['Louise Woodward is 19 years old.', ['Louise Woodward 19']],
    ['Louise Woodward is 19, her lawyer said.', ['Louise Woodward 19']],
    ['Raymond Roth was arrested on Monday. Roth is 48 and lives in Massapequa.', ['Raymond Roth 48']],
    ['Tom Hanks turned 64 on Monday.', ['Tom Hanks 64']],
    ['Tom Hanks turned 3 scripts into films.', []],
    ['Greg Norman is 2 under par after 12 holes.', []],
    ['Greg Norman is 3 shots clear.', []],
    ['Greg Norman was 41 when he won.', []],
    ['Nick Faldo said Greg Norman is 41.', []],
  ],
  'a number in brackets after a name, with spaces or without': [
    ['Police arrested Jane Smith ( 34 ) on Monday .', ['Jane Smith 34']],
    ['Bologna ( 4 ) drew with Lazio ( 6 ) .', []],
    ['The film starred Brad Pitt ( 1996 ) .', []],
    ['Shares of the firm run by Bill Gates ( $48 ) rose .', []],
  ],
  'role nouns of sport and crime news: "the 30-year-old forward"': [
    ['Gianfranco Zola joined Chelsea. The 30-year-old forward scored 49 goals in Serie A.', ['Gianfranco Zola 30']],
    ['Police named Tom Reed. The 25-year-old gunman was shot dead.', ['Tom Reed 25']],
    ['Gianfranco Zola joined Chelsea. He moved the 30-year-old forward line.', []],
  ],
  'golf rounds (60 to 80) where golf is spoken of: not ages': [
    ['Tiger Woods leads at 12 under par. Nick Faldo (69) and Greg Norman (71) trail the leaders.', []],
    ['Greg Norman, 68, led by a shot after 18 holes at Augusta.', []],
    ['Greg Norman, 41, made a birdie at the first hole.', ['Greg Norman 41']],
    ['Boris Yeltsin, 65, won the second round of the election.', ['Boris Yeltsin 65']],
    ['Sergei Ivanov (68) said the talks had failed.', ['Sergei Ivanov 68']],
  ],
  'an age stated beside a name decides whom "the 34-year-old" is': [
    ['Police named Nora Keel, 34, and Silas Brandt, 45. Officer Owen Pike said the pair were calm. Later the 34-year-old cried.', ['Nora Keel 34', 'Silas Brandt 45']],
    ['Tom Smith, 34, met Jane Jones, 45, in Leeds. The 45-year-old said she was happy.', ['Tom Smith 34', 'Jane Jones 45']],
    ['Tom Smith, 34, met Jane Jones in Leeds. The 29-year-old said she was happy.', ['Tom Smith 34', 'Jane Jones 29']],
    ['Tom Smith, 34, and Tom Brown, 34, were held. The 34-year-old driver was released.', ['Tom Smith 34', 'Tom Brown 34']],
  ],
  'an unnamed person counted by the age alone: "A 19-year-old bystander ... The 19-year-old"': [
    ['A 19-year-old bystander was treated for cuts, police spokesman Owen Pike said. The 19-year-old was later released.', []],
    ['Owen Pike ended a 12-year-old truce. The 45-year-old spokesman said he was glad.', ['Owen Pike 45']],
  ],
  '"aged 45" straight after the subject\'s name': [
    ['Mr John Smith aged 45 of Leeds was arrested.', ['John Smith 45']],
    ['Police named the man as John Smith aged 45.', ['John Smith 45']],
    ['Ryan Giggs joined Manchester United aged 14.', []],
    ['Mr John Smith aged 45 to 50 was seen in Leeds.', []],
    ['Police named Tom Smith, aged 18 to 25, as a suspect.', []],
    ['Tom Smith and Jane Jones, aged 19 and 21, were arrested.', []],
    ['Tom Smith, aged 55 of Leeds, was held.', ['Tom Smith 55']],
    ['Ryan Giggs signed Tom Brown aged 14 from Leeds.', []],
  ],
  'one age for two: "Tom Smith and Jane Jones, both 34,"': [
    ['Tom Smith and Jane Jones, both 34, were arrested.', ['Tom Smith 34', 'Jane Jones 34']],
    ['Tom Smith and Jane Jones, both of Leeds, were arrested.', []],
  ],
  'the age at death: "died at 81"': [
    ['Novelist Harold Robbins died at 81 in Palm Springs.', ['Harold Robbins 81']],
    ['Harold Robbins died at 81, his publisher said.', ['Harold Robbins 81']],
    ['Harold Robbins died at 10 a.m. on Tuesday.', []],
    ['Harold Robbins died at home on Tuesday aged 81.', ['Harold Robbins 81']],
    ['Harold Robbins died at 56 Harley Street on Monday.', []],
    ['Harold Robbins had surgery at 56 in Palm Springs.', []],
  ],
  'then and now: "Now 45, Odom lives ...", not "Odom, then 31,"': [
    ['Now 45, Lamar Odom lives in Los Angeles.', ['Lamar Odom 45']],
    ['Lamar Odom, then 31, was traded to Dallas.', []],
    ['Lamar Odom, who was 31 at the time, was traded to Dallas.', []],
    ['Lamar Odom was 31 when he was traded to Dallas.', []],
  ],
  'a relative named after a possessive: "his 12-year-old son, John,"': [
    ['Tom Smith said his 12-year-old son, John, was missing.', ['John 12']],
    ["Smith's 12-year-old daughter, Emma Smith, was unhurt.", ['Emma Smith 12']],
    ['Tom Smith said his 12-year-old son was missing.', []],
    ['Tom Smith sold his 12-year-old car, a Ford, on Monday.', []],
  ],
  'an age closed by a semicolon or a dash, not by a squad list\'s hyphen': [
    ['Raymond Roth, 48; Jane Roth, 45; and Tom Roth, 19, were held.', ['Raymond Roth 48', 'Jane Roth 45', 'Tom Roth 19']],
    ['Raymond Roth, 48 — a father of two — was held.', ['Raymond Roth 48']],
    ['Japan: 1 - Kenichi Shimokawa, 2 - Hiroshige Yanagimoto, 3 - Naoki Soma.', []],
    ['The side was Kenichi Shimokawa, 2 - Hiroshige Yanagimoto, 3 - Naoki Soma.', []],
  ],
  'an age after a resolved description: "The Massapequa man, 48,"': [
    ['Raymond Roth was arrested. The Massapequa man, 48, told police he had been fishing.', ['Raymond Roth 48']],
    ['Raymond Roth was arrested. The Massapequa man, who is 48, told police he had been fishing.', ['Raymond Roth 48']],
    ['Raymond Roth was arrested. The Massapequa man, 2015 champion, told police he had been fishing.', []],
  ],
  'a nationality that names the person: "The Swede, 29,", "the 24-year-old Uzbek"': [
    ['Top seed Jonas Lindqvist beat Echeverria. The Swede, 29, turned professional in 1985.', ['Jonas Lindqvist 29']],
    ['Bakhtiyor Yusupov drew quickly. The 24-year-old Uzbek said he was saving energy.', ['Bakhtiyor Yusupov 24']],
    ['Anna Berg won the final. The Dutchwoman, 31, then left.', ['Anna Berg 31']],
    ['Tom Hale spoke. The French, 60 percent of voters, said no.', []],
    ['Tom Hale met the 50-year-old Russian constitution\'s authors.', []],
    // a verb the tagger reads as a noun, after the nationality; not a role noun before a name
    ["Novakova will meet Spain's Alicia Moreno Vidal. The 24-year-old Spaniard beat Japan's Yuko Tanabe.", ['Alicia Moreno Vidal 24']],
    ['Paul Tergat won. The 27-year-old Kenyan runner Paul Tergat led from the start.', ['Paul Tergat 27']],
    ['Tom Hale said the 50-year-old Russian constitution gave the president power.', []],
  ],
  'a nationality goes to the person said to be from that nation: "Vidal of Spain. The 24-year-old Spaniard"': [
    ['Novakova will next meet fourth seed Alicia Moreno Vidal of Spain. The 24-year-old Spaniard said she was ready.', ['Alicia Moreno Vidal 24']],
    ['Novakova will next meet fourth seed Alicia Moreno Vidal (Spain). The Spaniard, 24, said she was ready.', ['Alicia Moreno Vidal 24']],
    // no nation named: the subject, as before; a Dutchman fits no "Netherlands" by its letters, and is no one else
    ['Novakova will next meet fourth seed Alicia Moreno Vidal. The 24-year-old Spaniard said she was ready.', ['Novakova 24']],
    ['Pieter van der Linde of the Netherlands beat Ruiz of Spain. The 26-year-old Dutchman won in Oslo in 1993.', ['Pieter van der Linde 26']],
  ],
  'an age as the first of two objects: "making the 36-year-old the youngest manager"': [
    ['The club appointed Tomasz Zielinski as head coach, making the 36-year-old the youngest manager in its history.', ['Tomasz Zielinski 36']],
    ['The club appointed Tomasz Zielinski as head coach of the 36-year-old club.', []],
  ],
  'an age in a phrase that runs into another name is that name\'s: "The youngest defendant, 25-year-old crane operator Pieter van Damme,"': [
    ['Prosecutor Els Verbruggen spoke. The youngest defendant, 25-year-old crane operator Pieter van Damme, was jailed.', ['Pieter van Damme 25']],
    ['Marc Dutroux was held. Dutroux, a 39-year-old convicted child rapist, denied it.', ['Marc Dutroux 39']],
  ],
  'traps of a later blind round: a standing before points, a name before the noun it modifies, an age before another name': [
    ['Margarit Hovland kept the lead. Brunner-Lechner moved up to third on 305, behind Corinne Aebischer (2) on 338.', []],
    ['Water operator Air Selangor halted its intake at the 40-year-old Bukit Tinggi treatment plant.', []],
    ['Her husband, Julio Huamán, died. The general said the driver, 52-year-old Edwin Condori, had been at the wheel.', ['Edwin Condori 52']],
    ['6-year-old Elian Gonzalez was rescued at sea.', ['Elian Gonzalez 6']],
    ['The wounded guard, Corinne Aebischer (41), was treated.', ['Corinne Aebischer 41']],
  ],
  'a description after "and" with its own verb: "scored both goals and the 29-year-old now leads"': [
    ['Tiago Ferraz scored. Polish forward Marek Wisniewski scored both goals and the 29-year-old now leads the chart.', ['Marek Wisniewski 29']],
    ['Tiago Ferraz scored. Marek Wisniewski scored both goals and the 29-year-old leads the chart.', ['Marek Wisniewski 29']],
    ['Malika brought Lamar Odom and the 40-year-old reality star to the party.', []],
  ],
  'an age in brackets closing an apposition to a role: "The wounded guard, Lucky Dlamini (41),"': [
    ['The wounded guard, Lucky Dlamini (41), was in a stable condition.', ['Lucky Dlamini 41']],
    ['The wounded guard was taken to Lucky Star (41) hospital.', []],
  ],
  'a nationality between the age and the name: "34-year-old Jamaican Merline Gayle"': [
    ['The winner was 34-year-old Jamaican Merline Gayle in 22.31 seconds.', ['Merline Gayle 34']],
    ['The 21-year-old Moroccan-born midfielder Youssef Benali scored twice.', ['Youssef Benali 21']],
    ['He lost to 19-year-old qualifier Thomas Lindqvist in three sets.', ['Thomas Lindqvist 19']],
    ['He joined the squad as a 17-year-old. Italian Andrea Zanetti of Mapei finished second.', []],
  ],
  'a description right before a name is that name\'s: "the 21-year-old Liverpool forward Kieran Maloney"': [
    ['Emeka Okonkwo scored. Liverpool were held 1-1 at Anfield, where the 21-year-old Liverpool forward Kieran Maloney headed his seventh goal.', ['Kieran Maloney 21']],
    ['The Owls won the 2015 title behind 21-year-old pitcher Jonah Reyes.', ['Jonah Reyes 21']],
  ],
  'a person only an age tells, and more role nouns: "Swiss guide Urs Brunner, aged 52,"': [
    ['Swiss guide Urs Brunner, aged 52, survived with a broken arm.', ['Urs Brunner 52']],
    ['Ingrid Haugland was elected, defeating the 64-year-old incumbent, Per-Olav Rønning, of the Labour Party.', ['Per-Olav Rønning 64']],
    ['Chidi Okafor died on Saturday at his home in Lagos, aged 81, his publisher said.', ['Chidi Okafor 81']],
  ],
  'an aside or the verb after the comma: "Rune Aas, no relation, who is 22", "Johannes Botha, is 33."': [
    ['The second came through a late header from Rune Aas, no relation, who is 22.', ['Rune Aas 22']],
    ['Another suspect, former Sentinel Security employee Johannes Botha, is 33.', ['Johannes Botha 33']],
    ['Tom Hale, is 33 percent owner.', []],
    ['Tom Hale, no relation, scored 22 points.', []],
  ],
  'a name parted from "said it" by a comma is no body: "the union, led by Zbigniew Nowicki, said it"': [
    ['The union, led by Zbigniew Nowicki, said it had won guarantees. Nowicki, who is 39, said it would watch.', ['Zbigniew Nowicki 39']],
  ],
  'one word, or a town and a surname in "s", that an age or a role makes a person': [
    ['Village head Suparman, 52, said the hillside collapsed before dawn.', ['Suparman 52']],
    ['Defence lawyer Pilar Montes, who is 36, said Ferrer would appeal.', ['Pilar Montes 36']],
    ['Shares in Kelvar, 52, rose.', []],
  ],
  'a surname that is a common word, opening a sentence with its age: "Park, 58, said"': [
    ['Daesan president Park Jong-hoon told reporters. Park, 58, said the yard would grow.', ['Park Jong-hoon 58']],
    ['The yard is near a park. Park, 58 hectares, opened.', []],
  ],
  'a bare age as the one person said to be that age, however far back': [
    ['On trial is banker Lim Wei Jie, 44, who faces 19 charges. He denies them. The bank was fined. Its chief resigned. Clients lost money. Regulators were slow. Prosecutor Kavitha Ramasamy said the scheme began in 2009. Witness Lim Kah Seng, who is 78, said he lost money. He told the court that he had trusted the 44-year-old.', ['Lim Wei Jie 44', 'Lim Kah Seng 78']],
  ],
  'a possessive before an age and a bare name owns a thing: "her 16-year-old Austin Metro"': [
    ['Mavis Jones passed her test at the 12th attempt in her 16-year-old Austin Metro.', []],
    ["Smith's 21-year-old striker Tom Hale scored.", ['Tom Hale 21']],
  ],
  '"now" before the age in a relative clause: "Zieliński, who is now 39,"': [
    ['Coach Tomasz Zieliński won. Zieliński, who is now 39, moved to the Netherlands in 2006.', ['Tomasz Zieliński 39']],
    ['Tom Hale, who is now 39 percent owner, said no.', []],
  ],
  'the long form of an opening age: "At the age of 71, Mulenga becomes"': [
    ['Elias Chanda Mulenga won the election. At the age of 71, Mulenga becomes the oldest man to win the office.', ['Elias Chanda Mulenga 71']],
    ['Elias Chanda Mulenga won the election. At the age of 71, Mulenga became the oldest man to win.', []],
  ],
  'a member\'s title before the name: "Education MEC Lindiwe Ngcobo (48)"': [
    ['The ANC will choose a successor. Education MEC Lindiwe Ngcobo (48) is seen as the front-runner.', ['Lindiwe Ngcobo 48']],
  ],
  'one of a nation\'s people in a word of its own: "the 19-year-old Finn"': [
    ['Teemu Lahtinen scored twice. Lahtinen, the 19-year-old Finn who was drafted out of Jokerit, broke a tie.', ['Teemu Lahtinen 19']],
    ['Finn Andersen, 30, scored.', ['Finn Andersen 30']],
  ],
  'a weekday is no person, though a pronoun follows: "died on Tuesday aged 84, his family said"': [
    ['Greek shipowner Andreas Kalligas died in Athens on Tuesday aged 84, his family said.', ['Andreas Kalligas 84']],
  ],
  'more role nouns before a name: "48-year-old contractor Daniel Szabo"': [
    ['The recordings were made by 48-year-old contractor Daniel Szabo, who was paid by police.', ['Daniel Szabo 48']],
    ['Peter Gold won. The 29-year-old skipper said the boat was fast.', ['Peter Gold 29']],
    ['The recordings were made by a 48-year-old contractor.', []],
  ],
  'a present age after "still" and a verb: "Bertolazzi, still racing at the age of 35,"': [
    ['Luca Bertolazzi won in 1990. Bertolazzi, still racing at the age of 35, lost contact.', ['Luca Bertolazzi 35']],
    ['Father Jaime Ospina, still travelling by mule at the age of 70, said he hoped.', ['Jaime Ospina 70']],
    ['Tom Hale, still angry, recalled joining the club at the age of 14.', []],
    ['Tom Hale joined the club at the age of 14 and is still playing.', []],
  ],
  'a relative clause after the person\'s body: "Lindqvist of Uppsala University, who is 70"': [
    ['"He was right," said Professor Sven Lindqvist of Uppsala University, who is 70 and worked with him.', ['Sven Lindqvist 70']],
    ['"He was right," said Sven Lindqvist of the University of Oslo, who is 70.', ['Sven Lindqvist 70']],
    ['"He was right," said Sven Lindqvist of Uppsala University, which is 70 years old.', []],
    ['Sven Lindqvist of Uppsala, who was 70 at the time, said no.', []],
  ],
  'the age alone, before where the person is from: "the 22-year-old from Dakar"': [
    ['The 22-year-old ceremony drew artists. Rapper Youssou Diallo-Mbaye won; the 22-year-old from Dakar thanked everyone.', ['Youssou Diallo-Mbaye 22']],
    ['Youssou Diallo-Mbaye played the 22-year-old festival from Dakar to Thies.', []],
  ],
  'a name with an apostrophe, which the tagger reads as a contraction: "Yao N\'Guessan, 54,"': [
    ["Farmer Yao N'Guessan, 54, who has grown cocoa since he was 20, said so.", ["Yao N'Guessan 54"]],
  ],
  'a one-word name with a role noun\'s apposition: "Sukirman, a 62-year-old dairy farmer,"': [
    ['Most evacuees were in schools. Sukirman, a 62-year-old dairy farmer from Kinahrejo, left with his cows. "We lost everything," Sukirman said.', ['Sukirman 62']],
    ['Most evacuees were in schools. Kinahrejo, a 100-year-old dairy village, emptied.', []],
  ],
  'present ages after a place, an adverb or "who at": "Kis of Hungary, still competing at the age of 34"': [
    ['Marta Kis of Hungary, still competing at the age of 34, saved three match points.', ['Marta Kis 34']],
    ['Nigerian forward Emeka Okonkwo, who joined Celta aged 19, scored twice. The 24-year-old now has seven league goals.', ['Emeka Okonkwo 24']],
    ['Chairman Jean-Francois Lemieux rejected the offer. Lemieux, who at 71 has run Bellevue since 1968, urged patience.', ['Jean-Francois Lemieux 71']],
    ['Chairman Jean-Francois Lemieux rejected the offer. Lemieux, who at 71 had run Bellevue, urged patience.', []],
    ['The 12-year-old conflict now seems endless, said Tom Hale.', []],
  ],
  'a Swedish surname is no creed: "Lindqvist, 26,"': [
    ['Swede Mikael Lindqvist took pole. Lindqvist, 26, lapped the circuit.', ['Mikael Lindqvist 26']],
  ],
  'a role and a comma before the name: "the CBI director, Joginder Pal Malhotra."': [
    ['Crowds burned an effigy of the CBI director, Joginder Pal Malhotra. Malhotra, aged 58, has been at the centre of rows.', ['Joginder Pal Malhotra 58']],
  ],
  'an age closing a description before where the person is from: "a retired bus driver aged 71 from Leeds,"': [
    ['Harold Jenkins, a retired bus driver aged 71 from Leeds, said so.', ['Harold Jenkins 71']],
    ['Tom Hale, a father of two boys aged 12 from Leeds, spoke.', []],
  ],
  'a relative clause with the age before its verb: "who at the age of 38 is the youngest"': [
    ['Socialist leader Nikolay Dimitrov, who at the age of 38 is the youngest party leader, spoke.', ['Nikolay Dimitrov 38']],
    ['Tom Hale, who at the age of 38 was the youngest leader, spoke.', []],
  ],
  'two given names before two surnames: "María Fernanda Quispe Huamán ... The 41-year-old"': [
    ['María Fernanda Quispe Huamán won the race. Quispe had 38 percent. The 41-year-old, a former lawyer, thanked supporters.', ['María Fernanda Quispe Huamán 41']],
  ],
  'an "-ing" word that modifies the noun after the age: "the 12-year-old staffing agreement"': [
    ['Nurse Siobhan Brien spoke. The union said the 12-year-old staffing agreement was void.', []],
    ['Tom Hale joined Leeds. The 24-year-old playing his first season, scored twice.', ['Tom Hale 24']],
  ],
  'a death the story dates by its year is history: "who died in 1961 at the age of 80"': [
    ['The modernist Jordi Vilanova i Puig, who died in 1961 at the age of 80, painted it.', []],
    ['Novelist Harold Robbins died on Monday at the age of 81.', ['Harold Robbins 81']],
  ],
  'a stroke that is no golf, a verb after the apposition the name closes, a debutant': [
    ['Stavros Melas died. He had handed control to his family after a stroke at 80. He is survived by his wife Eleni Melas, 79, and his son Nikos Melas, 52.', ['Eleni Melas 79', 'Nikos Melas 52']],
    ['GOLF - OPEN\n\nWoods won 6-4 on the 18th hole. He leads by a stroke. Nick Faldo, 69, was second.', []],
    ['His running mate, lawyer Samuel Kiprono, is 39.', ['Samuel Kiprono 39']],
    ['The coach named 18-year-old debutant Milan Stojkovic in the side.', ['Milan Stojkovic 18']],
  ],
  'a capped player: "the 35-year-old former international Nikos Sideris"': [
    ['Christos Vlachos equalised and the 35-year-old former international Nikos Sideris put the visitors ahead.', ['Nikos Sideris 35']],
  ],
  'a building or a thing after an age: "the 87-year-old Constanta Casino"': [
    ['Ion Popescu sold the 87-year-old Constanta Casino in 1994.', []],
    ['Astronomers used the 33-year-old Hubble Space Telescope to confirm the find.', []],
    ['The 34-year-old Lamar Odom was found.', ['Lamar Odom 34']],
    ['The court jailed the 24-year-old Tendai Moyo for five years.', ['Tendai Moyo 24']],
  ],
  'an age "at" the person\'s age: "Novotný, at 70, said"': [
    ['Karel Novotný, at 70, said he would go.', ['Karel Novotný 70']],
    ['Director Karel Novotný spoke. Novotný, at 70 the oldest person to run the event, said he would go.', ['Karel Novotný 70']],
    ['Tom Hale, at 9 a.m., left the court.', []],
    ['Tom Hale, at 10 Downing Street, spoke.', []],
    ["Finland's Jari-Pekka Vaananen, at the age of 36 the oldest man in the field, was fourth.", ['Jari-Pekka Vaananen 36']],
    ['Jari-Pekka Vaananen, at the age of 36 he joined the army, was fourth.', []],
  ],
  'an apposition closed by "who is": "Name, a chemistry lecturer who is 34,"': [
    ['Dr. Farid al-Masri, a chemistry lecturer who is 34, said younger staff were hit hardest.', ['Farid al-Masri 34']],
    ['Farid al-Masri, a chemistry lecturer who is now 34, said so.', ['Farid al-Masri 34']],
    ['Farid al-Masri, a father of two who is 34, said so.', []],
    ['Farid al-Masri, a lecturer whose son is 12, said so.', []],
    ['Farid al-Masri, a chemistry lecturer who was 34 at the time, said so.', []],
    ['Tomás Ruiz, a developer in Dublin who joined the company aged 22 and is now 29, said so.', ['Tomás Ruiz 29']],
    ['Tomás Ruiz, a developer in Dublin who said the firm was founded in 1990 and is now 30, left.', []],
  ],
  'a second verb of the person\'s own clause: "joined in 1964 and is now 81"': [
    ['Welder Marek Zielinski joined the yard aged 16 and is now 58.', ['Marek Zielinski 58']],
    ['She replaces Dieter Brandt, who has led the company since 2003 and is 66.', ['Dieter Brandt 66']],
    ['Actor Bruno Sarkis, who starred in 11 of his films and turned 60 on Friday, called him a father.', ['Bruno Sarkis 60']],
    ['Marek Nowak said the shipyard was founded in 1950 and is now 70.', []],
    ['Marek Nowak joined when he was 20 and is now 58.', []],
    ['Marek Nowak sold the ferry, which was built in 1990 and is 30.', []],
    ['Marek Nowak and Jan Kowalski joined in 1990 and is 30.', []],
    ['Marek Nowak joined the yard in 1980 and was 45 when it closed.', []],
    ['Marek Nowak joined the yard in 1980 and is 45 percent owner.', []],
  ],
  'a second verb after a name in apposition to the subject: "The oldest, veteran Gunnar Thorsson, first played ... and is now 81"': [
    ['The previous record holder, Australian swimmer Judith Cole, set her mark as a 69-year-old in 2012 and is now 76.', ['Judith Cole 76']],
    ['The open section drew 240 players. The oldest, Icelandic veteran Gunnar Thorsson, first played in the event in 1964 and is now 81.', ['Gunnar Thorsson 81']],
    ['After the race, Judith Cole said the club was founded in 1950 and is now 70.', []],
    ['Her coach, Judith Cole, said the boat was built in 1990 and is 30.', []],
    ['When it sank, the ferry, owned by Judith Cole, was built in 1990 and is 30.', []],
  ],
  'a company\'s person named in apposition: "its 45-year-old finance director, Katrin Vogel,"': [
    ['Rheinwerk Motoren AG on Tuesday named its 45-year-old finance director, Katrin Vogel, as chief executive.', ['Katrin Vogel 45']],
    ['Tom Lee sold its 20-year-old ferry, Anna Maria, on Monday.', []],
  ],
  'no age from an age before a noun that a verb\'s bare form modifies: "the 100-year-old blast furnace"': [
    ['Jean Dupuis runs the plant. The 100-year-old blast furnace could not compete.', []],
    ['Jean Dupuis spoke on Monday. The 100-year-old blasts his rivals every week.', ['Jean Dupuis 100']],
  ],
  'no age from places in a table, in any story: "ahead of Team Andes Tolima (4)"': [
    ['The team, which lies third in the continental standings ahead of Team Andes Tolima (4) and Café Sierra Nevada (5), will keep its licence.', []],
    ['Maria Lopez (34) was named team doctor.', ['Maria Lopez 34']],
  ],
  'a nationality is not given to one said to be of another nation: "Brazilian Sampaio and Wisniewski. The 29-year-old Pole"': [
    ['Feyenoord won with goals from Brazilian Paulo Henrique Sampaio and Marek Wisniewski. The 29-year-old Pole, signed in the summer, has scored in each match.', ['Marek Wisniewski 29']],
    ['Feyenoord won with goals from Brazilian Paulo Henrique Sampaio and Marek Wisniewski. The 29-year-old Brazilian, signed in the summer, has scored in each match.', ['Paulo Henrique Sampaio 29']],
  ],
  'an appositive of many words before "is": "Ndlovu, a father of five who ..., is 52."': [
    ['One guard, Sipho Ndlovu, was shot. Ndlovu, a father of five who has worked at the mine since he was 20, is 52.', ['Sipho Ndlovu 52']],
    ['One guard, Sipho Ndlovu, was shot. Ndlovu, a father of five who has worked at the mine since he was 20, is 52 percent owner.', []],
  ],
  'an opening phrase with "still" and an -ing verb: "Still racing at the age of 37, Belgian Dirk Maes retained"': [
    ['Maes won. Still racing at the age of 37, Belgian Dirk Maes of Lotto-Isoglass retained the mountains jersey.', ['Dirk Maes 37']],
    ['Still racing at 37, Dirk Maes retained the jersey.', ['Dirk Maes 37']],
    ['Still reeling at the age of 37, the team sacked Dirk Maes.', []],
    ['Racing at the age of 19, Dirk Maes won the stage.', []],
  ],
  'a pronoun\'s present age that opens a sentence: "He is 57 and has ..."': [
    ['Chairman Abdul Rahman bin Yusof spoke. He is 57 and has chaired the airline since 1989.', ['Abdul Rahman bin Yusof 57']],
    ['Tom Hale spoke. He is 57 percent sure.', []],
    ['Tom Hale spoke. He was 57 and had chaired the airline.', []],
  ],
  'a role noun repeated from an unnamed indefinite: "a 12-year-old boy ... The boy, 12,"': [
    ['Police Commissioner Howard Safir said a 12-year-old boy was shot. The boy, 12, was in stable condition.', []],
    ['Raymond Roth spoke to a reporter on Monday. The reporter, 31, left.', []],
    ['Raymond Roth is a fisherman from Massapequa. The fisherman, 48, denied it.', ['Raymond Roth 48']],
  ],
};

describe.each(Object.entries(rules))('%s', (_rule, cases) => {
  it.each(cases)('%s', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
});
