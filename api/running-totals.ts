// Which running totals are the same series. Pure: ingest stores each running total's toll with it
// (`figures.toll`), and the API's `runningTotals` groups figures by that toll.
//
// A running total ("at least 95 people died in these attacks", "27,000 deaths in Ukraine") is only comparable
// with running totals of the same toll. The category and the counted noun (`unit`) are not enough: the
// extractor counts nearly every toll in `people`, so the seeds' boat-strike toll and a war toll about
// another country would share one line. The rule, applied to each figure on its own:
//
//   series = category + unit + what the toll is about, read from the figure's sentence:
//     1. the place it names after a locative preposition ("in Ukraine", "on Kessar province"), else
//     2. the kind of event it counts ("strikes", "attacks", "raids" → strikes; "war", "fighting" → fighting;
//        earthquakes, floods, storms, disease, fires), else
//     3. nothing we can tell: the figure is joined only to the running totals of its own document.
//
// Publisher and document do not matter when the subject is known: the same toll told by two publishers is
// one series. Two tolls of one article about different places or events are two series. A figure's series
// never depends on the filter, so a series (and a point of it in the URL) stays the same when the date
// range or the other filters change; and it depends on the figure alone, so it is worked out once, when the
// figure is written, not on every request.

import { FULL_MONTH_NAMES, WEEKDAY_NAMES } from './extract/lexicon.ts';

export interface RunningTotalFigure {
  documentId: number;
  unit: string | null;
  sentence: string;
  /** Title or publisher of the document, for naming a series that only one article holds. */
  documentName: string | null;
}

export interface RunningTotalSubject {
  /** URL-safe: lower-case letters, digits, `-` and `.` (`people.place-ukraine`). */
  key: string;
  /** What the series counts, in words: `people in Ukraine`, `people in strikes`. */
  label: string;
}

/** Event words, in the order they are looked for; the first kind whose word the sentence holds wins. */
const CAUSES: { key: string; words: RegExp; phrase: string }[] = [
  {
    key: 'strikes',
    words: /\b(?:strikes?|airstrikes?|attacks?|raids?|bombings?|bombardments?|shelling)\b/i,
    phrase: 'in strikes',
  },
  {
    key: 'fighting',
    words: /\b(?:war|fighting|offensive|conflict|clashes|combat|battles?)\b/i,
    phrase: 'in fighting',
  },
  { key: 'earthquakes', words: /\b(?:earthquakes?|quakes?)\b/i, phrase: 'in earthquakes' },
  { key: 'floods', words: /\b(?:floods?|flooding|torrential rain)\b/i, phrase: 'in floods' },
  {
    key: 'storms',
    words: /\b(?:storms?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?)\b/i,
    phrase: 'in storms',
  },
  {
    key: 'disease',
    words: /\b(?:flu|influenza|outbreaks?|epidemic|pandemic|cholera|measles|covid|virus)\b/i,
    phrase: 'from disease',
  },
  { key: 'fires', words: /\b(?:wildfires?|fires?|blazes?)\b/i, phrase: 'in fires' },
];

const NOT_PLACES = new Set([...FULL_MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name.toLowerCase()));

/** A capitalised name after a locative preposition, skipping `the`: "in Ukraine", "on Kessar province". */
const PLACE =
  /\b(?:[Ii]n|[Oo]n|[Aa]cross|[Ii]nto|[Aa]long|[Nn]ear|[Tt]hroughout|[Ii]nside)\s+(the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;

/**
 * The place a sentence names, with its `the` ("the Pacific Ocean"), or null. Months and weekdays
 * ("in March", "on Monday") are not places.
 */
export function placeOf(sentence: string): string | null {
  for (const match of sentence.matchAll(PLACE)) {
    const words = match[2].split(/\s+/).filter((w) => !NOT_PLACES.has(w.toLowerCase()));
    if (words.length) return `${match[1] ? 'the ' : ''}${words.join(' ')}`;
  }
  return null;
}

/** The kind of event a sentence counts, or null. */
export function causeOf(sentence: string): (typeof CAUSES)[number] | null {
  let best: (typeof CAUSES)[number] | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const cause of CAUSES) {
    const at = sentence.search(cause.words);
    if (at >= 0 && at < bestAt) {
      best = cause;
      bestAt = at;
    }
  }
  return best;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

const NAME_LENGTH = 40;

/** The series a running total belongs to within its category (see the rule at the top of this file). */
export function runningTotalSubject(figure: RunningTotalFigure): RunningTotalSubject {
  const unit = figure.unit?.trim() || null;
  const counted = unit ? `${slug(unit)}.` : 'none.';
  const place = placeOf(figure.sentence);
  if (place) {
    const name = place.replace(/^the /, '');
    return { key: `${counted}place-${slug(name)}`, label: [unit, `in ${place}`].filter(Boolean).join(' ') };
  }
  const cause = causeOf(figure.sentence);
  if (cause) {
    // "strikes in strikes" says no more than "strikes".
    const phrase = unit?.toLowerCase() === cause.key ? null : cause.phrase;
    return {
      key: `${counted}cause-${cause.key}`,
      label: [unit, phrase].filter(Boolean).join(' ') || cause.key,
    };
  }
  return documentSubject(unit, figure.documentId, figure.documentName);
}

/** What the writer stores in `figures.toll` and `figures.toll_label`: nothing unless a running total. */
export function storedToll(figure: RunningTotalFigure & { cumulative: boolean }): {
  toll: string | null;
  tollLabel: string | null;
} {
  if (!figure.cumulative) return { toll: null, tollLabel: null };
  const { key, label } = runningTotalSubject(figure);
  return { toll: key, tollLabel: label };
}

/** The series of running totals tied to one document: those that name neither place nor event. */
function documentSubject(
  unit: string | null,
  documentId: number,
  documentName: string | null,
): RunningTotalSubject {
  const counted = unit ? `${slug(unit)}.` : 'none.';
  const name = documentName?.trim() || `document ${documentId}`;
  const short = name.length > NAME_LENGTH ? `${name.slice(0, NAME_LENGTH - 1).trimEnd()}…` : name;
  return {
    key: `${counted}doc-${documentId}`,
    label: [unit, `as told in “${short}”`].filter(Boolean).join(' '),
  };
}

/**
 * A running total placed in its time bucket (first and last day, `YYYY-MM-DD`), with the key and label
 * of its toll as ingest stored them.
 */
export interface BucketedRunningTotal {
  id: number;
  documentId: number;
  unit: string | null;
  value: number;
  toll: string | null;
  tollLabel: string | null;
  start: string;
  end: string;
}

export interface RunningTotalPoint {
  start: string;
  end: string;
  /** The largest running total of the series in the bucket. */
  value: number;
  figureCount: number;
  documentCount: number;
  /** Ascending. */
  figureIds: number[];
}

export interface RunningTotalSeries extends RunningTotalSubject {
  unit: string | null;
  /** The largest value of the series. */
  largest: number;
  figureCount: number;
  documentCount: number;
  /** Oldest first. */
  points: RunningTotalPoint[];
}

/**
 * Running totals of one category grouped into series by `runningTotalSubject`, each bucket's value the
 * largest of its figures. The tolls told by the most documents come first (they are the ones with a line
 * to draw; a toll told once is a single point), then the largest.
 */
export function groupRunningTotals(figures: readonly BucketedRunningTotal[]): RunningTotalSeries[] {
  const groups = new Map<
    string,
    { subject: RunningTotalSubject; unit: string | null; figures: BucketedRunningTotal[] }
  >();
  for (const figure of figures) {
    // A row written without its toll (by hand, outside the writer) can only be tied to its document.
    const subject =
      figure.toll && figure.tollLabel
        ? { key: figure.toll, label: figure.tollLabel }
        : documentSubject(figure.unit?.trim() || null, figure.documentId, null);
    let group = groups.get(subject.key);
    if (!group) {
      group = { subject, unit: figure.unit, figures: [] };
      groups.set(subject.key, group);
    }
    group.figures.push(figure);
  }
  const series = [...groups.values()].map(({ subject, unit, figures: own }) => {
    const buckets = new Map<string, BucketedRunningTotal[]>();
    for (const figure of own) {
      const bucket = buckets.get(figure.start);
      if (bucket) bucket.push(figure);
      else buckets.set(figure.start, [figure]);
    }
    const points = [...buckets.values()]
      .map((inside) => ({
        start: inside[0].start,
        end: inside[0].end,
        value: largestValue(inside),
        figureCount: inside.length,
        documentCount: new Set(inside.map((f) => f.documentId)).size,
        figureIds: inside.map((f) => f.id).sort((a, b) => a - b),
      }))
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    return {
      ...subject,
      unit,
      largest: largestValue(own),
      figureCount: own.length,
      documentCount: new Set(own.map((f) => f.documentId)).size,
      points,
    };
  });
  return series.sort(
    (a, b) =>
      b.documentCount - a.documentCount ||
      b.largest - a.largest ||
      b.figureCount - a.figureCount ||
      (a.key < b.key ? -1 : 1),
  );
}

/** The largest value among `figures`, in a loop: `Math.max(...values)` overflows the stack past ~150,000. */
function largestValue(figures: readonly { value: number }[]): number {
  let largest = Number.NEGATIVE_INFINITY;
  for (const { value } of figures) if (value > largest) largest = value;
  return largest;
}
