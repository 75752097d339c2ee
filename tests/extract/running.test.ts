import { describe, expect, it } from 'vitest';
import { classify } from '../../api/extract/classify.ts';
import { SentenceContext } from '../../api/extract/context.ts';

/**
 * Whether the number written as `number` (first occurrence) in `sentence` is a running total, with every
 * number of `numbers` a figure of the sentence, as the pipeline has them. `unit` is the number's own unit
 * ("GBP" for a sum written with £).
 */
function isTotal(sentence: string, number: string, numbers = [number], unit: string | null = null): boolean {
  const spans = numbers.map((n) => ({ start: sentence.indexOf(n), end: sentence.indexOf(n) + n.length }));
  const context = new SentenceContext(sentence, spans);
  const { start, end } = spans[numbers.indexOf(number)];
  return classify(context, { start, end, value: 2, unit }, start).cumulative;
}

describe('a trailing period past a count the figure went to', () => {
  it('makes a total of a sum paid to a number of people since a year', () => {
    const sentence = 'The fund has paid £90m to 61 farmers since 2004.';
    expect(isTotal(sentence, '£90m', ['£90m', '61'], 'GBP')).toBe(true);
  });

  it('does not reach past a bare level the figure changed to', () => {
    expect(isTotal('Ticket sales rose from 12 to 40 since Monday.', '12', ['12', '40'])).toBe(false);
  });
});

describe('the cases of an outbreak', () => {
  it('makes a total of cases brought to a figure, but not of a period’s new cases', () => {
    expect(isTotal('Mumps cases climb to 64 in the county', '64')).toBe(true);
    expect(isTotal('Confirmed infections have risen to 64.', '64')).toBe(true);
    expect(isTotal('New cases rose to 64 last week.', '64')).toBe(false);
  });
});

describe('the label of a fact box line', () => {
  it('makes a total of the value of a label that opens its period', () => {
    expect(isTotal('Arrests since May: 41', '41')).toBe(true);
    expect(isTotal('Arrests on Friday: 41', '41')).toBe(false);
  });
});

describe('a change in a sum since a date', () => {
  it('makes no total of a price down or up since then, but one of a sum lost since then', () => {
    expect(isTotal('A loaf is down $0.40 since May.', '$0.40', undefined, 'USD')).toBe(false);
    expect(isTotal('The club has lost £3m since May.', '£3m', undefined, 'GBP')).toBe(true);
  });
});

describe('a count done by a time of day', () => {
  it('makes a total of what was done by a clock time or a part of the day', () => {
    expect(isTotal('Of the 900 who set off, 820 had finished by 2pm.', '820', ['900', '820'])).toBe(true);
    expect(isTotal('Medics treated 64 walkers by mid-afternoon.', '64')).toBe(true);
  });

  it('does not make a total of what must be done by then', () => {
    expect(isTotal('The board must approve 64 plans by 5pm.', '64')).toBe(false);
  });
});

describe('a level held since a date', () => {
  it('makes no total of a price frozen or capped since then', () => {
    const frozen = 'The bus fare has been frozen at £1.75 since 2023.';
    expect(isTotal(frozen, '£1.75', undefined, 'GBP')).toBe(false);
    expect(isTotal('Rents were capped at £900 since May.', '£900', undefined, 'GBP')).toBe(false);
  });

  it('still makes a total of a toll that stood at a figure since a date', () => {
    expect(isTotal('The toll stood at 147 since March.', '147')).toBe(true);
  });
});

describe('a period a figure is compared with', () => {
  it('makes no total of a difference in money', () => {
    expect(isTotal('The weekly shop cost 62p less than last month.', '62p', undefined, 'pence')).toBe(false);
    const quarter = 'Rent income was £3m lower than in the same quarter last year.';
    expect(isTotal(quarter, '£3m', undefined, 'GBP')).toBe(false);
    expect(isTotal('The fund raised £80,000 more than last year.', '£80,000', undefined, 'GBP')).toBe(false);
  });

  it('still makes a total of a sum over the period itself', () => {
    expect(isTotal('The fund raised £80,000 last year.', '£80,000', undefined, 'GBP')).toBe(true);
    const quarter = 'Rent income was £3m in the same quarter last year.';
    expect(isTotal(quarter, '£3m', undefined, 'GBP')).toBe(true);
  });
});

describe('a stretch of time told by its length', () => {
  it('makes a total of the dead over it', () => {
    expect(isTotal('The drought killed 300 people over three weeks.', '300')).toBe(true);
  });

  it('makes a total of a sum taken over it', () => {
    expect(isTotal('The clerk embezzled £40,000 over six years.', '£40,000', undefined, 'GBP')).toBe(true);
  });

  it('makes a total of things counted between two years', () => {
    expect(isTotal('The port shipped 800 crates between 2010 and 2019.', '800')).toBe(true);
  });

  it('does not make a total of a count over hours', () => {
    expect(isTotal('The drought killed 300 people over three hours.', '300')).toBe(false);
  });

  it('does not make a total of a cost planned, though the plan is told in an earlier clause', () => {
    const sentence = 'The council said it would buy 50 buses, at a cost of £9m over four years.';
    expect(isTotal(sentence, '£9m', ['50', '£9m'], 'GBP')).toBe(false);
  });

  it('does not reach a count of another clause', () => {
    const sentence = 'The firm hired 40 drivers after it lost 200 parcels over two weeks.';
    expect(isTotal(sentence, '40', ['40', '200'])).toBe(false);
  });
});

describe('a finished reporting period', () => {
  it('"in the half" is a half-year, over which counts are totals', () => {
    expect(isTotal('The bakery chain opened 12 shops in the half.', '12')).toBe(true);
  });

  it('makes a total of customers served over the festive or holiday period', () => {
    expect(isTotal('The chain served 9 million customers over the festive period.', '9 million')).toBe(true);
    expect(isTotal('The chain served 9 million customers over the holiday period.', '9 million')).toBe(true);
    // A period named by no season is no reporting period: "in the same period" compares.
    expect(isTotal('The chain served 9 million customers in a period of calm.', '9 million')).toBe(false);
  });

  it('"the first half" of a match is no reporting period', () => {
    expect(isTotal('The visitors won 6 corners in the first half.', '6')).toBe(false);
  });

  it('binds counts joined by "and" before it', () => {
    const sentence = 'The chain opened 12 shops and closed five in the quarter.';
    expect(isTotal(sentence, '12', ['12', 'five'])).toBe(true);
  });

  it('does not bind a count of a clause opened before it', () => {
    const sentence = 'The chain opened 12 shops after it closed five in the quarter.';
    expect(isTotal(sentence, '12', ['12', 'five'])).toBe(false);
  });
});

describe('a perfect that tallies', () => {
  it('tallies people pulled to safety', () => {
    expect(isTotal('Volunteers have pulled 70 people from the rubble.', '70')).toBe(true);
  });

  it('tallies a sum raised', () => {
    expect(isTotal('The fund has raised £8m.', '£8m', undefined, 'GBP')).toBe(true);
  });

  it('does not tally a level reached', () => {
    expect(
      isTotal('Ticket sales have recovered to 90% of their old level.', '90%', undefined, 'percent'),
    ).toBe(false);
  });

  it('does not tally the object of a verb joined after it that tallies nothing', () => {
    const sentence = 'The storm has destroyed 300 homes and forced 500 people from their homes.';
    expect(isTotal(sentence, '500', ['300', '500'])).toBe(false);
  });

  it('tallies the object of a verb joined after it that tallies too', () => {
    const sentence = 'The storm has killed 58 people and injured 240.';
    expect(isTotal(sentence, '240', ['58', '240'])).toBe(true);
  });

  it('does not tally, in the passive, a figure with another between it and the perfect', () => {
    const sentence = 'Officials said losses would reach $5m and that 800 claims had been received.';
    const at = (number: string, unit: string | null = null) =>
      isTotal(sentence, number, ['$5m', '800'], unit);
    expect(at('$5m', 'USD')).toBe(false);
    expect(at('800')).toBe(true);
  });
});

describe('a "since" that dates a record', () => {
  it('does not make a total of a result called the best since a year', () => {
    expect(isTotal('The party won 41 seats in what was its best result since 1997.', '41')).toBe(false);
  });

  it('does not make a total of the dead of the deadliest day since an event', () => {
    const sentence = 'Shelling killed 14 people on Sunday in the deadliest day since the truce began.';
    expect(isTotal(sentence, '14')).toBe(false);
  });

  it('does not make a total of a change told as the first since a year', () => {
    expect(isTotal('Exports grew by 300 containers for the first time since 2019.', '300')).toBe(false);
  });

  it('still makes a total where "most" counts the people, not a record', () => {
    expect(isTotal('Most of the 300 villagers have fled since Monday.', '300')).toBe(true);
  });
});

describe('a cue past a short aside', () => {
  const deployment = 'The navy has sent 9 frigates, among them three destroyers, to the strait since June.';

  it('binds the figure before the aside', () => {
    expect(isTotal(deployment, '9', ['9', 'three'])).toBe(true);
  });

  it('binds the figure in the aside', () => {
    expect(isTotal(deployment, 'three', ['9', 'three'])).toBe(true);
  });

  it('binds a sum and its conversion in brackets', () => {
    const sentence = 'The walkout cost the carrier $40m (£31m) in lost fares since it began.';
    expect(isTotal(sentence, '$40m', ['$40m', '£31m'], 'USD')).toBe(true);
    expect(isTotal(sentence, '£31m', ['$40m', '£31m'], 'GBP')).toBe(true);
  });

  it('does not bind a figure in an aside of a phrase that counts nothing', () => {
    expect(isTotal('The bridge, 300 metres long, has been shut since March.', '300')).toBe(false);
  });

  it('does not bind across a clause of its own beyond the aside', () => {
    const sentence =
      'Rebels seized 12 trucks, carrying 40 sacks of flour, and the road has been shut since Monday.';
    expect(isTotal(sentence, '12', ['12', '40'])).toBe(false);
  });
});

describe('the toll of a war', () => {
  it('makes totals of the dead that a war killed, the verb shared by counts joined by "and"', () => {
    const sentence = 'The six-week war killed 900 fighters and 200 civilians.';
    expect(isTotal(sentence, '900', ['900', '200'])).toBe(true);
    expect(isTotal(sentence, '200', ['900', '200'])).toBe(true);
  });

  it('makes a total of the dead of a war in a relative clause', () => {
    expect(isTotal('The town never recovered from a war that killed 3,000 people.', '3,000')).toBe(true);
  });

  it('makes a total of the wounded of fighting told by its length', () => {
    expect(isTotal('Two weeks of shelling wounded 140 people.', '140')).toBe(true);
  });

  it('makes a total of the dead of a war "in which" they died', () => {
    expect(isTotal('They fought a war in the north in which 600 soldiers died.', '600')).toBe(true);
  });

  it('does not make a total of the dead of a clause that the war is not the subject of', () => {
    expect(isTotal('The war began after gunmen killed 12 tourists.', '12')).toBe(false);
  });
});

describe('people counted over a period', () => {
  it('makes a total of passengers flown over the month just past', () => {
    expect(isTotal('The airline flew 2.4 million passengers last month.', '2.4 million')).toBe(true);
  });

  it('makes a total of patients treated over a finished reporting period', () => {
    expect(isTotal('The clinic treated 800 patients in its latest financial year.', '800')).toBe(true);
  });

  it('does not make a total of forces called up, which tell where a force stands', () => {
    expect(isTotal('The army called up 3,000 reservists last week.', '3,000')).toBe(false);
  });
});

describe("a season's tally", () => {
  it('makes a total of the games from the start of a season', () => {
    expect(isTotal('United have nine points from their opening four games.', 'four', ['nine', 'four'])).toBe(
      true,
    );
  });

  it('makes a total of a part of those games', () => {
    const sentence = 'The Hawks, who won two of their first 12 games, are bottom.';
    expect(isTotal(sentence, 'two', ['two', '12'])).toBe(true);
  });

  it('makes totals of a part of a regular season and of the whole', () => {
    const sentence = 'The Bears won 50 of their 82 regular-season games.';
    expect(isTotal(sentence, '50', ['50', '82'])).toBe(true);
    expect(isTotal(sentence, '82', ['50', '82'])).toBe(true);
  });

  it('makes a total of what a season finished with', () => {
    expect(isTotal('The striker finished the season with 31 goals.', '31')).toBe(true);
  });

  it('does not make a total of what one game finished with', () => {
    expect(isTotal('The guard finished with 27 points and nine rebounds.', '27', ['27', 'nine'])).toBe(false);
  });

  it('does not make a total of the games of recent form', () => {
    const sentence = 'The Hawks, who won two of their last 12 games, are bottom.';
    expect(isTotal(sentence, 'two', ['two', '12'])).toBe(false);
  });
});

describe('a verb that announces a total', () => {
  it('makes a total of what a count totalled', () => {
    expect(isTotal('Attendance totalled 52,000 over the weekend.', '52,000')).toBe(true);
  });

  it('does not make a total of what a whole totals as it stands', () => {
    expect(isTotal('The transport budget totals £40m.', '£40m', undefined, 'GBP')).toBe(false);
  });
});

describe('a toll told as rising', () => {
  it('makes a total of the dead a toll of an event rose to', () => {
    expect(isTotal('The toll from the landslide rose to 27.', '27')).toBe(true);
  });

  it('makes a total of the dead a toll of a siege has climbed to', () => {
    expect(isTotal('The toll of the long siege has climbed to 300.', '300')).toBe(true);
  });
});

describe('a month or a year named as the period of what a business or a service handled', () => {
  it('makes a total of the count', () => {
    expect(isTotal('The airport handled 2.1 million travellers in July.', '2.1 million')).toBe(true);
    expect(isTotal('The bakery sold 90,000 loaves in 2024.', '90,000')).toBe(true);
    expect(isTotal('About 900 nurses were recruited in March last year.', '900')).toBe(true);
    expect(isTotal('The bakery sold 90,000 loaves this year.', '90,000')).toBe(true);
    expect(isTotal('The bakery sold 90,000 loaves last autumn.', '90,000')).toBe(true);
  });

  it('does not make a total of a one-off act told the same way', () => {
    expect(isTotal('Officers arrested 40 people in March.', '40')).toBe(false);
    expect(isTotal('The mill cut 120 jobs in 2023.', '120')).toBe(false);
    expect(isTotal('The mill cut 120 jobs this year.', '120')).toBe(false);
  });

  it('does not make a total of a plan, a comparison or a conflict figure', () => {
    expect(isTotal('The chain will open 30 shops in 2027.', '30')).toBe(false);
    const compared = 'Sales reached 8,000 units, up from 6,500 in May.';
    expect(isTotal(compared, '6,500', ['8,000', '6,500'])).toBe(false);
    expect(isTotal('The navy received 4 warships in June.', '4')).toBe(false);
  });
});

describe('a share', () => {
  it('is no running total, though a cue of one stands in its sentence', () => {
    const sentence = 'The chain has cut 900 prices since March, and inflation in its shops slowed to 2.6%.';
    expect(isTotal(sentence, '2.6%', ['900', '2.6%'], 'percent')).toBe(false);
    expect(isTotal('So far, 41% of the crop has been harvested.', '41%', undefined, 'percent')).toBe(false);
    // The count beside it still is one.
    expect(isTotal(sentence, '900', ['900', '2.6%'])).toBe(true);
  });
});

describe('"since the start"', () => {
  it('makes a running total, with what started named or not', () => {
    expect(isTotal('The leader has passed seven cars since the start.', 'seven')).toBe(true);
    expect(isTotal('The leader has passed seven cars since the start of the race.', 'seven')).toBe(true);
  });
});

describe('"since" a part of a month', () => {
  it('makes a running total, written apart or with a hyphen', () => {
    expect(isTotal('The patrols have stopped 37 boats since mid-August.', '37')).toBe(true);
    expect(isTotal('The patrols have stopped 37 boats since mid August.', '37')).toBe(true);
    expect(isTotal('The patrols have stopped 37 boats since early August.', '37')).toBe(true);
  });
});

describe('a period of this year or last month', () => {
  it('makes a total of a sum raised over it, but not of one forecast', () => {
    expect(isTotal('The race raised €4.5m for charity this year.', '€4.5m', undefined, 'EUR')).toBe(true);
    const forecast = 'The race expects to raise €4.5m for charity this year.';
    expect(isTotal(forecast, '€4.5m', undefined, 'EUR')).toBe(false);
  });
});
