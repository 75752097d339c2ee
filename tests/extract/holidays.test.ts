import { describe, expect, it } from 'vitest';
import { type Day, namedDay } from '../../api/extract/holidays.ts';

const day = (year: number, month: number, date: number): Day => ({ year, month, day: date });

/** The day `name` names in a past-tense sentence read on `reference`, after "since". */
const latest = (name: string, reference: Day) => namedDay(name, 'since ', '.', reference, false);

describe('namedDay', () => {
  it('finds Easter and the days around it by the Gregorian computus', () => {
    expect(latest('Easter Sunday', day(2024, 12, 1))).toEqual(day(2024, 3, 31));
    expect(latest('Easter Sunday', day(2025, 12, 1))).toEqual(day(2025, 4, 20));
    expect(latest('Good Friday', day(2026, 12, 1))).toEqual(day(2026, 4, 3));
    expect(latest('Easter Monday', day(2019, 12, 1))).toEqual(day(2019, 4, 22));
  });

  it('finds Thanksgiving, Black Friday and Cyber Monday from the fourth Thursday of November', () => {
    expect(latest('Thanksgiving', day(2025, 12, 31))).toEqual(day(2025, 11, 27));
    expect(latest('Black Friday', day(2024, 12, 31))).toEqual(day(2024, 11, 29));
    // Cyber Monday may fall in December.
    expect(latest('Cyber Monday', day(2025, 12, 31))).toEqual(day(2025, 12, 1));
  });

  it('takes the latest such day on or before publication, or the next one in a sentence about the future', () => {
    expect(latest('Christmas Day', day(2026, 1, 17))).toEqual(day(2025, 12, 25));
    expect(latest('Christmas Eve', day(2025, 12, 24))).toEqual(day(2025, 12, 24));
    expect(namedDay('Boxing Day', 'on ', '.', day(2026, 1, 17), true)).toEqual(day(2026, 12, 26));
    expect(latest('New Year’s Eve', day(2026, 3, 1))).toEqual(day(2025, 12, 31));
  });

  it('reads a bare "Christmas" or "Easter" as a day only after a preposition and before no season noun', () => {
    expect(latest('Christmas', day(2026, 1, 17))).toEqual(day(2025, 12, 25));
    expect(namedDay('Christmas', 'the paper’s ', ' toy appeal', day(2026, 1, 17), false)).toBeNull();
    expect(namedDay('Christmas', 'during ', ' trading', day(2026, 1, 17), false)).toBeNull();
    expect(namedDay('Easter', 'over ', ' weekend', day(2026, 5, 1), false)).toBeNull();
  });

  it('reads no day for a name it does not know', () => {
    expect(latest('Founders Day', day(2026, 1, 17))).toBeNull();
  });

  it('reads no day in a deadline: "before Christmas", "by Black Friday"', () => {
    expect(namedDay('Christmas', 'open 120 beds before ', '.', day(2025, 11, 1), true)).toBeNull();
    expect(namedDay('Black Friday', 'hire 900 staff by ', '.', day(2025, 11, 1), true)).toBeNull();
  });
});
