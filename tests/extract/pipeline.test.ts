import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../api/extract/index.ts';

const published = '2024-05-15';

describe('extractFigures', () => {
  it('returns nothing for empty text or text without figures', () => {
    expect(extractFigures('', { published })).toEqual([]);
    expect(extractFigures('No numbers here at all.', { published })).toEqual([]);
  });

  it('carries a poll named in one paragraph to the shares in the next', () => {
    const text =
      'A survey of voters for the Daily Ledger gave the Centre a clear lead.\n\n' +
      'The Farmers Party is second on 21%, and the Greens have 9%.';
    const shares = extractFigures(text, { published }).filter((f) => f.unit === 'percent');
    expect(shares.map((f) => f.category)).toEqual(['poll', 'poll']);
  });

  it('counts a part of the targets struck, introduced by "including", as strikes, but not a span of time', () => {
    const text = 'Jets hit 22 targets on Monday, including four radar sites.';
    const [, part] = extractFigures(text, { published });
    expect(part).toMatchObject({ text: 'four', category: 'strikes' });
    const timed = 'Jets hit 22 targets on Monday, including six hours of raids.';
    expect(extractFigures(timed, { published })[1]).toMatchObject({ text: 'six', category: 'other' });
  });

  it('dates the rows of a table by a heading with a comma and its year before its brackets', () => {
    const text =
      'Crossings by port, March 2024 (change on February)\nDover: 4,210 (+3%)\nHull: 1,980 (-2%)\n';
    const figures = extractFigures(text, { published });
    expect(figures.map((f) => [f.text, f.date])).toEqual([
      ['4,210', '2024-03'],
      ['3%', '2024-03'],
      ['1,980', '2024-03'],
      ['-2%', '2024-03'],
    ]);
    // A labelled line that ends with a name in brackets leads in to nothing.
    const named = 'On Friday the fleet sailed.\n\nFlagship: the carrier Northern Star (CV-7)\nFrigates: 4\n';
    expect(extractFigures(named, { published }).map((f) => f.date)).toEqual([null]);
  });

  it('counts what the first cell of a table drawn with bars names, in every cell of its row', () => {
    const text = 'Navies compared.\n\nShips | Blue | Red\nFrigates | 11 | 6\nCrew | 4,000 | 2,500\n';
    const figures = extractFigures(text, { published });
    expect(figures.map((f) => [f.text, f.category])).toEqual([
      ['11', 'military_assets'],
      ['6', 'military_assets'],
      ['4,000', 'other'],
      ['2,500', 'other'],
    ]);
    const prices = 'Fruit | Monday | Friday\nApples | 11 | 6\n';
    expect(extractFigures(prices, { published }).map((f) => f.category)).toEqual(['other', 'other']);
  });

  it('dates a table’s rows by the first date of a heading that notes what its brackets give', () => {
    const text =
      'Prices rose.\n\nAnnual rate by category, April 2024 (March in brackets)\nBread 4.8% (4.5%)\n';
    expect(extractFigures(text, { published }).map((f) => [f.text, f.date])).toEqual([
      ['4.8%', '2024-04'],
      ['4.5%', '2024-03'],
    ]);
    const quarters =
      'Key figures (quarter to 31 March, with the quarter to 31 December in brackets)\nExports: 6% (11%)\n';
    expect(extractFigures(quarters, { published }).map((f) => [f.text, f.date])).toEqual([
      ['6%', '2024-03-31'],
      ['11%', '2023-12-31'],
    ]);
  });

  it('counts what a table’s heading names for rows named by their day', () => {
    const text = 'Storm report.\n\nDeaths by day:\nMon 4 March: 4\nTue 5 March: 2\n';
    expect(extractFigures(text, { published }).map((f) => [f.text, f.category, f.date])).toEqual([
      ['4', 'deaths', '2024-03-04'],
      ['2', 'deaths', '2024-03-05'],
    ]);
  });

  it('counts what a table’s heading names for rows named by a place', () => {
    const text = 'Deaths by province (to 12 May):\nNorth: 14\nSouth: 9\n\nSeats by party:\nReds: 211\n';
    const figures = extractFigures(text, { published });
    expect(figures.map((f) => [f.text, f.category])).toEqual([
      ['14', 'deaths'],
      ['9', 'deaths'],
      ['211', 'other'],
    ]);
  });

  it('counts a part of the dead named by their work as deaths, and things among homes as other', () => {
    const dead = 'The flood killed 23 people, among them four dockworkers, and 9 hauliers died later.';
    expect(extractFigures(dead, { published }).map((f) => f.category)).toEqual([
      'deaths',
      'deaths',
      'deaths',
    ]);
    const things = 'The flood wrecked 12 homes, among them 3 workshops.';
    expect(extractFigures(things, { published }).map((f) => f.category)).toEqual(['other', 'other']);
  });

  it('counts a part of troops, picked out by "of whom", as troops', () => {
    const text = 'The reserve has 90,000 registered members, of whom 12,000 are in training.';
    expect(extractFigures(text, { published }).map((f) => f.category)).toEqual(['troops', 'troops']);
    const club = 'The club has 9,000 members, of whom 1,200 are in training.';
    expect(extractFigures(club, { published }).map((f) => f.category)).toEqual(['other', 'other']);
  });

  it('dates the lines of a list or a fact box by the line that leads in to it', () => {
    const text =
      'Key figures, 12 weeks to 2 May:\n- Group sales: £3.1bn, up 5%\n- Online sales: £41m\n\n' +
      'Fleet now in the region:\n- 5 destroyers\n- 1 attack submarine\n\n' +
      'The tally for Sunday’s attack:\n\nDeaths: 14\nWounded: 52 (9 critically)\nInjured: 6, 2 of them firefighters';
    const figures = extractFigures(text, { published });
    const at = (t: string) => figures.find((f) => f.text === t);
    expect(at('£3.1bn')?.date).toBe('2024-05-02');
    expect(at('£41m')?.date).toBe('2024-05-02');
    expect(at('5')?.date).toBe(published);
    expect(at('1')).toMatchObject({ date: published, category: 'military_assets' });
    expect(at('14')).toMatchObject({ date: '2024-05-12', category: 'deaths' });
    expect(at('9')).toMatchObject({ date: '2024-05-12', category: 'injuries' });
    expect(at('2')).toMatchObject({ category: 'injuries' });
  });

  it('reads "Some 5,000 of them" opening a sentence as part of the people the sentence before counted', () => {
    const text =
      'The build-up has brought 15,000 troops to the region. Some 5,000 of them serve aboard ships.';
    expect(extractFigures(text, { published })[1]).toMatchObject({ text: 'Some 5,000', category: 'troops' });
    const inside =
      'Medics treated 40 wounded. The freed included men of a brigade, four of whom had been held for years.';
    expect(extractFigures(inside, { published })[1]).toMatchObject({ text: 'four', category: 'other' });
  });

  it('makes the dead of a running total’s result clause a running total, dated when the campaign began no more', () => {
    const text = 'Navy jets have now sunk 20 boats, killing 80 people, in strikes that began in early March.';
    const [boats, dead] = extractFigures(text, { published });
    expect(boats).toMatchObject({ cumulative: true, date: published });
    expect(dead).toMatchObject({ category: 'deaths', cumulative: true, date: published });
    const single = 'A strike on Monday hit a boat, killing 3 people.';
    expect(extractFigures(single, { published })[0]).toMatchObject({ cumulative: false, date: '2024-05-13' });
  });

  it('does not carry the dead over "and" to a figure with a verb of its own', () => {
    const text = 'The storm killed 32 people and left 500,000 without power.';
    expect(extractFigures(text, { published })[1]).toMatchObject({ category: 'other' });
    const more = 'The storm killed 32 people in the hills and 14 in the town.';
    expect(extractFigures(more, { published })[1]).toMatchObject({ category: 'deaths' });
  });

  it('makes a part named after "including" of a running total a running total too', () => {
    const text = 'The ministry has confirmed 412 cases since the outbreak began, including 17 deaths.';
    expect(extractFigures(text, { published })[1]).toMatchObject({ category: 'deaths', cumulative: true });
  });

  it('does not date a running total opened in its own clause by the day of the clause before', () => {
    const text =
      'The heat reached 44C on Sunday, and at least 11 deaths have been linked to it since Friday.';
    const [heat, deaths] = extractFigures(text, { published });
    expect(heat.date).toBe('2024-05-12');
    expect(deaths).toMatchObject({ cumulative: true, date: published });
    const said =
      'The Treasury said on Monday it had frozen $1bn more, bringing the total since 2019 to $7bn.';
    expect(extractFigures(said, { published })[1].date).toBe('2024-05-13');
  });

  it('reads evacuees staying in halls as displaced, not as the figure before', () => {
    const text =
      'Officials evacuated 12,000 people from 23 villages, and some 3,100 are staying in sports halls.';
    expect(extractFigures(text, { published })[2]).toMatchObject({ category: 'displaced', unit: 'people' });
  });

  it('does not read a disease named after a people as troops', () => {
    const text = "The number of confirmed cases of Legionnaires' disease in the city rose to 64.";
    expect(extractFigures(text, { published })[0]).toMatchObject({ category: 'other' });
  });

  it('reads what had been done by a day as a running total dated that day, and a deadline ahead as neither', () => {
    const done = 'A fund had raised more than £64,000 by Monday evening.';
    expect(extractFigures(done, { published })[0]).toMatchObject({ cumulative: true, date: '2024-05-13' });
    const ahead = 'Officials expect 300 more arrivals by Friday.';
    expect(extractFigures(ahead, { published })[0]).toMatchObject({ cumulative: false, date: null });
  });

  it('carries a poll that opens the story to the shares of its later paragraphs', () => {
    const filler =
      'The ministry declined to comment on the findings, and the opposition called for calm. '.repeat(4);
    const story = `Poll finds voters split on the bridge plan\n\n${filler}\n\nBacking was 12% among pensioners.`;
    expect(extractFigures(story, { published }).at(-1)).toMatchObject({ text: '12%', category: 'poll' });
    const notPoll = `Bridge plan split the council\n\n${filler}\n\nBacking was 12% among pensioners.`;
    expect(extractFigures(notPoll, { published }).at(-1)).toMatchObject({ text: '12%', category: 'other' });
  });

  it('counts soldiers among the dead as deaths', () => {
    const text = 'Officials said 11 people were killed in the raids, seven of them soldiers.';
    const [, part] = extractFigures(text, { published });
    expect(part).toMatchObject({ text: 'seven', category: 'deaths', unit: 'people' });
  });

  it('counts a bare number introduced by "including" as part of the deaths before it', () => {
    const text = 'Monitors have counted 240 civilian deaths since May, including 31 this week.';
    const [, part] = extractFigures(text, { published });
    expect(part).toMatchObject({ text: '31', category: 'deaths' });
  });

  it('gives a change told with "up" or "down" the unit of the change before it', () => {
    const text = 'The Greens are up four points and the Liberals down two.';
    const [, second] = extractFigures(text, { published });
    expect(second).toMatchObject({ text: 'two', unit: 'points' });
  });

  it('does not count the missing with the dead', () => {
    const text = 'At least nine people died and four are missing after the landslide.';
    const [, missing] = extractFigures(text, { published });
    expect(missing).toMatchObject({ text: 'four', category: 'other' });
  });

  it('gives a measure written with its number that measure as unit, not the noun of a figure before', () => {
    const text = 'The gale cut power to 8,000 homes and dropped 95mm of rain, as it reached 41C inland.';
    const units = extractFigures(text, { published }).map((f) => [f.text, f.unit]);
    expect(units).toEqual([
      ['8,000', 'homes'],
      ['95mm', 'mm'],
      ['41C', 'celsius'],
    ]);
  });

  it('fills every field of a figure', () => {
    const text = 'Floods\nOn 2 May, at least 14 people died in the floods.';
    const [figure] = extractFigures(text, { published });
    expect(figure).toEqual({
      start: text.indexOf('at least'),
      end: text.indexOf(' people'),
      text: 'at least 14',
      value: 14,
      valueMax: null,
      qualifier: 'at_least',
      unit: 'people',
      category: 'deaths',
      date: '2024-05-02',
      datePrecision: 'day',
      cumulative: false,
      sentence: 'On 2 May, at least 14 people died in the floods.',
    });
  });

  it('keeps the text equal to the span it names', () => {
    const text = 'About 300 troops and nearly 40 tanks moved in; $2m was pledged.';
    for (const figure of extractFigures(text, { published })) {
      expect(text.slice(figure.start, figure.end)).toBe(figure.text);
    }
  });

  it('reads each figure of a sentence on its own', () => {
    const text = 'The attack killed 6 people and wounded 21 others.';
    expect(extractFigures(text, { published }).map((f) => [f.value, f.category])).toEqual([
      [6, 'deaths'],
      [21, 'injuries'],
    ]);
  });

  it('leaves out years, ages and designations', () => {
    const text = 'In 2019 a pilot, aged 41, flew an F-16 over 3 villages.';
    expect(extractFigures(text, { published }).map((f) => f.value)).toEqual([3]);
  });

  it('leaves out "one" used as a pronoun', () => {
    expect(extractFigures('One of the bakers said the oven was fine.', { published })).toEqual([]);
  });

  it('keeps "one" where it counts a casualty', () => {
    const [figure] = extractFigures('One person was killed in the blast.', { published });
    expect(figure).toMatchObject({ value: 1, category: 'deaths' });
  });

  it('dates a standing deployment at publication', () => {
    const [figure] = extractFigures('Some 2,000 troops have been deployed to the border.', { published });
    expect(figure).toMatchObject({ qualifier: 'approximately', category: 'troops', date: published });
  });

  it('marks and dates a running total', () => {
    const [figure] = extractFigures('Since January, the militia has killed 230 civilians.', { published });
    expect(figure).toMatchObject({ value: 230, category: 'deaths', cumulative: true, date: published });
  });

  it('lets an elliptical figure count what the figure before it counts', () => {
    const text = 'The garrison now holds 4,000 troops, up from about 2,500 in March.';
    const figures = extractFigures(text, { published });
    expect(figures.map((f) => [f.value, f.category, f.date])).toEqual([
      [4000, 'troops', published],
      [2500, 'troops', '2024-03'],
    ]);
  });

  it("makes running totals of a month's count handled and of the count it is compared with", () => {
    const text = 'The port handled 48,900 containers in January, down from 52,100 in December.';
    expect(extractFigures(text, { published }).map((f) => [f.value, f.unit, f.cumulative])).toEqual([
      [48900, 'containers', true],
      [52100, 'containers', true],
    ]);
  });

  it('does not let an elided figure count the length of a period that frames the sentence', () => {
    const text = 'The mill sold 40,000 tonnes in the six months to June, up from 31,000 a year before.';
    expect(extractFigures(text, { published }).map((f) => [f.value, f.unit])).toEqual([
      [40000, 'tonnes'],
      [6, 'months'],
      [31000, 'tonnes'],
    ]);
    // A length of time told as the figure itself is one that the next figure may go on with.
    const siege = 'The blockade lasted 40 days, up from 30 in the last war.';
    expect(extractFigures(siege, { published })[1]).toMatchObject({ value: 30, unit: 'days' });
  });

  it('gives a conversion in brackets the qualifier and the date of the sum it converts', () => {
    const text = 'On Monday the insurer paid out an estimated $40m (£31m) in claims.';
    expect(extractFigures(text, { published }).map((f) => [f.text, f.qualifier, f.date])).toEqual([
      ['an estimated $40m', 'approximately', '2024-05-13'],
      ['£31m', 'approximately', '2024-05-13'],
    ]);
    // A share beside a sum is no conversion of it.
    const share = 'Sales rose 5% ($20m) on Monday.';
    expect(extractFigures(share, { published })[1]).toMatchObject({ text: '$20m', qualifier: 'exact' });
  });

  it('lets a figure told as a level before count what the figure before it counts', () => {
    const text = 'About 3,000 troops remain in the zone, down from a peak of 9,000 in the spring.';
    expect(extractFigures(text, { published }).map((f) => [f.value, f.unit, f.category])).toEqual([
      [3000, 'troops', 'troops'],
      [9000, 'troops', 'troops'],
    ]);
    // A group of which a figure is the size counts itself: "a crew of 24".
    const crew = 'The raid seized two cargo ships, and a crew of 24 was held.';
    expect(extractFigures(crew, { published })[1]).toMatchObject({ value: 24, category: 'other' });
  });

  it('lets a figure compared with an earlier one of its unit count what that one counts, over a like period', () => {
    const text =
      'This month the rebels have launched 640 drones and 31 missiles at the port, against 410 drones and 12 missiles in May.';
    expect(extractFigures(text, { published }).map((f) => [f.value, f.category, f.cumulative])).toEqual([
      [640, 'strikes', true],
      [31, 'strikes', true],
      [410, 'strikes', true],
      [12, 'strikes', true],
    ]);
    const elided = 'The militia has killed 212 villagers since June, up from 150 a month earlier.';
    expect(extractFigures(elided, { published })[1]).toMatchObject({ value: 150, cumulative: true });
  });

  it('does not take "from" after a count of games for a comparison', () => {
    const text = 'The draw leaves Rovers on 38 points from 19 games, three points off the top.';
    expect(extractFigures(text, { published }).map((f) => [f.value, f.cumulative])).toEqual([
      [38, true],
      [19, true],
      [3, false],
    ]);
  });

  it('does not let a figure of another clause take over the count before it', () => {
    const text = 'Seats cost £30, and the hall holds 900.';
    const figures = extractFigures(text, { published });
    expect(figures.map((f) => [f.value, f.category])).toEqual([
      [30, 'money'],
      [900, 'other'],
    ]);
  });

  it('lets "of them" pick out part of the count before it', () => {
    const text = 'The floods displaced 5,000 people and 800 of them are in camps.';
    expect(extractFigures(text, { published }).map((f) => f.category)).toEqual(['displaced', 'displaced']);
  });

  it('counts a ship or plane listed beside a military asset as a military asset', () => {
    const text = 'The buyer received 20 tanks and 5 patrol boats.';
    expect(extractFigures(text, { published }).map((f) => f.category)).toEqual([
      'military_assets',
      'military_assets',
    ]);
    const reversed = 'The yard handed over 5 patrol boats and 20 tanks.';
    expect(extractFigures(reversed, { published }).map((f) => f.category)).toEqual([
      'military_assets',
      'military_assets',
    ]);
  });

  it('never counts merchant or other civilian ships as military assets', () => {
    const text = 'Navy frigates escort up to 40 merchant vessels a day.';
    expect(extractFigures(text, { published }).map((f) => f.category)).toEqual(['other']);
  });

  it('lets a change told without a unit count what the change before it counts', () => {
    const text = 'In the survey the Greens fell by 5 points, while the Liberals gained 2.';
    expect(extractFigures(text, { published }).map((f) => [f.value, f.unit, f.category])).toEqual([
      [5, 'points', 'poll'],
      [2, 'points', 'poll'],
    ]);
  });

  it('reads a share that an option stands on, after a survey, as a poll figure', () => {
    const text = 'In the survey, 41% of voters chose taxes. Housing came next, with crime on 17%.';
    expect(extractFigures(text, { published }).map((f) => f.category)).toEqual(['poll', 'poll']);
  });

  it('lets "of which" pick out part of the count before it', () => {
    const text = 'Raiders fired 40 rockets at the town, of which 31 were shot down.';
    expect(extractFigures(text, { published }).map((f) => [f.value, f.category])).toEqual([
      [40, 'strikes'],
      [31, 'strikes'],
    ]);
  });

  it('counts a part told after the whole, "three of them children", as the whole counts', () => {
    const text = 'A bus overturned on Monday, and 14 people, five of them pupils, were hurt.';
    expect(extractFigures(text, { published }).map((f) => [f.text, f.category])).toEqual([
      ['14', 'injuries'],
      ['five', 'injuries'],
    ]);
    // "of those arrested" names a group of its own.
    const other = 'Two guards were hurt in the riot, and nine of those arrested were freed.';
    expect(extractFigures(other, { published })[1]).toMatchObject({ text: 'nine', category: 'other' });
  });

  it('makes a part of a running total, "12 of them by drones", a running total too', () => {
    const text = 'Monitors have logged 57 attacks on the town since March, 12 of them by drones.';
    expect(extractFigures(text, { published }).map((f) => [f.text, f.cumulative])).toEqual([
      ['57', true],
      ['12', true],
    ]);
  });

  it('counts projectiles sent across a line under fire, and the part of them "of which" shot down, as strikes', () => {
    const text = 'Gunners fired 90 shells and sent 40 drones over the river, 31 of which were jammed.';
    expect(extractFigures(text, { published }).map((f) => [f.value, f.category])).toEqual([
      [90, 'strikes'],
      [40, 'strikes'],
      [31, 'strikes'],
    ]);
    const show = 'The festival sent 40 drones over the river for its closing show.';
    expect(extractFigures(show, { published }).map((f) => f.category)).toEqual(['other']);
  });

  it('counts military assets among the targets struck as strikes', () => {
    const text = 'Its drones struck 9 targets, among them three tanks and a depot.';
    expect(extractFigures(text, { published }).map((f) => [f.value, f.category])).toEqual([
      [9, 'strikes'],
      [3, 'strikes'],
    ]);
  });

  it('does not let "of them" pick a part out of a sum of money', () => {
    const text = 'Each kiosk took under $9,000 a week, and only 12 of them made a profit.';
    expect(extractFigures(text, { published }).map((f) => [f.value, f.category])).toEqual([
      [9000, 'money'],
      [12, 'other'],
    ]);
  });

  it('counts a part of the people killed, "including 5 children", as deaths', () => {
    const text = 'The blast killed 20 people, including 5 children.';
    expect(extractFigures(text, { published }).map((f) => f.category)).toEqual(['deaths', 'deaths']);
  });

  it('reads a sports score as other figures', () => {
    const figures = extractFigures('The visitors scored 3 goals in the first half.', { published });
    expect(figures.map((f) => f.category)).toEqual(['other']);
  });

  it('reads retail sales figures as money and other', () => {
    const text = 'Retail sales rose 2.5% to $41bn in April, the agency said.';
    const figures = extractFigures(text, { published });
    expect(figures.map((f) => [f.value, f.category])).toEqual([
      [2.5, 'other'],
      [41e9, 'money'],
    ]);
  });

  it('works without a publication date, giving no dates', () => {
    const [figure] = extractFigures('On 2 May, 14 people died.', {});
    expect(figure).toMatchObject({ value: 14, date: null, datePrecision: null });
  });
});

describe('a part of a running total', () => {
  it('shares the total when it counts, not when it is a share of it', () => {
    const counted = extractFigures('Rebels have staged 57 attacks since December, 12 of them with drones.', {
      published,
    });
    expect(counted.map((f) => [f.text, f.cumulative])).toEqual([
      ['57', true],
      ['12', true],
    ]);
    const share = extractFigures('Rebels have staged 57 attacks since December, 60% of them with drones.', {
      published,
    });
    expect(share.map((f) => [f.text, f.cumulative])).toEqual([
      ['57', true],
      ['60%', false],
    ]);
  });
});

describe('a figure that takes over what the figure before it counts', () => {
  it('is asked whether it is a running total as a count of those things', () => {
    const figures = extractFigures('The chain opened 14 stores and closed nine in the half.', { published });
    expect(figures.map((f) => [f.text, f.unit, f.cumulative])).toEqual([
      ['14', 'stores', true],
      ['nine', 'stores', true],
    ]);
  });
});

describe('the headline', () => {
  const body = '\nThe river burst its banks on Monday, and roads stayed shut.';

  it('dates its figures without a date of their own at publication, as the news of that day', () => {
    const [homes] = extractFigures(`Storm leaves 3,000 homes without power${body}`, { published });
    expect(homes).toMatchObject({ text: '3,000', date: published, datePrecision: 'day' });
  });

  it('is only the first line, and not one ended by a full stop', () => {
    expect(extractFigures(`Storm left 3,000 homes without power.${body}`, { published })[0]).toMatchObject({
      date: null,
    });
    const second = extractFigures(`Weather desk\nStorm leaves 3,000 homes without power${body}`, {
      published,
    });
    expect(second[0]).toMatchObject({ text: '3,000', date: null });
  });
});
