import { describe, expect, it } from 'vitest';
import { classify, TokensAfter } from '../../api/extract/classify.ts';
import { SentenceContext } from '../../api/extract/context.ts';

/** Classifies the number written as `number` (first occurrence) in `sentence`. */
function classified(sentence: string, number: string, value = 2, unit: string | null = null, spanWords = '') {
  const start = sentence.indexOf(number);
  const spanStart = spanWords ? sentence.indexOf(spanWords) : start;
  const context = new SentenceContext(sentence, [{ start, end: start + number.length }]);
  return classify(context, { start, end: start + number.length, value, unit }, spanStart);
}

/**
 * Classifies each of several numbers of one sentence, all of them its figures, as the pipeline does:
 * `at(number)` classifies the number written as `number` (first occurrence).
 */
function classifiedAmong(sentence: string, numbers: string[]) {
  const spans = numbers.map((n) => ({ start: sentence.indexOf(n), end: sentence.indexOf(n) + n.length }));
  const context = new SentenceContext(sentence, spans);
  return (number: string) => {
    const { start, end } = spans[numbers.indexOf(number)];
    return classify(context, { start, end, value: 2, unit: null }, start);
  };
}

function tokensOf(sentence: string, from = 0) {
  const reader = new TokensAfter(sentence, from);
  const tokens = [];
  for (let i = 0, token = reader.at(0); token; token = reader.at(++i)) tokens.push([token.lower, token.kind]);
  return tokens;
}

describe('TokensAfter', () => {
  it('keeps dotted acronyms, inner apostrophes and hyphens inside words', () => {
    expect(tokensOf('U.S. aid-workers’ 3,000 tents!')).toEqual([
      ['u.s.', 'word'],
      ['aid-workers', 'word'],
      ['’', 'punct'],
      ['3,000', 'number'],
      ['tents', 'word'],
      ['!', 'punct'],
    ]);
  });

  it('starts reading at the position it is given', () => {
    expect(tokensOf('one two three', 4).map(([lower]) => lower)).toEqual(['two', 'three']);
  });
});

describe('classify: the counted noun', () => {
  it('takes the plural noun after a model number written with its variant', () => {
    expect(classified('The carrier leased 14 767-300ER freighters.', '14').unit).toBe('freighters');
    expect(classified('The carrier leased 9 787-9 jets.', '9').unit).toBe('jets');
  });

  it('takes the noun past a designation written as a capitalised word and a number', () => {
    const sentence = 'The navy sent three Mark 4 patrol cutters north.';
    expect(classified(sentence, 'three', 3).unit).toBe('cutters');
    expect(classified('The yard built two Class 9 minesweepers.', 'two').category).toBe('military_assets');
  });

  it('counts fighters with a designation as aircraft, and fighters without one as people', () => {
    const jets = classified('Eight J-10 fighters were deployed to the airfield.', 'Eight', 8);
    expect(jets.category).toBe('military_assets');
    const people = classified('Eight hundred fighters were deployed to the front.', 'Eight hundred', 800);
    expect(people.category).toBe('troops');
  });

  it('gives a part of a whole the noun of the whole: "12 of the 30 vans"', () => {
    expect(classified('Inspectors failed 12 of the 30 vans they checked.', '12', 12).unit).toBe('vans');
  });

  it('takes the plural noun after the number, skipping adjectives', () => {
    expect(classified('Inspectors found 14 rusty old bicycles.', '14').unit).toBe('bicycles');
  });

  it('skips an acronym modifier', () => {
    expect(classified('The club signed 3 UK strikers on loan.', '3').unit).toBe('strikers');
  });

  it('tells an acronym beyond ASCII from a word in lower case', () => {
    expect(classified('The club signed 3 ÉTS strikers on loan.', '3').unit).toBe('strikers');
    expect(classified('The club signed 3 ÉTs strikers on loan.', '3').unit).toBe('éts');
    expect(classified('The club signed 3 éTS strikers on loan.', '3').unit).toBe('éts');
    expect(classified('The club signed 3 UKs strikers on loan.', '3').unit).toBe('uks');
  });

  it('reads the noun after "of": "dozens of"', () => {
    expect(classified('Dozens of lanterns were lit.', 'Dozens', 12).unit).toBe('lanterns');
  });

  it('names people as people', () => {
    expect(classified('The bus carried 30 passengers.', '30').unit).toBe('people');
  });

  it('names a capitalised demonym as people', () => {
    expect(classified('Some 40 Peruvians attended the fair.', '40').unit).toBe('people');
  });

  it('does not take a possessive for the noun', () => {
    expect(classified('He sold 6 farmers’ tractors at auction.', '6').unit).toBe('tractors');
  });

  it('reads past modifiers joined by "and" or "or" to the one noun they share', () => {
    expect(classified('Rebels carried out 25 rocket and mortar attacks overnight.', '25')).toMatchObject({
      unit: 'attacks',
      category: 'strikes',
    });
    expect(classified('The fleet has 9 Dutch or Danish frigates.', '9').unit).toBe('frigates');
  });

  it('reads a word in -ing right before a plural noun as its modifier', () => {
    expect(classified('Jets struck 8 Varnish launching sites at dawn.', '8')).toMatchObject({
      unit: 'sites',
      category: 'strikes',
    });
    expect(classified('The city will open 45 polling stations.', '45').unit).toBe('stations');
  });

  it('still ends the phrase at a participle or a preposition in -ing', () => {
    expect(classified('Police saw 30 people fleeing the fire.', '30').unit).toBe('people');
    expect(classified('The raid killed 9, including children.', '9').category).toBe('deaths');
  });

  it('does not join a figure to another clause across "and"', () => {
    expect(classified('Bandits killed 4 overnight and wounded 6.', '4').category).toBe('deaths');
  });

  it('takes a measure in the possessive for the noun: what is counted is the measure', () => {
    expect(classified('Each clerk is owed 6 weeks’ back pay.', '6')).toMatchObject({
      unit: 'weeks',
      category: 'other',
    });
    expect(classified("The depot is 3 hours' drive away.", '3').unit).toBe('hours');
  });

  it('pluralises the noun of a single thing', () => {
    expect(classified('Only 1 bridge stayed open.', '1', 1).unit).toBe('bridges');
  });

  it('reports percentages and currencies as the number stage read them', () => {
    expect(classified('Turnout fell by 4% overall.', '4%', 4, 'percent').unit).toBe('percent');
    expect(classified('The grant was $3m.', '$3m', 3e6, 'USD')).toMatchObject({
      unit: 'USD',
      category: 'money',
    });
  });

  it('reads crowns and shillings as money whose currency the word alone does not name', () => {
    expect(classified('The fund paid out 40 million crowns.', '40 million', 4e7)).toMatchObject({
      unit: 'crowns',
      category: 'money',
    });
    expect(classified('A ticket costs 500 shillings.', '500', 500).category).toBe('money');
  });

  it('reads past "more", "other" or "further" to the noun: "two more fishing boats"', () => {
    expect(classified('Navy jets struck two more fishing boats overnight.', 'two')).toMatchObject({
      unit: 'boats',
      category: 'strikes',
    });
    expect(classified('Rockets hit three other supply depots.', 'three').unit).toBe('depots');
    expect(classified('The club signed two further loaned players.', 'two').unit).toBe('players');
  });

  it('counts struck posts, checkpoints and barracks as strikes', () => {
    expect(classified('Artillery struck three border posts overnight.', 'three').category).toBe('strikes');
    expect(classified('Drones hit five checkpoints on the highway.', 'five').category).toBe('strikes');
  });
});

describe('classify: the category', () => {
  it('counts the object of "killed" as deaths, whatever the noun', () => {
    expect(classified('The blast killed 9 guild members.', '9').category).toBe('deaths');
  });

  it('counts fighters killed as deaths, though fighters may also be jets', () => {
    expect(classified('The raid killed 10 fighters.', '10').category).toBe('deaths');
  });

  it('counts the subject of "died" as deaths', () => {
    expect(classified('Six climbers died on the ridge.', 'Six').category).toBe('deaths');
  });

  it('counts the subject of a passive "were killed" past a place phrase', () => {
    expect(classified('Four villagers in the valley were killed.', 'Four').category).toBe('deaths');
  });

  it('reads past an aside between dashes to the verb', () => {
    const sentence = 'Five hikers – three guides and two cooks – were killed by the avalanche.';
    expect(classified(sentence, 'Five').category).toBe('deaths');
  });

  it('counts a standalone number before "killed" as deaths of people', () => {
    expect(classified('Seven killed as storm hits coast', 'Seven')).toMatchObject({
      category: 'deaths',
      unit: 'people',
    });
  });

  it('counts "deaths" and "death toll" as deaths', () => {
    expect(classified('Officials recorded 31 deaths.', '31').category).toBe('deaths');
    expect(classified('That raised the death toll to 52.', '52').category).toBe('deaths');
  });

  it('counts the wounded as injuries', () => {
    expect(classified('Eight officers were wounded in the clash.', 'Eight').category).toBe('injuries');
    expect(classified('The crash injured 12 commuters.', '12').category).toBe('injuries');
  });

  it('tells killed from wounded in one sentence by the nearest verb', () => {
    const sentence = 'The shelling killed 3 people and wounded 17 others.';
    expect(classified(sentence, '3').category).toBe('deaths');
    expect(classified(sentence, '17').category).toBe('injuries');
  });

  it('counts attacks, explosions and targets as strikes', () => {
    expect(classified('There were 11 explosions overnight.', '11').category).toBe('strikes');
    expect(classified('Jets carried out 40 airstrikes.', '40').category).toBe('strikes');
    expect(classified('The raid hit 22 targets.', '22').category).toBe('strikes');
  });

  it('counts vessels struck as strikes', () => {
    expect(classified('The navy struck 4 boats at dawn.', '4').category).toBe('strikes');
    expect(classified('Two tankers near the strait were attacked.', 'Two').category).toBe('strikes');
  });

  it('counts labour strikes as other', () => {
    expect(classified('Unions staged 3 strikes over pay.', '3').category).toBe('other');
  });

  it('counts what "the number of" names when a figure brings it to a new level', () => {
    const sentence = 'The raid brought the number of depots hit since June to 9.';
    expect(classified(sentence, '9')).toMatchObject({ unit: 'depots', category: 'strikes' });
    const ships = 'It sent two more frigates, bringing the number of warships on patrol to 14.';
    expect(classified(ships, '14')).toMatchObject({ unit: 'warships', category: 'military_assets' });
    // The nearer toll wins: "the number of boats hit to 21 and the death toll to 83".
    const toll = 'That brings the number of boats hit to 21 and the death toll to 83.';
    expect(classified(toll, '83').category).toBe('deaths');
  });

  it('counts sorties flown as military assets, and sorties against a target as strikes', () => {
    expect(classified('Its jets flew 80 sorties on Friday.', '80').category).toBe('military_assets');
    expect(classified('Its jets flew 80 sorties against rebel bases.', '80').category).toBe('strikes');
  });

  it('counts ships intercepted at sea as other, and drones intercepted as strikes', () => {
    expect(classified('The navy intercepted 5 cargo ships off the cape.', '5').category).toBe('other');
    expect(classified('The navy intercepted 5 drones off the cape.', '5').category).toBe('strikes');
  });

  it('counts ships stopped or boarded at sea as other, though the navy stops them', () => {
    expect(classified('The navy has stopped 64 vessels since March.', '64').category).toBe('other');
    expect(classified('The coastguard boarded 12 boats off the cape.', '12').category).toBe('other');
  });

  it('reads ships as military where the sentence names frigates, destroyers or submarines', () => {
    const sentence = 'The escort group numbers 17 ships, among them four frigates.';
    expect(classified(sentence, '17').category).toBe('military_assets');
  });

  it('counts what the subject of a level verb names when the figure has no noun of its own', () => {
    expect(classified('Troop levels along the border reached 9,000.', '9,000')).toMatchObject({
      category: 'troops',
    });
    expect(classified('Deaths from the fever in the district rose to 31.', '31').category).toBe('deaths');
    // Arrivals are displaced people only where the text is about refuge.
    expect(classified('Arrivals of refugees averaged 700 a day.', '700').category).toBe('displaced');
    expect(classified('Daily arrivals at the airport averaged 700.', '700').category).toBe('other');
  });

  it('reads a level verb in the progressive, or after an auxiliary, as its subject’s level', () => {
    const sentence = 'Refugee crossings are now averaging 1,200 a week.';
    expect(classified(sentence, '1,200').category).toBe('displaced');
    expect(classified('Troop levels have already reached 6,500.', '6,500').category).toBe('troops');
  });

  it('counts people who had or suffered burns or wounds as injuries', () => {
    expect(classified('Of the crew, two had burns and cuts.', 'two').category).toBe('injuries');
    expect(classified('Three suffered fractures in the crush.', 'Three').category).toBe('injuries');
  });

  it('counts patients told in intensive care or a serious condition as other, not as injured', () => {
    expect(classified('Nine were wounded, and two are in intensive care.', 'two')).toMatchObject({
      category: 'other',
      elliptical: false,
    });
    expect(classified('About 40 people remain in a critical condition.', '40').category).toBe('other');
  });

  it('counts armed forces that number so many as troops', () => {
    const sentence = 'Its armed forces number about 90,000.';
    expect(classified(sentence, '90,000', 90_000, null, 'about 90,000').category).toBe('troops');
  });

  it('counts models named alone ("four F-35s") as military assets where the text is military', () => {
    expect(classified('The bombers were escorted by four F-35s.', 'four').category).toBe('military_assets');
    expect(classified('The airline ordered 30 A321s.', '30').category).toBe('other');
  });

  it('counts the places that raids or attacks hit as strikes, but not police raids on addresses', () => {
    expect(classified('Gunmen carried out raids on four hamlets.', 'four').category).toBe('strikes');
    expect(classified('Police made raids on four addresses.', 'four').category).toBe('other');
  });

  it('counts an armed group’s fighters as troops, not as jets', () => {
    expect(classified('About 300 fighters of the rebel brigade crossed the river.', '300').category).toBe(
      'troops',
    );
  });

  it('does not take soldiers sent to help after a flood for an attack on the homes destroyed', () => {
    const flood = 'The army sent soldiers to help after the floods, which destroyed 140 homes.';
    expect(classified(flood, '140').category).toBe('other');
    const attack = 'The army shelled the town, and its rockets destroyed 140 homes.';
    expect(classified(attack, '140').category).toBe('strikes');
  });

  it('counts a bare number that "destroyed" follows as strikes only in an attack', () => {
    expect(classified('Some 900 homes were flooded and 140 destroyed.', '140').category).toBe('other');
    expect(classified('Of the drones, the other 6 struck a depot.', '6').category).toBe('strikes');
  });

  it('counts soldiers missing as other, not as troops', () => {
    expect(classified('Some 40 soldiers are missing after the raid.', '40')).toMatchObject({
      category: 'other',
    });
  });

  it('counts people sleeping in tents as displaced', () => {
    expect(classified('About 900 people were sleeping in tents.', '900').category).toBe('displaced');
  });

  it('counts air-defence systems as military assets, but not systems elsewhere', () => {
    expect(classified('The army moved 12 air-defence systems north.', '12').category).toBe('military_assets');
    expect(classified('The bank replaced 40 computer systems.', '40').category).toBe('other');
  });

  it('counts strikes of some hours or days, or over a pay offer, as labour strikes', () => {
    expect(classified('Bus drivers held two 24-hour strikes in May.', 'two').category).toBe('other');
    expect(classified('Nurses who turned down a pay offer held 4 strikes.', '4').category).toBe('other');
    expect(classified('Navy jets carried out two strikes in May.', 'two').category).toBe('strikes');
  });

  it('counts troops deployed as troops', () => {
    expect(classified('The ministry deployed 800 soldiers.', '800')).toMatchObject({
      category: 'troops',
      unit: 'troops',
    });
  });

  it('counts peacekeepers, gendarmes and mercenaries sent as troops', () => {
    expect(classified('The bloc agreed to send 2,500 peacekeepers.', '2,500')).toMatchObject({
      category: 'troops',
      unit: 'troops',
    });
    expect(classified('The ministry deployed 600 gendarmes.', '600').category).toBe('troops');
    expect(classified('The regime hired 900 mercenaries.', '900').category).toBe('troops');
  });

  it('reads a plural in -men as the counted noun', () => {
    expect(classified('The state sent 300 national guardsmen.', '300')).toMatchObject({
      category: 'troops',
      unit: 'troops',
    });
  });

  it('counts special forces sent as troops', () => {
    expect(classified('The government sent 150 special forces to the port.', '150')).toMatchObject({
      category: 'troops',
      unit: 'troops',
    });
  });

  it('counts the people of a militia as troops', () => {
    expect(classified('The general raised an army of 9,000 men.', '9,000', 9000).category).toBe('troops');
  });

  it('does not count people sent somewhere as troops without a military context', () => {
    expect(classified('The charity sent 50 volunteers to the shelter.', '50').category).toBe('other');
  });

  it('counts warships and submarines as military assets', () => {
    expect(classified('Five destroyers and two submarines patrolled.', 'Five').category).toBe(
      'military_assets',
    );
  });

  it('counts aircraft as military assets only in a military context', () => {
    expect(classified('The air force moved 6 helicopters north.', '6').category).toBe('military_assets');
    expect(classified('The airport handled 6 helicopters today.', '6').category).toBe('other');
  });

  it('reads "attack" or "strike" before an aircraft or a vessel as a modifier that makes it military', () => {
    expect(classified('The unit is supported by six attack helicopters.', 'six')).toMatchObject({
      category: 'military_assets',
      unit: 'helicopters',
    });
    expect(classified('The carrier holds 36 strike aircraft.', '36')).toMatchObject({
      category: 'military_assets',
      unit: 'aircraft',
    });
  });

  it('keeps a military asset named as fighters in its own unit, not as people', () => {
    expect(classified('The navy flew 8 strike fighters.', '8')).toMatchObject({
      category: 'military_assets',
      unit: 'fighters',
    });
  });

  it('does not make a fire engine military or a strike', () => {
    expect(classified('The town bought 5 fire trucks.', '5').category).toBe('other');
  });

  it('reads "attack" before a vessel after another number as a modifier, not as the next figure\'s verb', () => {
    const sentence = 'The fleet has 4 attack submarines and 9 boats.';
    const nine = sentence.indexOf('9');
    const context = new SentenceContext(sentence, [
      { start: sentence.indexOf('4'), end: sentence.indexOf('4') + 1 },
      { start: nine, end: nine + 1 },
    ]);
    expect(classify(context, { start: nine, end: nine + 1, value: 9, unit: null }, nine).category).toBe(
      'military_assets',
    );
    expect(classified('Gunboats will attack ships and 7 tankers.', '7').category).toBe('strikes');
  });

  it('counts refugees and people who fled as displaced', () => {
    expect(classified('Camps now hold 20,000 refugees.', '20,000', 20000).category).toBe('displaced');
    expect(classified('About 900 residents fled the floods.', '900').category).toBe('displaced');
  });

  it('lets a figure coordinated with the one before share its verb', () => {
    const sentence = 'The gunmen killed 4 guards and 2 drivers.';
    const figures = [
      { start: sentence.indexOf('4'), end: sentence.indexOf('4') + 1 },
      { start: sentence.indexOf('2'), end: sentence.indexOf('2') + 1 },
    ];
    const start = figures[1].start;
    const context = new SentenceContext(sentence, figures);
    expect(classify(context, { start, end: start + 1, value: 2, unit: null }, start).category).toBe('deaths');
  });

  it('reads past an aside between commas that holds a share', () => {
    const sentence = 'Some 800 villagers, about 60% of the valley, have fled.';
    expect(classified(sentence, '800').category).toBe('displaced');
  });

  it('counts people forced from their homes as displaced', () => {
    expect(classified('The blaze drove 350 families from their homes.', '350').category).toBe('displaced');
  });

  it('names the people of a casualty count as people whatever the noun', () => {
    expect(classified('Three ferrymen were injured.', 'Three').unit).toBe('people');
  });

  it('counts a share of respondents as a poll', () => {
    const sentence = 'In the survey, 58% of respondents backed the plan.';
    expect(classified(sentence, '58%', 58, 'percent').category).toBe('poll');
  });

  it('counts a share outside a survey as other', () => {
    expect(classified('Retail sales rose 3% in spring.', '3%', 3, 'percent').category).toBe('other');
  });

  it('counts an amount in a currency named by a word as money', () => {
    expect(classified('The council set aside 40 million kroner for roads.', '40 million', 4e7)).toMatchObject(
      {
        unit: 'NOK',
        category: 'money',
      },
    );
  });

  it('counts an amount in any currency the number stage names as money', () => {
    expect(classified('The fund now holds 2 billion rand.', '2 billion rand', 2e9, 'ZAR')).toMatchObject({
      unit: 'ZAR',
      category: 'money',
    });
    expect(classified('A ticket costs 900 pesos.', '900 pesos', 900, 'MXN').category).toBe('money');
  });

  it('reads the noun past a quote that closes around the number', () => {
    expect(classified('The militia admitted it lost "about 15" fighters.', '15').category).toBe('deaths');
  });

  it('counts people who left their homes in a disaster or violence as displaced', () => {
    expect(classified('After the storm, 1,200 people have left their homes.', '1,200').category).toBe(
      'displaced',
    );
    expect(classified('Amid the violence, 80 families abandoned their homes.', '80').category).toBe(
      'displaced',
    );
  });

  it('does not count people who left a party, a company or home for study as displaced', () => {
    expect(classified('Some 300 members left the party.', '300').category).toBe('other');
    expect(classified('About 40 staff left the firm.', '40').category).toBe('other');
    expect(classified('About 60 students left their homes to study abroad.', '60').category).toBe('other');
  });

  it('counts people pushed across a border as displaced', () => {
    expect(classified('The offensive pushed 7,000 people across the border.', '7,000').category).toBe(
      'displaced',
    );
  });

  it('counts people forced from their homes in a clause of their own as displaced, past the verb before', () => {
    const sentence = 'Nine people have drowned and about 4,000 have been forced from their homes.';
    expect(classified(sentence, '4,000').category).toBe('displaced');
    // The verb before still counts a figure of its own clause that says nothing of homes.
    expect(classified('Nine people have drowned and 40 more in the valley.', '40').category).toBe('deaths');
  });

  it('counts people made homeless by a disaster or violence as displaced', () => {
    expect(classified('The quake left 2,300 families homeless.', '2,300').category).toBe('displaced');
    expect(classified('After the floods, some 6,000 are now homeless.', '6,000').category).toBe('displaced');
    expect(classified('Nine died and 700 were left homeless by the storm.', '700').category).toBe(
      'displaced',
    );
  });

  it('counts thousands who left their country as displaced, though the text names no cause', () => {
    expect(classified('Some 60,000 nurses have left the country since 2019.', '60,000', 60000).category).toBe(
      'displaced',
    );
    expect(classified('Both suspects and 3 aides have left the country.', '3', 3).category).toBe('other');
  });

  it('counts people deported, and deportees, as displaced: migrants sent back', () => {
    const sentence = 'A flight carrying 150 Hondurans deported from Mexico landed on Friday.';
    expect(classified(sentence, '150', 150).category).toBe('displaced');
    expect(classified('Some 400 deportees arrived by bus.', '400', 400).category).toBe('displaced');
    expect(classified('The club expelled 12 members.', '12', 12).category).toBe('other');
  });

  it('does not count the homeless of a story about housing as displaced', () => {
    expect(classified('The city counts 5,200 homeless people, the charity said.', '5,200').category).toBe(
      'other',
    );
    expect(
      classified('Some 5,200 people are homeless in the capital, a charity says.', '5,200').category,
    ).toBe('other');
  });

  it('counts people forced from homes, said without a possessive, as displaced', () => {
    expect(classified('Fires drive 9,000 from homes', '9,000').category).toBe('displaced');
    expect(classified('The helpline took 9,000 calls from homes', '9,000').category).toBe('other');
  });

  it('lets a death toll reach its figure past an event word or a verb of reaching', () => {
    expect(classified('That took the death toll from the raid to 31.', '31').category).toBe('deaths');
    expect(classified('By dusk the death toll had hit 31.', '31').category).toBe('deaths');
  });

  it('counts the times an attack was repeated as strikes', () => {
    expect(classified('Gunboats shelled the harbour 12 times overnight.', '12')).toMatchObject({
      unit: 'strikes',
      category: 'strikes',
    });
    expect(classified('Enemy rockets hit the airfield 7 times.', '7').category).toBe('strikes');
  });

  it('does not count the times a ball hit something as strikes', () => {
    expect(classified('The winger hit the crossbar 3 times.', '3').category).toBe('other');
    expect(classified('The envoy visited the region 5 times.', '5').category).toBe('other');
    expect(classified('The hosts attacked down the left 9 times.', '9').category).toBe('other');
  });

  it('lets subjects joined by "and" share the verb after the last of them', () => {
    const sentence = 'In all 16 rockets and 3 drones were fired at the base.';
    const context = new SentenceContext(sentence, [
      { start: sentence.indexOf('16'), end: sentence.indexOf('16') + 2 },
      { start: sentence.indexOf('3 '), end: sentence.indexOf('3 ') + 1 },
    ]);
    const at = sentence.indexOf('16');
    expect(classify(context, { start: at, end: at + 2, value: 16, unit: null }, at).category).toBe('strikes');
  });

  it('counts batteries moved by an army as military assets, not displaced people', () => {
    expect(classified('The army moved 4 missile batteries to the border.', '4').category).toBe(
      'military_assets',
    );
    expect(classified('The shop sold 4 batteries to a man at the border.', '4').category).toBe('other');
  });

  it('counts people treated for an injury as injuries', () => {
    expect(classified('Three people were treated for smoke inhalation.', 'Three').category).toBe('injuries');
    expect(classified('Medics treated 9 spectators for minor burns.', '9').category).toBe('injuries');
  });

  it('does not count people treated for an illness as injuries', () => {
    expect(classified('Nurses treated 40 walkers for heat exhaustion.', '40').category).toBe('other');
  });

  it('does not count buildings damaged by an earthquake as strikes', () => {
    expect(classified('Some 700 houses were damaged by the tremor.', '700').category).toBe('other');
  });

  it('counts a bare amount paid as money', () => {
    expect(classified('The club paid millions for the striker.', 'millions', 1e6).category).toBe('money');
  });

  it('keeps spans of time, scores and measures as other even near casualty words', () => {
    expect(classified('The siege, which killed many, lasted 9 days.', '9').category).toBe('other');
    expect(classified('The home side won by 3 goals.', '3').category).toBe('other');
  });

  it('counts a figure reached by a toll named earlier in the sentence as deaths', () => {
    const sentence = 'The number of miners killed in the collapse since Monday has risen to 31.';
    expect(classified(sentence, '31').category).toBe('deaths');
  });

  it('counts drones shot down, and the whole they were part of, as strikes', () => {
    const sentence = 'Gunners shot down 31 of the 40 drones fired at the harbour.';
    const context = new SentenceContext(sentence, [
      { start: sentence.indexOf('31'), end: sentence.indexOf('31') + 2 },
      { start: sentence.indexOf('40'), end: sentence.indexOf('40') + 2 },
    ]);
    const at = (n: string) => ({
      start: sentence.indexOf(n),
      end: sentence.indexOf(n) + 2,
      value: 2,
      unit: null,
    });
    expect(classify(context, at('31'), sentence.indexOf('31')).category).toBe('strikes');
    expect(classify(context, at('40'), sentence.indexOf('40')).category).toBe('strikes');
    expect(classified('Crews brought down 6 drones near the coast.', '6').category).toBe('strikes');
  });

  it('shares the verb after subjects joined by "and" with a qualifier: "and some 40 rockets fired"', () => {
    const sentence = 'Observers logged 900 drones and some 40 rockets fired across the line.';
    expect(classified(sentence, '900').category).toBe('strikes');
  });

  it('counts a signed bare number in a sentence about an approval rating as a poll figure', () => {
    expect(classified('Her net approval rating has sunk to minus 9.', 'minus 9', -9).category).toBe('poll');
    const rating = 'Her approval rating fell.';
    const level = new SentenceContext('By June it stood at minus 12.', [{ start: 20, end: 28 }], rating);
    expect(classify(level, { start: 20, end: 28, value: -12, unit: null }, 20).category).toBe('poll');
    const noLevel = new SentenceContext('By June minus 12 came in.', [{ start: 8, end: 16 }], rating);
    expect(classify(noLevel, { start: 8, end: 16, value: -12, unit: null }, 8).category).toBe('other');
    const unsigned = new SentenceContext('By June it stood at 12.', [{ start: 20, end: 22 }], rating);
    expect(classify(unsigned, { start: 20, end: 22, value: 12, unit: null }, 20).category).toBe('other');
  });

  it('counts people sleeping in shelters or registered as evacuees as displaced, not the shelters', () => {
    const sentence = 'About 900 were sleeping in 12 shelters after the flood.';
    expect(classified(sentence, '900').category).toBe('displaced');
    expect(classified(sentence, '12').category).toBe('other');
    expect(classified('Some 300 residents had registered as evacuees.', '300').category).toBe('displaced');
    expect(classified('About 900 fans were sleeping outside the arena.', '900').category).toBe('other');
  });

  it('counts projectiles that struck, and military assets destroyed, as strikes', () => {
    expect(classified('At least 60 rockets struck the port overnight.', '60').category).toBe('strikes');
    expect(classified('Gunners destroyed 3 tanks near the bridge.', '3').category).toBe('strikes');
    expect(classified('The navy sent 3 frigates to the gulf.', '3').category).toBe('military_assets');
  });

  it("does not count a poll's margin of error as a share of those polled", () => {
    const sentence = 'The poll of 900 voters has a margin of error of 3.1 percentage points.';
    const number = { start: sentence.indexOf('3.1'), end: sentence.indexOf(' percentage'), value: 3.1 };
    const context = new SentenceContext(sentence, [number]);
    const unit = 'percentage points';
    expect(classify(context, { ...number, unit }, number.start).category).toBe('other');
  });

  it('counts people treated for injuries past an aside', () => {
    const sentence = 'Twelve others, four of them children, were treated for burns.';
    expect(classified(sentence, 'Twelve', 12).category).toBe('injuries');
  });

  it('reads a toll named alone, however far from its figure, as a death toll', () => {
    const sentence = 'The blast raised the toll in the hill district since the spring to 19.';
    expect(classified(sentence, '19').category).toBe('deaths');
  });

  it('does not take a toll road or a toll charge for a death toll', () => {
    expect(classified('They opened the toll road to 14 towns.', '14').category).toBe('other');
    expect(classified('Lorries pay the toll charges at 3 gates.', '3').category).toBe('other');
  });

  it('does not count a measure after "death toll from the" as deaths', () => {
    const sentence = 'The death toll from the 6.4 quake rose overnight.';
    expect(classified(sentence, '6.4', 6.4).category).toBe('other');
  });

  it('counts a bare number lost in a sentence about games as results, not deaths', () => {
    expect(
      classified('The club ended the year losing 9 in regulation and two in overtime.', '9').category,
    ).toBe('other');
    expect(classified('They played 20 games and lost 12 of them.', '12').category).toBe('other');
    expect(classified('The champions lost 4 over the whole season.', '4').category).toBe('other');
  });

  it('counts a bare number lost as results after text about games, and as deaths in a fighting season', () => {
    const sentence = 'They lost 16 of them.';
    const start = sentence.indexOf('16');
    const context = new SentenceContext(sentence, [{ start, end: start + 2 }], 'They played 28 games. ');
    expect(classify(context, { start, end: start + 2, value: 16, unit: null }, start).category).toBe('other');
    expect(classified('The army lost 250 in the fighting season.', '250').category).toBe('deaths');
  });

  it('still counts people lost as deaths in a sentence that names a season', () => {
    expect(classified('The brigade lost 30 soldiers this season.', '30').category).toBe('deaths');
    expect(classified('The army admits it has lost 200 since spring.', '200').category).toBe('deaths');
  });

  it('counts people lost as deaths but jobs lost as other', () => {
    expect(classified('The regiment lost 40 soldiers in the assault.', '40').category).toBe('deaths');
    expect(classified('The factory lost 40 jobs last year.', '40').category).toBe('other');
  });

  it('counts buildings flattened as strikes', () => {
    expect(classified('The barrage flattened 6 apartment blocks.', '6').category).toBe('strikes');
  });

  it('does not count buildings destroyed without an attack as strikes', () => {
    expect(classified('The flood destroyed 6 apartment blocks.', '6').category).toBe('other');
    expect(classified('A tornado hit 40 houses overnight.', '40').category).toBe('other');
  });

  it('counts a bare number stationed beside troops as troops', () => {
    expect(classified('More troops will join the 800 stationed at the base.', '800').category).toBe('troops');
    expect(classified('The firm stationed 800 at the depot.', '800').category).toBe('other');
  });

  it('counts brigades moved to a front as troops', () => {
    expect(classified('The army moved 3 brigades to the front.', '3').category).toBe('troops');
  });

  it('reads past a designation to the noun', () => {
    expect(classified('Four MiG-29 fighter jets circled the base.', 'Four')).toMatchObject({
      unit: 'jets',
      category: 'military_assets',
    });
  });

  it('counts points in a poll as a poll, and in a game as other', () => {
    expect(classified('The latest poll gives Labour a 6-point lead.', '6', 6).category).toBe('poll');
    expect(classified('The guard scored 31 points in the final.', '31').category).toBe('other');
  });

  it('reads a share in the sentence after a survey as a poll', () => {
    const sentence = 'The Greens stand at 14%.';
    const start = sentence.indexOf('14%');
    const context = new SentenceContext(
      sentence,
      [{ start, end: start + 3 }],
      'A survey of 2,000 adults was published. ',
    );
    expect(classify(context, { start, end: start + 3, value: 14, unit: 'percent' }, start).category).toBe(
      'poll',
    );
  });

  it('does not take economists polled for a poll', () => {
    const sentence = 'Economists polled by the agency had expected growth of 1.2%.';
    expect(classified(sentence, '1.2%', 1.2, 'percent').category).toBe('other');
  });

  it('marks a figure with neither noun nor verb of its own as elliptical', () => {
    expect(classified('The herd grew to 300 cows, up from 250 in spring.', '250').elliptical).toBe(true);
    expect(classified('The herd grew to 300 cows, up from 250 in spring.', '300').elliptical).toBe(false);
  });

  it('counts ordinary things as other', () => {
    expect(classified('The bakery sold 400 loaves.', '400').category).toBe('other');
  });
});

describe('classify: scores', () => {
  it('reads one side of a score as other, not as the dead of a verb like "lost"', () => {
    const sentence = 'The Rangers lost to the Comets 97-112 on Friday.';
    expect(classified(sentence, '97', 97)).toMatchObject({ category: 'other', unit: null });
    const result = classify(
      new SentenceContext(sentence, []),
      { start: 34, end: 37, value: 112, unit: null },
      34,
    );
    expect(sentence.slice(34, 37)).toBe('112');
    expect(result.category).toBe('other');
  });
});

describe('classify: running totals', () => {
  it.each([
    'In total, 61 homes were searched.',
    'So far 61 homes were searched.',
    'Since March, 61 homes were searched.',
    'Since the spring, 61 homes were searched.',
    'The rain has killed 61 people.',
    'The agency has spent $61m on the roads.',
    'It beat last year’s total of 61 homes.',
    'That brings the death toll to 61.',
    'The number of miners killed in the region climbed to 61.',
  ])('marks a running total: %s', (sentence) => {
    expect(classified(sentence, '61').cumulative).toBe(true);
  });

  it('does not make a total of a whole as it stands now', () => {
    expect(classified('The chain employs 61 cooks in total.', '61').cumulative).toBe(false);
    expect(classified('The chain has hired 61 cooks in total.', '61').cumulative).toBe(true);
  });

  it('binds a trailing cue only to the nearest figure before it', () => {
    const at = classifiedAmong('The chain runs 80 stores after opening 9 shops since April.', ['80', '9']);
    expect(at('80').cumulative).toBe(false);
    expect(at('9').cumulative).toBe(true);
  });

  it('keeps a cue to its own segment of the sentence', () => {
    const sentence = 'Rescuers have evacuated 500 residents so far, and 20 more were waiting.';
    expect(classified(sentence, '500').cumulative).toBe(true);
    expect(classified(sentence, '20').cumulative).toBe(false);
  });

  it('marks the object of a perfect tense as a running total, but not its active subject', () => {
    expect(classified('The striker has scored 22 goals.', '22').cumulative).toBe(true);
    expect(classified('Some 5 carriers had halted flights.', '5').cumulative).toBe(false);
  });

  it('marks the subject of a passive perfect of a tallied event, not of a state', () => {
    expect(classified('About 900 people have been rescued.', '900').cumulative).toBe(true);
    expect(classified('All 40 files have been blacked out.', '40').cumulative).toBe(false);
  });

  it('does not take "since" before something other than a time for a running total', () => {
    expect(classified('It was the biggest fleet of 9 ships since the old empire.', '9').cumulative).toBe(
      false,
    );
  });

  it('does not take a change or a single operation in the perfect for a running total', () => {
    expect(classified('Bread prices have risen by 9% this year.', '9%', 9, 'percent').cumulative).toBe(false);
    expect(classified('The navy has carried out 12 patrols.', '12').cumulative).toBe(false);
  });

  it('marks a sum over a period as a running total', () => {
    expect(
      classified('The state spent $4bn in the first half of the year.', '$4bn', 4e9, 'USD').cumulative,
    ).toBe(true);
  });

  it('marks a count of casualties over a whole period as a running total', () => {
    expect(classified('Some 70 people died on the roads last month.', '70').cumulative).toBe(true);
  });

  it('leaves a single event alone', () => {
    expect(classified('Four people died in the fire.', 'Four').cumulative).toBe(false);
  });

  it.each([
    ['Patrol planes have flown four sorties a day along the coast.', 'four'],
    ['Since May the bakery has sold 300 loaves per week.', '300'],
    ['Since March, the ferry has carried 2,000 riders each day.', '2,000'],
  ])('does not take a rate for a running total: %s', (sentence, figure) => {
    expect(classified(sentence, figure).cumulative).toBe(false);
  });

  it('still takes a total compared with a time before for one', () => {
    expect(
      classified('Rebels have killed 410 soldiers, up from 380 a month earlier.', '410').cumulative,
    ).toBe(true);
  });

  it.each([
    ['The police said they had arrested 14 men in a raid on the docks.', '14'],
    ['Gunboats had destroyed 6 skiffs in response.', '6'],
    ['The navy said its jets had hit 22 radar posts on Sunday night.', '22'],
    ['Some 40 fans have died in the stampede.', '40'],
  ])('does not take a perfect tied to one event or day for a running total: %s', (sentence, figure) => {
    expect(classified(sentence, figure).cumulative).toBe(false);
  });

  it('reads the day of another clause as no bar to a running total', () => {
    const sentence = 'The flood has killed 73 people since the river burst its banks on Monday.';
    expect(classified(sentence, '73').cumulative).toBe(true);
  });

  it('does not take a deployment told as standing now for a running total', () => {
    expect(classified('About 300 troops have been deployed to the port.', '300').cumulative).toBe(false);
  });
});

describe('classify: perfects found where an auxiliary starts', () => {
  it('finds them as a search with the perfect pattern does', () => {
    // Case folding reads a long s as "s"; a perfect may stand in another segment or follow another.
    expect(classified('The militia haſ killed 40 people, and it has said so.', '40').cumulative).toBe(true);
    expect(classified('THE ARMY HAS NOW KILLED 40 FIGHTERS.', '40').cumulative).toBe(true);
    expect(classified('Officials said, after the storm, 40 people have died.', '40').cumulative).toBe(true);
    expect(classified('They’ve had it and have fled, 40 of them.', '40').cumulative).toBe(false);
    expect(classified('Rebels hahas have shelled 40 villages.', '40').cumulative).toBe(true);
  });
});

describe('classify: towns shelled, ships seized, truces broken, people in shelters', () => {
  it('counts towns or villages hammered in an attack as strikes, and not in a storm', () => {
    expect(classified('Rebel gunners pounded 6 hill villages overnight.', '6').category).toBe('strikes');
    expect(classified('The storm hit 6 hill villages overnight.', '6').category).toBe('other');
  });

  it('counts ships seized or detained at sea as other, even in a naval operation', () => {
    expect(classified('Navy boarding crews have seized 7 ships this year.', '7').category).toBe('other');
    expect(classified('The navy sent 7 ships to the gulf.', '7').category).toBe('military_assets');
  });

  it('counts violations of a ceasefire as strikes, and other violations as other', () => {
    expect(classified('Observers logged 212 violations of the ceasefire.', '212').category).toBe('strikes');
    expect(classified('Inspectors logged 212 violations of the fire code.', '212').category).toBe('other');
  });

  it('counts people who left their country, in a sentence about refuge, as displaced', () => {
    const sentence = 'Some 3 million Syrians left their country for Turkish refugee camps.';
    expect(classified(sentence, 'Some 3 million', 3e6).category).toBe('displaced');
  });

  it('counts people who live or stay in shelters as displaced, but not children in a summer camp', () => {
    expect(classified('About 700 islanders now live in three school shelters.', 'About 700').category).toBe(
      'displaced',
    );
    expect(classified('About 700 pupils stay in summer camps.', 'About 700').category).toBe('other');
  });
});

describe('classify: categories read from the figure’s own clause', () => {
  it('counts strikes for a number whose noun is elided but whose own verb strikes', () => {
    expect(
      classified('Gunners downed 9 drones, but the last three hit a fuel depot.', 'three').category,
    ).toBe('strikes');
  });

  it('does not take a strike noun later in the clause for an elided striker', () => {
    expect(classified('She had 12 attempts and only five on target.', 'five').category).toBe('other');
  });

  it('reaches a toll past the words that name its cause', () => {
    const sentence = 'The collapse pushed the death toll from the week of storms to 61.';
    expect(classified(sentence, '61').category).toBe('deaths');
  });

  it('reads a toll that passes or exceeds a figure', () => {
    expect(classified('The death toll now surpasses 2,300.', '2,300').category).toBe('deaths');
    expect(classified('Quake death toll tops 900', '900').category).toBe('deaths');
  });

  it('counts the people buried as deaths', () => {
    expect(classified('Mourners buried 23 villagers on the hillside.', '23').category).toBe('deaths');
  });

  it('counts people swept away as deaths', () => {
    expect(classified('Nine pilgrims were washed away by the torrent.', 'Nine').category).toBe('deaths');
  });

  it('counts the bodies of people as deaths', () => {
    expect(classified('Divers found the bodies of six anglers.', 'six').category).toBe('deaths');
  });

  it('counts projectiles that land as strikes', () => {
    expect(
      classified('Eleven rockets came down and 4 mortar rounds landed in the square.', '4').category,
    ).toBe('strikes');
  });

  it('counts projectiles sent in a wave as strikes', () => {
    expect(classified('A further 25 missiles followed in an evening salvo.', '25').category).toBe('strikes');
  });

  it('counts cutters as military assets where the sentence is about the military', () => {
    expect(classified('The coast guard moved 5 cutters into the strait.', '5').category).toBe(
      'military_assets',
    );
  });

  it('takes a military cue from the sentence before for vessels', () => {
    const sentence = 'Two support vessels followed.';
    const start = sentence.indexOf('Two');
    const context = new SentenceContext(sentence, [{ start, end: start + 3 }], 'The navy sailed at dawn. ');
    expect(classify(context, { start, end: start + 3, value: 2, unit: null }, start).category).toBe(
      'military_assets',
    );
  });

  it('counts people crossing a border where the sentence is about refuge as displaced', () => {
    expect(classified('Some 900 families crossed the border overnight.', '900').category).toBe('displaced');
  });

  it('counts people sheltering in camps as displaced', () => {
    expect(classified('About 12,000 villagers are sheltering in two camps.', '12,000').category).toBe(
      'displaced',
    );
  });

  it('counts the people a camp or a shelter holds as displaced', () => {
    const sentence = 'The camp, laid out for 20,000, now holds roughly 31,000.';
    expect(classified(sentence, 'roughly 31,000').category).toBe('displaced');
    expect(classified('Two church shelters house 640 villagers.', '640').category).toBe('displaced');
  });

  it('does not count the people any other place holds as displaced', () => {
    expect(classified('The arena holds 18,000 spectators.', '18,000').category).toBe('other');
    expect(classified('The inn near the border hosts 90 walkers.', '90').category).toBe('other');
  });

  it('counts people moved to shelters as displaced', () => {
    expect(classified('Some 7,500 islanders were relocated to emergency shelters.', '7,500').category).toBe(
      'displaced',
    );
  });

  it('does not count people moved elsewhere as displaced without talk of refuge', () => {
    expect(classified('The bank relocated 200 staff to Leeds.', '200').category).toBe('other');
  });

  it('does not count troops crossing a border as displaced', () => {
    expect(classified('Some 400 soldiers crossed the border at dawn.', '400').category).toBe('troops');
  });

  it('does not count people crossing a road as displaced without talk of refuge', () => {
    expect(classified('About 3,000 runners crossed the bridge.', '3,000').category).toBe('other');
  });

  it('takes the category from the figure’s own clause, not a verb before "and"', () => {
    const sentence = 'Four climbers have died and some 2,000 hikers have been evacuated.';
    expect(classified(sentence, '2,000').category).toBe('displaced');
  });

  it('shares a verb across "and" with an object before it', () => {
    expect(classified('The raid destroyed a school and 3 houses.', '3').category).toBe('strikes');
  });

  it('does not count soldiers freed or exchanged as troops deployed', () => {
    expect(classified('The rebels released 30 soldiers at the crossing.', '30').category).toBe('other');
  });

  it('does not count people who lost something other than their lives as deaths', () => {
    expect(classified('Fourteen councillors lost their majority.', 'Fourteen').category).toBe('other');
    expect(classified('Fourteen sailors lost their lives.', 'Fourteen').category).toBe('deaths');
  });
});

describe('classify: a poll carried into the next sentence', () => {
  function pollCategory(sentence: string, number: string, preceding: string) {
    const start = sentence.indexOf(number);
    const end = start + number.length;
    const context = new SentenceContext(sentence, [{ start, end }], preceding);
    return classify(context, { start, end, value: 1, unit: 'percent' }, start).category;
  }
  const survey = 'A survey of 1,500 adults asked about the new tax. ';

  it('reads a share as a poll when the sentence carries on the poll’s subject', () => {
    expect(pollCategory('Opposition was fiercest among farmers, at 72%.', '72%', survey)).toBe('poll');
  });

  it('does not read an unrelated share after a poll as a poll', () => {
    expect(pollCategory('Fuel duty rose by 3% in March.', '3%', survey)).toBe('other');
  });

  it('reads the share who are not sure, or who said something when asked, as a poll', () => {
    expect(pollCategory('Not sure: 11%', '11%', survey)).toBe('poll');
    const asked = 'Asked when the tax should start, 35% said next year.';
    expect(pollCategory(asked, '35%', survey)).toBe('poll');
    expect(pollCategory('Fuel duty rose by 3%, the minister said.', '3%', survey)).toBe('other');
  });

  it('reads the shares on the labelled lines of a table in a poll story as a poll', () => {
    const line = (text: string, pollStory: boolean) => {
      const start = text.indexOf('61%');
      const context = new SentenceContext(text, [{ start, end: start + 3 }], '', pollStory);
      return classify(context, { start, end: start + 3, value: 61, unit: 'percent' }, start).category;
    };
    expect(line('Peru: 61% / 30% (n=900)', true)).toBe('poll');
    expect(line('Peru: 61% / 30% (n=900)', false)).toBe('other');
  });

  it('reads the share of those who think or believe something as a poll', () => {
    expect(pollCategory('Only 18% thought prices would fall.', '18%', survey)).toBe('poll');
    expect(pollCategory('Some 40% believe the tax is fair.', '40%', survey)).toBe('poll');
  });

  it('reads the lead one side had, or the gap between two sides, as a poll', () => {
    const points = (sentence: string, number: string) => {
      const start = sentence.indexOf(number);
      const end = start + number.length;
      const context = new SentenceContext(sentence, [{ start, end }], survey);
      return classify(context, { start, end, value: 1, unit: null }, start).category;
    };
    expect(points('A year ago the Greens led by 6 points.', '6')).toBe('poll');
    expect(points('The gap between the two sides, 11 points, has never been wider.', '11')).toBe('poll');
  });
});

describe('classify: running totals over events, periods and parts', () => {
  it('marks a total since the start of a period named by a noun', () => {
    expect(classified('Some 340 people have died since the onset of the epidemic.', '340').cumulative).toBe(
      true,
    );
  });

  it('marks a total since an event told as a clause', () => {
    expect(classified('Since unrest broke out, 58 shops were looted.', '58').cumulative).toBe(true);
    expect(classified('The rule has fined 210 drivers since it came into force.', '210').cumulative).toBe(
      true,
    );
  });

  it('marks the whole as well as the part when a total cue closes "N of their M"', () => {
    const sentence = 'The side took 7 of their 10 fixtures altogether.';
    const figures = [
      { start: sentence.indexOf('7'), end: sentence.indexOf('7') + 1 },
      { start: sentence.indexOf('10'), end: sentence.indexOf('10') + 2 },
    ];
    const context = new SentenceContext(sentence, figures);
    expect(classify(context, { ...figures[0], value: 7, unit: null }, figures[0].start).cumulative).toBe(
      true,
    );
    expect(classify(context, { ...figures[1], value: 10, unit: null }, figures[1].start).cumulative).toBe(
      true,
    );
  });

  it('marks a count over a month named with "alone" as a running total', () => {
    expect(classified('In August alone, 31 raids were reported.', '31').cumulative).toBe(true);
  });

  it('marks a count of things over the week or month just past as a running total', () => {
    expect(classified('Customs seized 64 parcels last month.', '64').cumulative).toBe(true);
  });

  it('does not take a period just past from another clause', () => {
    const sentence = 'Nine ferries stopped sailing after the port closed last week.';
    expect(classified(sentence, 'Nine').cumulative).toBe(false);
  });

  it('does not mark a rate or a level over the month just past as a running total', () => {
    expect(classified('The peso slid to 19 per dollar last month.', '19').cumulative).toBe(false);
  });

  it('does not mark people counted over a period as a total unless the event adds up', () => {
    expect(classified('A further 800 recruits were called up last week.', '800').cumulative).toBe(false);
  });

  it('marks people who have died or crossed as a running total', () => {
    expect(classified('About 2,500 migrants have crossed the channel.', '2,500').cumulative).toBe(true);
  });

  it('reads a perfect past an aside holding a number', () => {
    const sentence = 'Some 400,000 residents, nearly a third of them, have been evacuated.';
    const figures = [
      { start: sentence.indexOf('400,000'), end: sentence.indexOf('400,000') + 7 },
      { start: sentence.indexOf('a third'), end: sentence.indexOf('a third') + 7 },
    ];
    const context = new SentenceContext(sentence, figures);
    const first = figures[0];
    expect(classify(context, { ...first, value: 400000, unit: null }, first.start).cumulative).toBe(true);
  });
});

describe('classify: streaks as running totals', () => {
  it('marks a streak extended to a number of games', () => {
    const sentence = 'The Owls won again to stretch their unbeaten home run to 12 games.';
    expect(classified(sentence, '12').cumulative).toBe(true);
    expect(classified('Her streak of 7 wins is a club record.', '7').cumulative).toBe(true);
  });

  it('marks a streak counted by a compound before it', () => {
    expect(classified('They ended a 15-game losing streak on Sunday.', '15').cumulative).toBe(true);
  });

  it('marks results counted as consecutive, straight or in a row', () => {
    expect(classified('The party has topped 8 consecutive surveys.', '8').cumulative).toBe(true);
    expect(classified('The Pirates won 6 straight on the road.', '6').cumulative).toBe(true);
    expect(classified('The Pirates lost 4 away games in a row.', '4').cumulative).toBe(true);
  });

  it('does not mark a count near a streak named without a number', () => {
    expect(classified('A streak of wins lifted them, and 30 fans cheered.', '30').cumulative).toBe(false);
  });

  it('does not mark the score of the game that extended a streak', () => {
    const sentence = 'They beat the Stags 98-91 to extend their winning streak to 5 games.';
    expect(classified(sentence, '98').cumulative).toBe(false);
  });

  it('does not take a run for a streak without a word of results', () => {
    expect(classified('Repairs could run to 40 days.', '40').cumulative).toBe(false);
  });
});

describe('classify: a total since a day of a month', () => {
  it('marks a total since a day written before its month', () => {
    expect(classified('The clinic has logged 87 cases of mumps since 4 February.', '87').cumulative).toBe(
      true,
    );
    expect(classified('Ticket sales reached 900 since 2nd June.', '900').cumulative).toBe(true);
  });

  it('marks a total since "the Nth of" a month', () => {
    expect(classified('Some 35 ferries were cancelled since the 9th of October.', '35').cumulative).toBe(
      true,
    );
  });

  it('does not make a total of the day inside the cue', () => {
    expect(classified('the ban has held since 3 march.', '3').cumulative).toBe(false);
  });

  it('does not take a causal "since" before a number for a date', () => {
    expect(classified('Nine trains ran late since 5 signals failed at dawn.', 'Nine').cumulative).toBe(false);
  });
});

describe('classify: totals over a finished reporting period', () => {
  it('marks things counted over the quarter as a running total', () => {
    expect(classified('The brewer shipped 5,200 kegs in the quarter.', '5,200').cumulative).toBe(true);
    expect(classified('The airline retired 9 jets during its latest financial year.', '9').cumulative).toBe(
      true,
    );
  });

  it('marks things counted over weeks or months to a date as a running total', () => {
    expect(classified('The port handled 310 cruise calls in the six months to June.', '310').cumulative).toBe(
      true,
    );
  });

  it('marks things counted over some days or weeks, or over the holiday season, as a running total', () => {
    expect(classified('The fair drew 81,000 visitors over its four days.', '81,000').cumulative).toBe(true);
    expect(
      classified('Couriers carried 9 million parcels over the festive season.', '9 million', 9e6).cumulative,
    ).toBe(true);
    // A plan for the weeks ahead is no total.
    expect(classified('The shop will hire 40 staff for the next two weeks.', '40').cumulative).toBe(false);
  });

  it('marks a sum called a total over the quarter as a running total', () => {
    const sentence = 'Total takings for the quarter climbed to £2.1bn.';
    expect(classified(sentence, '£2.1bn', 2.1e9, 'GBP').cumulative).toBe(true);
  });

  it('marks a sum over the quarter as a running total, called a total or not, but not one forecast', () => {
    expect(classified('Revenue for the quarter reached £2.1bn.', '£2.1bn', 2.1e9, 'GBP').cumulative).toBe(
      true,
    );
    const forecast = 'The group expects revenue for the quarter of £2.1bn.';
    expect(classified(forecast, '£2.1bn', 2.1e9, 'GBP').cumulative).toBe(false);
  });

  it('does not mark a percentage over the quarter', () => {
    expect(classified('Total sales rose 4% in the quarter.', '4%', 4, 'percent').cumulative).toBe(false);
  });

  it('does not mark a forecast for a period ahead', () => {
    expect(classified('The brewer plans to ship 6,000 kegs in the year.', '6,000').cumulative).toBe(false);
  });

  it('does not make a total of the day that ends the period', () => {
    expect(classified('some 80 kiosks opened in the 13 weeks to 4 november.', '4').cumulative).toBe(false);
  });

  it('does not take a period far from the figure', () => {
    const sentence =
      'Grocer to shut 37 stores Grocer Mayfair Foods reported a sharp rise in its food sales for the quarter.';
    expect(classified(sentence, '37').cumulative).toBe(false);
  });

  it('does not read a quarter-final as a reporting period', () => {
    expect(classified('The club sold 4,000 shirts in the quarter-final week.', '4,000').cumulative).toBe(
      false,
    );
  });

  it('does not take the period of another clause', () => {
    const sentence = 'The brewer opened 3 taverns after sales rose in the quarter.';
    expect(classified(sentence, '3').cumulative).toBe(false);
  });
});

describe('classify: a season’s tallies', () => {
  it('marks goals counted over the current season as a running total', () => {
    expect(classified('The keeper has let in 11 goals all season.', '11').cumulative).toBe(true);
    expect(classified('Their winger scored 19 tries this season.', '19').cumulative).toBe(true);
  });

  it('marks a side’s points and the games they came from as running totals', () => {
    const sentence = 'The draw leaves Rovers with 38 points from 20 matches.';
    expect(classified(sentence, '38').cumulative).toBe(true);
    expect(classified(sentence, '20').cumulative).toBe(true);
  });

  it('marks a side’s points in the table as a running total', () => {
    expect(classified('The Saints drop to ninth on 27 points.', '27').cumulative).toBe(true);
  });

  it('does not mark a price for this season', () => {
    expect(classified('This season’s ticket price of £40 is a record.', '£40', 40, 'GBP').cumulative).toBe(
      false,
    );
  });

  it('does not mark a single crowd as the biggest this season', () => {
    expect(
      classified('A crowd of 9,100, the largest at the ground this season, watched.', '9,100').cumulative,
    ).toBe(false);
  });

  it('does not mark a margin in points', () => {
    expect(classified('The Saints trail the leaders by 6 points.', '6').cumulative).toBe(false);
  });
});

describe('classify: a period ahead told as anticipated', () => {
  it('does not mark things anticipated in a period as a total', () => {
    const sentence =
      'The yard is reflecting anticipated orders for 3 ferries in the second half of the year.';
    expect(classified(sentence, '3').cumulative).toBe(false);
  });
});

describe('classify: tallies and tolls brought to a figure', () => {
  it.each([
    ['Okafor scored again, taking his tally for the season to 23 goals.', '23'],
    ['The two seizures lifted the blockade tally to nine tankers.', 'nine'],
    ['With Friday’s arrests the total now stands at 41 suspects.', '41'],
    ['The club’s tally rose to 12 trophies.', '12'],
  ])('marks a tally of any kind as a running total: %s', (sentence, figure) => {
    expect(classified(sentence, figure).cumulative).toBe(true);
  });

  it('does not read "total" that qualifies one period’s sum as a tally', () => {
    expect(
      classified('Total revenue for the period climbed to £6.8bn.', '£6.8bn', 6.8e9, 'GBP').cumulative,
    ).toBe(false);
    expect(classified('Total sales rose 4.1% to £2bn.', '4.1%', 4.1, 'percent').cumulative).toBe(false);
  });

  it.each([
    'The toll rose to 41.',
    'Quake toll rises to 41 as rescuers dig',
    'By nightfall the toll had climbed to 41.',
  ])('reads a toll told as rising as a running total of deaths: %s', (sentence) => {
    const read = classified(sentence, '41');
    expect(read.category).toBe('deaths');
    expect(read.cumulative).toBe(true);
  });

  it('does not make a road toll that rises a running total', () => {
    expect(classified('The bridge toll rises to $5 in March.', '$5', 5, 'USD').cumulative).toBe(false);
  });
});

describe('classify: a headline’s present-tense strike verbs', () => {
  it.each([
    ['Navy strikes three more boats off the coast', 'three'],
    ['Militia attacks two villages overnight', 'two'],
    ['Army shells two towns near the border', 'two'],
  ])('reads the object of a present-tense strike verb as strikes: %s', (sentence, figure) => {
    expect(classified(sentence, figure).category).toBe('strikes');
  });

  it('leaves "strikes" a noun after a determiner or before a span of time', () => {
    expect(classified('After the strikes 12 people were hurt.', '12').category).toBe('injuries');
    expect(classified('Air raids three days ago killed nine.', 'three').category).toBe('other');
  });
});

describe('classify: a label that opens its line', () => {
  it.each([
    ['Deaths: 41', 'deaths'],
    ['Targets struck: 14', 'strikes'],
    ['Wounded: 41', 'injuries'],
    ['- People displaced: 41', 'displaced'],
    ['Troops deployed: 41', 'troops'],
  ])('reads what the label names: %s', (sentence, category) => {
    expect(classified(sentence, sentence.slice(sentence.indexOf(':') + 2)).category).toBe(category);
  });

  it.each([
    ['Attack submarine: 1', 'military_assets', 'submarines'],
    ['Guided-missile frigate: 1 (HMS Tarn)', 'military_assets', 'frigates'],
    ['Destroyers at Rota: 4', 'military_assets', 'destroyers'],
    ['Boats under U.S. sanctions: 52', 'other', 'boats'],
    ['Families screened for cholera: 1,940', 'other', 'people'],
  ])(
    'reads the head noun of a label, singular or plural, before what places it: %s',
    (sentence, category, unit) => {
      const value = sentence.match(/: ([\d,]+)/)?.[1] as string;
      expect(classified(sentence, value, 1)).toMatchObject({ category, unit });
    },
  );

  it('reads people a label puts in shelters as displaced, and shelters counted as things', () => {
    expect(classified('People in shelters: 3,100', '3,100').category).toBe('displaced');
    expect(classified('Families in camps: 3,100', '3,100').category).toBe('displaced');
    expect(classified('Shelters open: 31', '31').category).toBe('other');
  });

  it('reads a toll label or a line opening with a toll as the dead, a running total', () => {
    expect(classified('Toll: 31', '31')).toMatchObject({ category: 'deaths', cumulative: true });
    expect(classified("Death toll at week's end: 31", '31')).toMatchObject({
      category: 'deaths',
      cumulative: true,
    });
    expect(classified('Toll unchanged at 31', '31')).toMatchObject({ category: 'deaths', cumulative: true });
    expect(classified('Toll roads: 31', '31').category).toBe('other');
  });

  it('reads a label that names no conflict count as other, and a noun after the figure first', () => {
    expect(classified('Attendance: 41,200', '41,200').category).toBe('other');
    expect(classified('The mayor said: 41 fishermen have drowned.', '41').category).toBe('deaths');
    expect(classified('Her reply: 41 boats were insured.', '41').category).toBe('other');
    expect(classified('Town wildfire: four dead and 900 evacuated', 'four').unit).not.toBe('wildfire');
  });
});

describe('classify: a clause of the result shares its head’s running total', () => {
  it('marks the dead of a campaign’s result clause as a running total', () => {
    const sentence = 'The navy has hit 21 boats since early September, killing at least 83 people.';
    expect(classified(sentence, '83').cumulative).toBe(true);
    expect(classified('Since Monday the army has shelled the town, wounding 40.', '40').cumulative).toBe(
      true,
    );
  });

  it('does not mark the dead of one strike', () => {
    expect(classified('A strike on Tuesday hit a boat, killing 3 people.', '3').cumulative).toBe(false);
  });
});

describe('classify: people who left the country', () => {
  it('reads people who left the country amid a crisis as displaced', () => {
    const sentence = 'Some 8 million people have left the country since 2014, the refugee agency says.';
    expect(classified(sentence, '8 million').category).toBe('displaced');
  });

  it('does not read executives who left the country on business as displaced', () => {
    expect(classified('Some 40 executives left the country after the merger.', '40').category).toBe('other');
  });
});

describe('classify: assets, bodies of troops and time spent', () => {
  it('reads a night spent in a shelter as displacement, and other time spent as no money', () => {
    const evacuated = 'Some 3,500 people were evacuated, and about 600 spent Sunday night in a sports hall.';
    expect(classified(evacuated, '600').category).toBe('displaced');
    expect(classified('About 40 tourists spent two days at the airport.', '40').category).toBe('other');
    expect(classified('Donors spent 40 million on food.', '40 million').category).toBe('money');
  });

  it('does not read "strike" in a strike group as a verb', () => {
    const sentence = 'A carrier strike group with about 75 aircraft is on its way.';
    expect(classified(sentence, '75').category).toBe('military_assets');
  });

  it('reads sites struck by aircraft or a destroyer as strikes', () => {
    expect(classified('A destroyer struck four radar sites on the coast.', 'four').category).toBe('strikes');
  });

  it('reads a designation with letters after its digits as a model of machine', () => {
    const sentence = 'The air force moved a dozen Su-30MK2 fighters to the coast.';
    expect(classified(sentence, 'a dozen').category).toBe('military_assets');
  });

  it('reads the members a militia counts as troops, and a club’s as other', () => {
    expect(classified('The militia now counts 4 million members.', '4 million').category).toBe('troops');
    expect(classified('The club now counts 4,000 members.', '4,000').category).toBe('other');
  });

  it('reads sport-utility vehicles as civilian, whatever deploys in the sentence', () => {
    const sentence =
      'The maker is recalling 212,000 sport-utility vehicles because an airbag may not deploy.';
    expect(classified(sentence, '212,000').category).toBe('other');
    const unhyphenated =
      'The maker is recalling 212,000 sport utility vehicles because an airbag may not deploy.';
    expect(classified(unhyphenated, '212,000').category).toBe('other');
  });

  it('reads missions flown by military aircraft as sorties, and an airline’s as other', () => {
    expect(classified('Navy bombers flew three missions near the coast.', 'three').category).toBe(
      'military_assets',
    );
    expect(classified('The airline flew 12 missions to the islands.', '12').category).toBe('other');
  });

  it('reads missions flown as sorties where the military is named just before the sentence', () => {
    const sentence = 'Patrol planes fly three missions a day along the coast.';
    const start = sentence.indexOf('three');
    const at = (preceding: string) => {
      const context = new SentenceContext(sentence, [{ start, end: start + 5 }], preceding);
      return classify(context, { start, end: start + 5, value: 3, unit: null }, start).category;
    };
    expect(at('The navy has moved a destroyer closer to the strait. ')).toBe('military_assets');
    expect(at('The charter firm has added a route to the islands. ')).toBe('other');
  });
});

describe('classify: tolls, counts brought to a figure, and people who left a place', () => {
  it('marks a toll brought to a figure as a running total', () => {
    const lifted = 'A strike kills four, lifting the campaign toll to 69';
    expect(classified(lifted, '69')).toMatchObject({ category: 'deaths', cumulative: true });
    const past = 'A rocket kills 14, taking the war’s civilian toll past 400';
    expect(classified(past, 'past 400', 400, null, 'past 400').cumulative).toBe(true);
  });

  it('reads the count a verb brings to a figure as what the figure counts', () => {
    const refuge = 'Refugees keep crossing the border. That brings arrivals since May to 31,400.';
    expect(classified(refuge, '31,400').category).toBe('displaced');
    expect(classified('The siege brought civilian deaths since March to 400.', '400').category).toBe(
      'deaths',
    );
    expect(classified('The sale brings revenue since May to 40 million.', '40 million').category).toBe(
      'other',
    );
  });

  it('reads people who left a named place amid an attack as displaced, but not one relative', () => {
    const sentence = 'After the shelling, about 40,000 people have left Dravik.';
    expect(classified(sentence, '40,000', 40000).category).toBe('displaced');
    const one = 'After the shelling, at least one relative had left Dravik.';
    expect(classified(one, 'one', 1).category).toBe('other');
  });

  it('reads homes destroyed by a wildfire fought from the air as no strike', () => {
    const sentence = 'Firefighters and 14 water-bombing aircraft fought the blaze, which destroyed 23 homes.';
    expect(classified(sentence, '23').category).toBe('other');
  });

  it('reads fighters with a designation as warplanes wherever they are', () => {
    expect(classified('It moved 12 F-16 fighters to a base.', '12').category).toBe('military_assets');
  });
});

describe('classify: survivors, militia members, attacks repeated and weight in pounds', () => {
  it('does not count survivors after a verb of killing as dead', () => {
    const sentence = 'Two people were killed and 12 survivors were pulled from the water.';
    expect(classified(sentence, '12').category).toBe('other');
    expect(classified('A second strike killed 2 survivors.', '2').category).toBe('deaths');
  });

  it('keeps the noun after "of them", and reads a pronoun alone as the whole', () => {
    expect(classified('The navy stopped 64 ships, nine of them tankers.', 'nine').unit).toBe('tankers');
    expect(classified('About 5,000 of them serve aboard warships.', '5,000').unit).toBeNull();
  });

  it('reads members of a militia as troops', () => {
    const sentence = 'It has mobilised more than 4 million members of its civilian militia.';
    expect(classified(sentence, '4 million').category).toBe('troops');
    expect(classified('The club has 400 members of staff.', '400').category).toBe('other');
  });

  it('reads the members a force has as troops, and a union’s as other', () => {
    expect(classified('The reserve, its commander says, has 90,000 members.', '90,000').category).toBe(
      'troops',
    );
    expect(classified('The union, its leader says, has 90,000 members.', '90,000').category).toBe('other');
  });

  it('counts a nation’s people trying to cross or land as displaced, and runners trying to reach a line as other', () => {
    const land = 'The coastguard intercepted 43 Venezuelans trying to land near Cedros.';
    expect(classified(land, '43').category).toBe('displaced');
    expect(classified('Police stopped 300 Hondurans attempting to cross the river.', '300').category).toBe(
      'displaced',
    );
    expect(classified('Marshals held back 300 runners trying to reach the line.', '300').category).toBe(
      'other',
    );
  });

  it('counts a nation’s people flown or sent home as displaced, and pupils or passengers as other', () => {
    const home = 'The government flew 112 Venezuelans home from detention.';
    expect(classified(home, '112').category).toBe('displaced');
    expect(classified('The school sent 300 pupils home early.', '300').category).toBe('other');
    expect(classified('The airline flew 300 passengers home from Spain.', '300').category).toBe('other');
  });

  it('counts a part of the dead named by "killed" as deaths, and of people hired as other', () => {
    expect(classified('Seven of the nine killed were fishermen.', 'Seven').category).toBe('deaths');
    expect(classified('Five of the 30 killed were children.', 'Five').category).toBe('deaths');
    expect(classified('Four of the 20 hired were women.', 'Four').category).toBe('other');
    expect(classified('Two of the nine boats sank.', 'Two').unit).toBe('boats');
  });

  it('counts dead animals as other, and dead people as deaths', () => {
    expect(classified('Wardens counted 1,100 dead fish in the river.', '1,100').category).toBe('other');
    expect(classified('The storm left 40 dead sheep.', '40').category).toBe('other');
    expect(classified('The storm left 40 dead in the valley.', '40').category).toBe('deaths');
  });

  it('reads militia members, a force’s registered members and combatants as troops', () => {
    expect(classified('Officials say 90,000 militia members reported for drills.', '90,000').category).toBe(
      'troops',
    );
    expect(classified('The reserve has 90,000 registered members.', '90,000').category).toBe('troops');
    expect(classified('The rebels field some 9,000 combatants.', '9,000').category).toBe('troops');
    expect(classified('The club has 90,000 registered members.', '90,000').category).toBe('other');
    expect(classified('Officials say 900 union members reported for duty.', '900').category).toBe('other');
  });

  it('reads the people of a nation that a country hosts as displaced, and fans a stadium hosts as other', () => {
    const hosts = 'Ecuador now hosts about 480,000 Venezuelans.';
    expect(classified(hosts, '480,000', 2, null, 'about 480,000').category).toBe('displaced');
    expect(classified('The ground hosted 40,000 fans.', '40,000').category).toBe('other');
  });

  it('reads the people a deportation flight carries as displaced, and an airline’s passengers as other', () => {
    const returned = 'Two deportation flights landed in Lagos, returning 310 Nigerians.';
    expect(classified(returned, '310').category).toBe('displaced');
    const carried = (preceding: string) => {
      const sentence = 'The plane landed on Friday with 96 passengers.';
      const start = sentence.indexOf('96');
      const context = new SentenceContext(sentence, [{ start, end: start + 2 }], preceding);
      return classify(context, { start, end: start + 2, value: 96, unit: null }, start).category;
    };
    expect(carried('The government has stepped up deportations this year. ')).toBe('displaced');
    expect(carried('The airline added a route to Porto this year. ')).toBe('other');
  });

  it('counts the times a place came under attack as strikes, but not criticism', () => {
    expect(classified('The city has come under attack four times this week.', 'four').category).toBe(
      'strikes',
    );
    expect(classified('The coach came under fire three times this week.', 'three').category).toBe('other');
  });

  it('reads pounds a person lost as weight, and large sums as money', () => {
    expect(classified('He lost 30 pounds in prison.', '30 pounds', 30, 'GBP').category).toBe('other');
    const club = 'The club lost 30 million pounds.';
    expect(classified(club, '30 million pounds', 3e7, 'GBP').category).toBe('money');
  });
});

describe('classify: running totals of wire copy', () => {
  it('reads "since Nov. 1" as a running total', () => {
    const sentence = 'About 2,200 Marines have been sent to bases since Nov. 1.';
    expect(classified(sentence, '2,200').cumulative).toBe(true);
  });

  it('does not make a total of a fleet as it stands, opened by "In all"', () => {
    const sentence = 'In all, 12 warships are in the Caribbean.';
    expect(classified(sentence, '12').cumulative).toBe(false);
    expect(classified('In all, 12 homes were searched.', '12').cumulative).toBe(true);
  });

  it('binds a trailing "since" to counts joined by "and"', () => {
    const sentence = 'It has added 14 companies and more than 40 vessels to its list since October.';
    expect(classifiedAmong(sentence, ['14', '40'])('14').cumulative).toBe(true);
  });

  it('does not make a day’s count over the past 24 hours a running total', () => {
    expect(classified('Over the past 24 hours 41 people died.', '41').cumulative).toBe(false);
  });
});

describe('classify: a poll’s change, hostages and practice fire', () => {
  function inContext(sentence: string, number: string, preceding: string, unit: string | null = null) {
    const start = sentence.indexOf(number);
    const end = start + number.length;
    const context = new SentenceContext(sentence, [{ start, end }], preceding);
    return classify(context, { start, end, value: 9, unit }, start);
  }
  const poll = 'A survey found that 61% of voters expect an early election. ';

  it('carries a poll into a sentence of its change, which is no running total', () => {
    const read = inContext('That is up nine points since November.', 'nine', poll);
    expect(read).toMatchObject({ category: 'poll', cumulative: false });
    expect(inContext('That is 52% of those who said so.', '52%', poll, 'percent').category).toBe('poll');
  });

  it('reads people held hostage as captives, not a force', () => {
    const sentence = 'The Front now holds 40 soldiers and civilians hostage.';
    expect(classified(sentence, '40').category).toBe('other');
  });

  it('reads missiles fired at target drones as practice, not strikes', () => {
    const sentence = 'Crews fired 14 missiles at towed target drones over the sea.';
    expect(classified(sentence, '14').category).toBe('other');
    expect(classified('Crews fired 14 missiles at the port.', '14').category).toBe('strikes');
  });
});

describe('classify: wholes of a harmed part, jobs lost and currencies', () => {
  it('does not count the whole a part was killed from as dead', () => {
    const at = classifiedAmong('The strike killed four of the six men aboard.', ['four', 'six']);
    expect(at('four').category).toBe('deaths');
    expect(at('six').category).toBe('other');
  });

  it('reads jobs lost as no deaths', () => {
    const sentence = 'Factories shed 14,000 jobs and construction lost 6,500.';
    expect(classified(sentence, '6,500').category).toBe('other');
    expect(classified('The rebels lost 40 in the assault.', '40').category).toBe('deaths');
  });

  it('does not carry a poll into a currency set against the dollar', () => {
    const start = 'The peso has lost 40% against the dollar.';
    const context = new SentenceContext(
      start,
      [{ start: 18, end: 21 }],
      'A survey of voters found 61% back the plan. ',
    );
    expect(classify(context, { start: 18, end: 21, value: 40, unit: 'percent' }, 18).category).toBe('other');
  });
});

describe('classify: abbreviations inside a sentence, and named warships', () => {
  it('reads a toll across an abbreviation’s full stops', () => {
    const sentence = 'The death toll from U.S. strikes on boats has climbed to at least 83.';
    expect(classified(sentence, 'at least 83', 83, null, 'at least 83')).toMatchObject({
      category: 'deaths',
      cumulative: true,
    });
  });

  it('reads the aircraft a named warship carries as military assets', () => {
    const sentence = 'The USS Gerald R. Ford, carrying dozens of aircraft, arrived on Sunday.';
    expect(classified(sentence, 'dozens', 12).category).toBe('military_assets');
  });
});

describe('classify: breaches, diseases named after people, model names and forces joined', () => {
  it('reads breaches of a ceasefire as strikes', () => {
    expect(classified('Each side reported 4 breaches of the ceasefire.', '4').category).toBe('strikes');
  });

  it('reads weapons named by their model as military assets', () => {
    expect(classified('“We have 5,000 Igla-S missiles in position,” he said.', '5,000').category).toBe(
      'military_assets',
    );
  });

  it('reads people who joined a force as troops', () => {
    expect(classified('It says 4.5 million have joined its militia.', '4.5 million').category).toBe('troops');
    expect(classified('It says 4,000 have joined the club.', '4,000').category).toBe('other');
  });

  it('reads people named by their noun who signed up for a force as troops', () => {
    const sentence = 'Officials say 900,000 citizens have signed up for the militia.';
    expect(classified(sentence, '900,000').category).toBe('troops');
    expect(
      classified('Officials say 900,000 citizens have signed up for the scheme.', '900,000').category,
    ).toBe('other');
  });
});

describe('classify: players lost to injury', () => {
  it('reads players lost to injury as injured, and soldiers lost in an assault as dead', () => {
    expect(classified('The side lost two forwards to injury.', 'two').category).toBe('injuries');
    expect(classified('The army lost 40 soldiers in the assault.', '40').category).toBe('deaths');
  });
});

describe('classify: the dead counted as things stand', () => {
  it('reads the dead "now" as a toll, and the dead of a day as no running total', () => {
    expect(classified('Twelve now dead after coach overturns', 'Twelve').cumulative).toBe(true);
    expect(classified('Four people died on Monday.', 'Four').cumulative).toBe(false);
  });
});

describe('classify: a verb shared past "and" with a longer first object', () => {
  it('reads the verb of an object joined by "and" beyond the usual four words', () => {
    expect(classified('The raid destroyed a fuel depot and two bridges.', 'two').category).toBe('strikes');
    expect(classified('Rockets hit an old grain silo or two warehouses.', 'two').category).toBe('strikes');
  });

  it('reads no verb that far back without "and" or "or"', () => {
    expect(classified('The raid destroyed a fuel depot with two bridges.', 'two').category).toBe('other');
  });
});

describe('classify: people carried off hurt', () => {
  it('reads people carried or stretchered off as injured', () => {
    expect(classified('Two forwards were carried off before the break.', 'Two').category).toBe('injuries');
    expect(classified('Three riders had to be stretchered off after the crash.', 'Three').category).toBe(
      'injuries',
    );
  });

  it('reads no injury from things carried off, or from people who carried something off', () => {
    expect(classified('Looters carried off 40 paintings.', '40').category).toBe('other');
    expect(classified('Two forwards carried off the trophy.', 'Two').category).toBe('other');
  });
});

describe('classify: migrants who arrive, enter or register', () => {
  it('reads new arrivals and entries counted where the text is about refuge as displaced', () => {
    expect(classified('The camp took in 540 new arrivals overnight.', '540').category).toBe('displaced');
    expect(classified('The asylum office counted 2,300 entries last week.', '2,300').category).toBe(
      'displaced',
    );
  });

  it('reads entries with no word of refuge as other', () => {
    expect(classified('The photo contest drew 2,300 entries this year.', '2,300').category).toBe('other');
  });

  it('reads people who arrived where the text is about refuge as displaced', () => {
    expect(classified('Aid workers said 410 families arrived at the camp.', '410').category).toBe(
      'displaced',
    );
  });

  it('reads people registered by a migration office or a transit centre as displaced', () => {
    expect(classified('The immigration office said 95 people registered on Friday.', '95').category).toBe(
      'displaced',
    );
    expect(classified('Volunteers at the transit centre register 600 people a night.', '600').category).toBe(
      'displaced',
    );
  });

  it('does not read armed men who cross a border as displaced', () => {
    expect(classified('Some 300 gunmen crossed the border at dawn.', '300').category).not.toBe('displaced');
  });
});

describe('classify: a state named after a verb of listing', () => {
  it('reads ships and planes listed with troops or warships as military, along the list', () => {
    const among = classifiedAmong('The drill brings 12 ships, 30 aircraft and 4,000 personnel.', [
      '12',
      '30',
      '4,000',
    ]);
    expect(among('12').category).toBe('military_assets');
    expect(among('30').category).toBe('military_assets');
    const port = classifiedAmong('The port took 12 ships, 30 trucks and 400 containers.', [
      '12',
      '30',
      '400',
    ]);
    expect(port('12').category).toBe('other');
  });

  it('reads people arrested after the dead, and arrests beside the hurt, as other', () => {
    const arrested = classifiedAmong('Two died and 80 were arrested.', ['Two', '80']);
    expect(arrested('80').category).toBe('other');
    const arrests = classifiedAmong('There were 80 arrests and 12 officers hurt.', ['80', '12']);
    expect(arrests('80').category).toBe('other');
    expect(arrests('12').category).toBe('injuries');
  });

  it('reads soldiers listed as missing as no force in the field', () => {
    expect(classified('Some 40 sailors are listed as missing after the storm.', '40').category).toBe('other');
  });

  it('reads people reported as killed as dead', () => {
    expect(classified('Twelve people were reported as killed in the raid.', 'Twelve').category).toBe(
      'deaths',
    );
  });
});

describe('classify: a part of the wounded', () => {
  it('reads the wounded who died as dead', () => {
    expect(classified('Overnight, four of the wounded died in hospital.', 'four').category).toBe('deaths');
  });

  it('reads the wounded said to be in a serious condition as injured', () => {
    const sentence = 'Medics said 12 of the injured remain in a critical condition.';
    expect(classified(sentence, '12').category).toBe('injuries');
  });
});

describe('classify: people told with their injuries', () => {
  it('reads people with burns or injuries as injured', () => {
    expect(classified('Rescuers found 14 people, three of them with severe burns.', 'three').category).toBe(
      'injuries',
    );
    expect(classified('Five climbers with minor injuries were flown out.', 'Five').category).toBe('injuries');
  });
});

describe('classify: what a place could hold', () => {
  it('reads the people a shelter would hold as its size, not as displaced', () => {
    expect(classified('The new camp would hold 500 people.', '500').category).toBe('other');
  });

  it('reads the people a camp holds as displaced', () => {
    expect(classified('The camp now holds 500 people.', '500').category).toBe('displaced');
  });
});

describe('classify: people who fled with no place named, or were driven into camps', () => {
  it('reads people who have left since an attack as displaced', () => {
    const sentence = 'After the shelling, some 9,000 people have left since the truce collapsed.';
    expect(classified(sentence, '9,000', 9000).category).toBe('displaced');
  });

  it('reads people driven into camps or into hiding as displaced', () => {
    const camps = 'The offensive drove 30,000 people into makeshift camps.';
    expect(classified(camps, '30,000', 30000).category).toBe('displaced');
    expect(classified('The raids forced 900 villagers into hiding.', '900', 900).category).toBe('displaced');
  });
});

describe('classify: people born in another nation', () => {
  it('reads residents born abroad or in a nation named by its demonym as migrants', () => {
    expect(classified('The city now counts 5,200 Syrian-born residents.', '5,200').category).toBe(
      'displaced',
    );
    expect(classified('Some 800 foreign-born workers live in the town.', '800').category).toBe('displaced');
  });

  it('does not read people born in a named city as migrants', () => {
    expect(classified('The club fielded 11 London-born players.', '11').category).toBe('other');
  });
});

describe('classify: aircraft that fight fires', () => {
  it('reads firefighting aircraft as civilian, though the army is in the sentence', () => {
    const sentence = 'Crews, army engineers and 12 firefighting helicopters fought the blaze.';
    expect(classified(sentence, '12').category).toBe('other');
    expect(classified('The army sent 9 water-bombing planes.', '9').category).toBe('other');
  });
});
