// Peer regression suites (tests/fixtures/ext): how other extractors say a number should be READ.
//
// Selection rule, the same for every suite, applied to each expected reading (one number in a case):
// - Recognizers-Text cases whose NotSupported names javascript are skipped, as are the ordinal, age, dimension
//   and temperature models (their answers are not a count, a percentage or a sum of money).
// - A reading is kept when its answer is a count, a percentage or a sum of money written as digits, words,
//   scales or vague amounts. It is skipped when the answer is not a single non-negative number (a range
//   interval such as `[194,)`, a bare currency name with no amount, quantulum's midpoint of a range), or when
//   the text writes a fraction (`two thirds`, `3/4`, `one over three`, `a trillionth`; `half a dozen` is a
//   count and stays) or scientific notation (`1e10`, `1.1^23`). A count, share or sum in the news is not
//   written as either, and this extractor deliberately reports no fraction. Negative numbers are kept, since
//   the extractor keeps a sign (`-3.5%`, `minus 4`). Quantulum
//   readings are kept only for dimensionless, percentage and currency units (not rates such as dollars per
//   hour).
// - Cases that expect no reading at all are not counted: they test units or ordinals, not a value.
// - Everything else is kept, including readings this extractor fails (uppercase `10G`, European `5,00`,
//   spaced `2.33 k`, `thirteen dollars forty five`); the failures are printed below the rates.
// - A kept reading passes when parseNumberText(its surface text) equals the expected value. Whether
//   findNumbers also reports it in its sentence is printed as well, for information only: the peers do not
//   define what a figure is, so their years, IP addresses and product numbers are rightly left out there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumberText } from '../../api/extract/numbers.ts';

const FIXTURES = new URL('../fixtures/ext/', import.meta.url);

interface Reading {
  suite: string;
  input: string;
  surface: string;
  /** Offsets of the surface in the input, end exclusive, when the suite gives them. */
  start: number | null;
  end: number | null;
  expected: number;
}

interface RecognizersCase {
  Input: string;
  NotSupported?: string;
  Results: { Text: string; Start: number; End: number; Resolution: { value?: string | null } }[];
}

interface QuantulumCase {
  req: string;
  res: { value: number; unit: string; surface: string }[];
}

const FRACTION = /\b(?:halves|halfs?|thirds?|quarters?|[a-z]+ths?|firsts?|over|out of)\b|\/|[⅓⅔¼½¾⅙]/i;
const HALF_OF_SCALE = /^half an? +(?:dozen|hundred|thousand|million|billion)$/i;
const SCIENTIFIC = /\d[eE][+-]?\d|\^|×/;
const MONEY_UNITS = new Set(['dollar', 'euro', 'pound sterling', 'cent', 'penny', 'dime']);

/** Why a reading does not apply to a figure's value, or null when it does. */
function skipReason(surface: string, expected: number | null): string | null {
  if (expected === null || Number.isNaN(expected)) return 'not a single value';
  if (SCIENTIFIC.test(surface)) return 'scientific notation';
  if (FRACTION.test(surface) && !HALF_OF_SCALE.test(surface.trim())) return 'fraction';
  return null;
}

function load<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, FIXTURES), 'utf8')) as T;
}

function recognizersReadings(suite: string, path: string, skipped: Map<string, number>): Reading[] {
  const readings: Reading[] = [];
  for (const testCase of load<RecognizersCase[]>(path)) {
    if (testCase.NotSupported?.toLowerCase().includes('javascript')) continue;
    for (const result of testCase.Results) {
      const raw = result.Resolution.value;
      const expected =
        typeof raw === 'string' && /^[\d.E+-]+%?$/.test(raw) ? Number(raw.replace('%', '')) : null;
      const reason = skipReason(result.Text, expected);
      if (reason) {
        skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
        continue;
      }
      readings.push({
        suite,
        input: testCase.Input,
        surface: testCase.Input.slice(result.Start, result.End + 1),
        start: result.Start,
        end: result.End + 1,
        expected: expected!,
      });
    }
  }
  return readings;
}

function quantulumReadings(skipped: Map<string, number>): Reading[] {
  const readings: Reading[] = [];
  for (const testCase of load<QuantulumCase[]>('quantulum3/quantities.json')) {
    for (const result of testCase.res) {
      const applies =
        result.unit === 'dimensionless' || result.unit === 'percentage' || MONEY_UNITS.has(result.unit);
      if (!applies) {
        skipped.set(
          'not a count, percentage or money',
          (skipped.get('not a count, percentage or money') ?? 0) + 1,
        );
        continue;
      }
      const isRange = /\bto\b|[–-]\s*\d/.test(result.surface) && !Number.isInteger(result.value);
      const reason = isRange ? 'not a single value' : skipReason(result.surface, result.value);
      if (reason) {
        skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
        continue;
      }
      const start = testCase.req.indexOf(result.surface);
      readings.push({
        suite: 'quantulum3 quantities',
        input: testCase.req,
        surface: result.surface,
        start: start >= 0 ? start : null,
        end: start >= 0 ? start + result.surface.length : null,
        expected: result.value,
      });
    }
  }
  return readings;
}

function sameValue(actual: number | null, expected: number): boolean {
  return actual !== null && Math.abs(actual - expected) <= Math.abs(expected) * 1e-9;
}

function foundInContext(reading: Reading): boolean {
  if (reading.start === null || reading.end === null) return false;
  return findNumbers(reading.input).some(
    (found) =>
      found.start < reading.end! &&
      reading.start! < found.end &&
      (sameValue(found.value, reading.expected) || sameValue(found.valueMax, reading.expected)),
  );
}

describe('peer suites', () => {
  const skipped = new Map<string, number>();
  const suites: [string, Reading[]][] = [
    [
      'Recognizers NumberModel',
      recognizersReadings('number', 'recognizers/Number/English/NumberModel.json', skipped),
    ],
    [
      'Recognizers PercentModel',
      recognizersReadings('percent', 'recognizers/Number/English/PercentModel.json', skipped),
    ],
    [
      'Recognizers NumberRangeModel',
      recognizersReadings('range', 'recognizers/Number/English/NumberRangeModel.json', skipped),
    ],
    [
      'Recognizers CurrencyModel',
      recognizersReadings('currency', 'recognizers/NumberWithUnit/English/CurrencyModel.json', skipped),
    ],
    ['quantulum3 quantities', quantulumReadings(skipped)],
  ];

  it('reads at least 90% of the applicable peer readings to the expected value', () => {
    let passed = 0;
    let total = 0;
    const failures: string[] = [];
    for (const [name, readings] of suites) {
      const valuePasses = readings.filter((reading) =>
        sameValue(parseNumberText(reading.surface), reading.expected),
      );
      const contextPasses = readings.filter(foundInContext);
      passed += valuePasses.length;
      total += readings.length;
      const rate = readings.length ? (valuePasses.length / readings.length).toFixed(3) : 'n/a';
      console.log(
        `${name}: value ${valuePasses.length}/${readings.length} (${rate}); found in context ${contextPasses.length}/${readings.length}`,
      );
      for (const reading of readings) {
        if (!valuePasses.includes(reading)) {
          failures.push(
            `${name}: ${JSON.stringify(reading.surface)} expected ${reading.expected}, read ${parseNumberText(reading.surface)}`,
          );
        }
      }
    }
    console.log(
      `overall: ${passed}/${total} (${(passed / total).toFixed(3)}); skipped readings: ${JSON.stringify(Object.fromEntries(skipped))}`,
    );
    console.log(`failures:\n  ${failures.join('\n  ')}`);
    expect(passed / total).toBeGreaterThanOrEqual(0.9);
  });
});
