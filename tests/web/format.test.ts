import { describe, expect, it } from 'vitest';
import {
  formatBucket,
  formatCategory,
  formatCompact,
  formatDate,
  formatFigureValue,
  formatFigureWithUnit,
  formatNumber,
  isLowerBound,
  locateInSentence,
  plural,
  qualifierWords,
  segmentText,
} from '../../web/src/format.ts';

describe('numbers', () => {
  it('groups thousands and keeps decimals', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(0)).toBe('0');
  });

  it('shortens axis ticks', () => {
    expect(formatCompact(8_000_000)).toBe('8M');
    expect(formatCompact(1200)).toBe('1.2K');
    expect(formatCompact(95)).toBe('95');
  });
});

describe('figure values', () => {
  it('shows each qualifier as a reader would', () => {
    expect(formatFigureValue({ value: 95, qualifier: 'AT_LEAST' })).toBe('≥ 95');
    expect(formatFigureValue({ value: 1200, qualifier: 'MORE_THAN' })).toBe('> 1,200');
    expect(formatFigureValue({ value: 15000, qualifier: 'APPROXIMATELY' })).toBe('~15,000');
    expect(formatFigureValue({ value: 5, qualifier: 'AT_MOST' })).toBe('≤ 5');
    expect(formatFigureValue({ value: 5, qualifier: 'LESS_THAN' })).toBe('< 5');
    expect(formatFigureValue({ value: 3, qualifier: 'EXACT' })).toBe('3');
  });

  it('shows a range as a range', () => {
    expect(formatFigureValue({ value: 10, valueMax: 20, qualifier: 'RANGE' })).toBe('10–20');
    expect(formatFigureValue({ value: 1000, valueMax: 1500, qualifier: 'RANGE' })).toBe('1,000–1,500');
  });

  it('adds the unit, with money and percentages written the usual way', () => {
    expect(formatFigureWithUnit({ value: 95, qualifier: 'AT_LEAST', unit: 'people' })).toBe('≥ 95 people');
    expect(formatFigureWithUnit({ value: 50_000_000, qualifier: 'EXACT', unit: 'USD' })).toBe('$50,000,000');
    expect(formatFigureWithUnit({ value: 1_000_000, qualifier: 'MORE_THAN', unit: 'USD' })).toBe(
      '> $1,000,000',
    );
    expect(formatFigureWithUnit({ value: 42, qualifier: 'EXACT', unit: 'percent' })).toBe('42%');
    expect(formatFigureWithUnit({ value: 7, qualifier: 'EXACT', unit: null })).toBe('7');
  });

  it('knows which qualifiers are lower bounds', () => {
    expect(isLowerBound('AT_LEAST')).toBe(true);
    expect(isLowerBound('MORE_THAN')).toBe(true);
    expect(isLowerBound('APPROXIMATELY')).toBe(false);
    expect(isLowerBound('AT_MOST')).toBe(false);
    expect(qualifierWords('MORE_THAN')).toBe('more than');
  });
});

describe('dates', () => {
  it('writes a date to the precision it is known', () => {
    expect(formatDate('2025-12-13', 'DAY')).toBe('13 Dec 2025');
    expect(formatDate('2025-11', 'MONTH')).toBe('Nov 2025');
    expect(formatDate('2025-11-01', 'MONTH')).toBe('Nov 2025');
    expect(formatDate('2026-01-03')).toBe('3 Jan 2026');
    expect(formatDate(null)).toBe('undated');
  });

  it('labels buckets by interval', () => {
    expect(formatBucket('2025-12-08', 'week')).toBe('week of 8 Dec 2025');
    expect(formatBucket('2025-12-01', 'month')).toBe('Dec 2025');
    expect(formatBucket('2025-12-13', 'day')).toBe('13 Dec 2025');
  });
});

describe('words', () => {
  it('names categories and counts', () => {
    expect(formatCategory('MILITARY_ASSETS')).toBe('Military assets');
    expect(formatCategory('deaths')).toBe('Deaths');
    expect(plural(1, 'figure')).toBe('1 figure');
    expect(plural(1200, 'figure')).toBe('1,200 figures');
  });
});

describe('highlighting', () => {
  it('cuts text into plain and marked segments', () => {
    expect(
      segmentText('Three killed, two hurt', [
        { start: 14, end: 17 },
        { start: 0, end: 5 },
      ]),
    ).toEqual([
      { text: 'Three', mark: 1 },
      { text: ' killed, ' },
      { text: 'two', mark: 0 },
      { text: ' hurt' },
    ]);
  });

  it('skips overlapping and out-of-range marks and keeps every character', () => {
    const text = 'at least 80 people';
    const segments = segmentText(text, [
      { start: 0, end: 11 },
      { start: 9, end: 11 },
      { start: 15, end: 99 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark != null)).toEqual([{ text: 'at least 80', mark: 0 }]);
  });

  it('finds the figure in its sentence, preferring document offsets', () => {
    const sentence = 'Three boats, three strikes.';
    const text = `Intro. ${sentence}`;
    expect(locateInSentence(sentence, 'three')).toEqual({ start: 13, end: 18 });
    expect(locateInSentence(sentence, 'three', { text, start: 20 })).toEqual({ start: 13, end: 18 });
    expect(locateInSentence(sentence, 'nine')).toBeNull();
  });
});
