import { describe, expect, it } from 'vitest';
import {
  type BucketedRunningTotal,
  causeOf,
  groupRunningTotals,
  placeOf,
  runningTotalSubject,
} from '../../api/running-totals.ts';

let nextId = 1;
/** A running total as the API reads it back: with the toll that ingest worked out from `sentence`. */
function total(
  sentence: string,
  value: number,
  start: string,
  more: Partial<BucketedRunningTotal> = {},
): BucketedRunningTotal {
  const row = { id: nextId++, documentId: 1, unit: 'people', value, start, end: start, ...more };
  const { key, label } = runningTotalSubject({ ...row, sentence, documentName: 'The Daily Example' });
  return { toll: key, tollLabel: label, ...row };
}

const keyOf = (sentence: string, unit: string | null = 'people', documentId = 1) =>
  runningTotalSubject({ documentId, unit, sentence, documentName: null }).key;

describe('what a running total is about', () => {
  it('reads a place after a locative preposition, skipping months and weekdays', () => {
    expect(placeOf('The toll in Norvania has passed 3,000.')).toBe('Norvania');
    expect(placeOf('Shelling on the Amber Coast has killed 60 since May.')).toBe('the Amber Coast');
    expect(placeOf('In March, 40 had died; on Monday, 52 in Lisk.')).toBe('Lisk');
    expect(placeOf('Since January 12 people have died in the camps.')).toBeNull();
  });

  it('reads the kind of event, the first named winning', () => {
    expect(causeOf('Raids have killed 30 people since June.')?.key).toBe('strikes');
    expect(causeOf('The war has now killed 9,000, after air strikes.')?.key).toBe('fighting');
    expect(causeOf('Floods have claimed 14 lives this year.')?.key).toBe('floods');
    expect(causeOf('At least 7 people have died so far.')).toBeNull();
  });

  it('keeps the category’s counted noun in the key and the label', () => {
    const subject = runningTotalSubject({
      documentId: 4,
      unit: 'boats',
      sentence: 'In all, 12 boats have been struck in raids since August.',
      documentName: null,
    });
    expect(subject).toEqual({ key: 'boats.cause-strikes', label: 'boats in strikes' });
    expect(keyOf('Raids have destroyed 40 homes.', 'homes')).not.toBe(keyOf('Raids have killed 40.'));
  });

  it('ties a toll that names neither place nor event to its own document only', () => {
    expect(keyOf('At least 7 people have died so far.', 'people', 3)).toBe('people.doc-3');
    expect(keyOf('At least 9 people have died so far.', 'people', 4)).not.toBe(
      keyOf('At least 7 people have died so far.', 'people', 3),
    );
  });
});

describe('grouping running totals into series', () => {
  it('does not join two unrelated tolls of one category', () => {
    const series = groupRunningTotals([
      total('The war in Norvania has killed 20,000 people.', 20_000, '2026-01-01'),
      total('Raids on fishing boats have killed at least 40 people since May.', 40, '2026-01-05'),
      total('The raids have now killed 61 people in all.', 61, '2026-02-02', { documentId: 2 }),
    ]);
    expect(series.map((s) => [s.key, s.points.map((p) => p.value)])).toEqual([
      ['people.cause-strikes', [40, 61]],
      ['people.place-norvania', [20_000]],
    ]);
  });

  it('joins the same toll told by two publishers, and gives each bucket its largest figure', () => {
    const [series, ...rest] = groupRunningTotals([
      total('Strikes on the ferries have killed 30 people.', 30, '2026-03-02', { documentId: 1 }),
      total('Attacks on ferries have left 34 dead.', 34, '2026-03-02', { documentId: 2 }),
      total('The attacks have killed 50.', 50, '2026-03-09', { documentId: 3 }),
    ]);
    expect(rest).toEqual([]);
    expect(series).toMatchObject({ figureCount: 3, documentCount: 3, largest: 50 });
    expect(series.points).toEqual([
      {
        start: '2026-03-02',
        end: '2026-03-02',
        value: 34,
        figureCount: 2,
        documentCount: 2,
        figureIds: expect.any(Array),
      },
      {
        start: '2026-03-09',
        end: '2026-03-09',
        value: 50,
        figureCount: 1,
        documentCount: 1,
        figureIds: expect.any(Array),
      },
    ]);
  });

  it('keeps apart two tolls of one article about different places', () => {
    const series = groupRunningTotals([
      total('The floods in Upper Vell have killed 12.', 12, '2026-04-01'),
      total('In Lower Vell, 5 have died since the rains began.', 5, '2026-04-01'),
    ]);
    expect(series.map((s) => s.label)).toEqual(['people in Upper Vell', 'people in Lower Vell']);
  });

  it('puts the tolls told by the most documents first, then the largest', () => {
    const series = groupRunningTotals([
      total('Storms have killed 8.', 8, '2026-01-01', { documentId: 1 }),
      total('Storms have killed 9.', 9, '2026-01-08', { documentId: 2 }),
      total('Fires have killed 9.', 9, '2026-01-01'),
      total('The war in Kestrel has killed 500.', 500, '2026-01-01'),
    ]);
    expect(series.map((s) => s.key)).toEqual([
      'people.cause-storms',
      'people.place-kestrel',
      'people.cause-fires',
    ]);
  });

  it('ties a row stored without its toll to its own document', () => {
    const series = groupRunningTotals([
      total('Storms have killed 8.', 8, '2026-01-01', { documentId: 5, toll: null, tollLabel: null }),
      total('Storms have killed 9.', 9, '2026-01-08', { documentId: 6 }),
    ]);
    expect(series.map((s) => [s.key, s.label])).toEqual([
      ['people.cause-storms', 'people in storms'],
      ['people.doc-5', 'people as told in “document 5”'],
    ]);
  });

  it('groups a toll told by more figures than a function call takes arguments', () => {
    const many = Array.from({ length: 250_000 }, (_, i) =>
      total('Storms have killed many.', i, '2026-01-01', { id: i + 1, documentId: (i % 7) + 1 }),
    );
    const [series] = groupRunningTotals(many);
    expect(series.largest).toBe(249_999);
    expect(series.points[0].value).toBe(249_999);
    expect(series.figureCount).toBe(250_000);
  });
});
