// Scores predicted figures against gold figures exactly as tests/fixtures/gold/README.md describes and
// ../shared/tools/score.py implements: the same matching, the same counts, the same printout.

/** A gold figure, as one line of a gold JSONL file. */
export interface GoldRecord {
  doc: string;
  start: number;
  end: number;
  text?: string;
  value: number;
  category: string;
  qualifier: string;
  date?: string | null;
  cumulative?: boolean;
  optional?: boolean;
}

/** A predicted figure, as printed by `tally extract` (`doc` may be a path; its base name is used). */
export interface PredictedRecord {
  doc?: string | null;
  document?: string | null;
  start: number;
  end: number;
  value: unknown;
  category?: string | null;
  qualifier?: string | null;
  date?: string | null;
  cumulative?: boolean | null;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  category_acc: number;
  qualifier_acc: number;
  date_acc: number;
  /** Matched pairs whose gold figure has a date: the denominator of `date_acc`. */
  dated: number;
  cumulative_acc: number;
  /** Required gold figures left unmatched, as `doc:start "text" category` with the doc cut to 3 characters. */
  misses: string[];
}

export interface ScoreReport {
  all: Score;
  conflict: Score;
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1];
}

function sameValue(a: unknown, b: unknown): boolean {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x === null || y === null) return false;
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.trim());
    return Number.isNaN(n) ? null : n;
  }
  return null;
}

function overlaps(gold: GoldRecord, pred: PredictedRecord): boolean {
  return Number(pred.start) < Number(gold.end) && Number(gold.start) < Number(pred.end);
}

function ratio(part: number, whole: number): number {
  return whole ? part / whole : 0;
}

/** Scores over all figures, or with `conflictOnly` over the conflict figures (every category but other). */
export function scoreFigures(gold: GoldRecord[], predicted: PredictedRecord[], conflictOnly = false): Score {
  const byDoc = new Map<string, GoldRecord[]>();
  for (const g of gold) {
    const list = byDoc.get(g.doc) ?? [];
    list.push(g);
    byDoc.set(g.doc, list);
  }
  const used = new Set<GoldRecord>();
  const pairs: [GoldRecord, PredictedRecord][] = [];
  let tp = 0;
  let fp = 0;
  for (const p of predicted) {
    const doc = baseName(String(p.doc || p.document || ''));
    // Other-category predictions are outside the conflict score altogether.
    if (conflictOnly && p.category === 'other') continue;
    const candidates = (byDoc.get(doc) ?? []).filter((g) => overlaps(g, p));
    const match = candidates.find(
      (g) =>
        !g.optional &&
        !used.has(g) &&
        sameValue(g.value, p.value) &&
        (!conflictOnly || g.category === p.category),
    );
    if (match) {
      used.add(match);
      tp++;
      pairs.push([match, p]);
    } else if (!candidates.some((g) => g.optional)) {
      fp++;
    }
  }
  const required = gold.filter((g) => !g.optional && (!conflictOnly || g.category !== 'other'));
  const misses = required.filter((g) => !used.has(g));
  const fn = misses.length;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const dated = pairs.filter(([g]) => g.date);
  const count = (test: (g: GoldRecord, p: PredictedRecord) => boolean, list = pairs) =>
    list.filter(([g, p]) => test(g, p)).length;
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    category_acc: ratio(
      count((g, p) => g.category === p.category),
      pairs.length,
    ),
    qualifier_acc: ratio(
      count((g, p) => g.qualifier === p.qualifier),
      pairs.length,
    ),
    date_acc: ratio(
      count((g, p) => String(p.date || '').slice(0, String(g.date).length) === g.date, dated),
      dated.length,
    ),
    dated: dated.length,
    cumulative_acc: ratio(
      count((g, p) => Boolean(g.cumulative) === Boolean(p.cumulative)),
      pairs.length,
    ),
    misses: misses.map((g) => `${g.doc.slice(0, 3)}:${g.start} "${g.text ?? ''}" ${g.category}`),
  };
}

export function scoreReport(gold: GoldRecord[], predicted: PredictedRecord[]): ScoreReport {
  return { all: scoreFigures(gold, predicted), conflict: scoreFigures(gold, predicted, true) };
}

/** Parses JSON Lines, skipping blank lines; a malformed line throws with its line number. */
export function parseJsonLines<T>(text: string): T[] {
  const records: T[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    try {
      records.push(JSON.parse(line) as T);
    } catch (error) {
      throw new Error(`line ${index + 1}: ${(error as Error).message}`);
    }
  });
  return records;
}

/**
 * Three decimals as Python's format does: an exact tie rounds to the even digit, where `toFixed` rounds
 * up. A ratio is an exact tie at three decimals only when it is an odd number of sixteenths.
 */
function threeDecimals(n: number): string {
  const sixteenths = n * 16;
  if (Number.isInteger(sixteenths) && Math.abs(sixteenths) % 2 === 1) {
    const below = Math.floor(n * 1000);
    return ((below % 2 === 0 ? below : below + 1) / 1000).toFixed(3);
  }
  return n.toFixed(3);
}

/** The report as score.py prints it. */
export function formatScore(report: ScoreReport): string {
  const lines: string[] = [];
  const f = threeDecimals;
  for (const [name, s] of [
    ['all figures', report.all],
    ['conflict figures', report.conflict],
  ] as const) {
    lines.push(
      `${name}: P=${f(s.precision)} R=${f(s.recall)} F1=${f(s.f1)} (tp=${s.tp} fp=${s.fp} fn=${s.fn}) ` +
        `category=${f(s.category_acc)} qualifier=${f(s.qualifier_acc)} date=${f(s.date_acc)}/${s.dated} ` +
        `cumulative=${f(s.cumulative_acc)}`,
    );
    if (s.misses.length) lines.push(`  missed: ${s.misses.join('; ')}`);
  }
  return lines.join('\n');
}
