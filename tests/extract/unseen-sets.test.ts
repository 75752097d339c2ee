// The extractor against the sets it was not developed on: invented articles annotated by hand, the held-out
// set before the extractor ever ran on it and the blind sets by people who never saw the extractor (each
// set's README in tests/fixtures/ says how it was made and what its first scores were). The floors
// are REGRESSION FLOORS, not targets: a little below what the extractor measured on 2026-11-25, so that a
// change that makes it generalise worse fails here. Do not edit a gold file to make this pass; raise a
// floor only when the extractor improves for a general reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScore, type Score, type ScoreReport } from '../../api/extract/score.ts';
import { scoreFolder } from './corpus.ts';

type Measure =
  | 'precision'
  | 'recall'
  | 'f1'
  | 'category_acc'
  | 'qualifier_acc'
  | 'date_acc'
  | 'cumulative_acc';
type Floors = Partial<Record<keyof ScoreReport, Partial<Record<Measure, number>>>>;

const SETS: { name: string; gold: string; floors: Floors }[] = [
  {
    // Measured when written: all P=0.988 R=0.988 F1=0.988, category 0.881, date 0.593, cumulative 0.825;
    // conflict P=0.966 R=0.760 F1=0.851, date 0.656. Now: all F1 1.000, conflict F1 1.000.
    name: 'holdout',
    gold: 'holdout.gold.jsonl',
    floors: {
      all: {
        precision: 0.95,
        recall: 0.95,
        f1: 0.95,
        category_acc: 0.84,
        qualifier_acc: 0.95,
        date_acc: 0.52,
        cumulative_acc: 0.78,
      },
      conflict: { precision: 0.92, recall: 0.72, f1: 0.81, date_acc: 0.6 },
    },
  },
  {
    // Measured: all F1 1.000, category 0.984, date 0.936; conflict F1 0.982, qualifier 1.000. After the
    // rules found on blind4 (2026-11-26): category 0.995, conflict F1 0.994.
    name: 'blind',
    gold: 'blind.gold.jsonl',
    floors: {
      all: { f1: 0.95, category_acc: 0.95, date_acc: 0.88 },
      conflict: { f1: 0.96, qualifier_acc: 0.95 },
    },
  },
  {
    // Measured: all F1 1.000, category 1.000, qualifier 0.996, date 0.952, cumulative 0.931; conflict
    // F1 1.000, qualifier 0.991, date 0.977, cumulative 0.915.
    name: 'blind2',
    gold: 'blind2.gold.jsonl',
    floors: {
      all: { f1: 0.99, category_acc: 0.98, qualifier_acc: 0.97, date_acc: 0.93, cumulative_acc: 0.91 },
      conflict: { f1: 0.98, date_acc: 0.95, qualifier_acc: 0.95 },
    },
  },
  {
    // Measured: all F1 0.994, category 0.937, qualifier 0.992, date 0.842, cumulative 0.812; conflict F1
    // 0.915, date 0.902 (first scores in tests/fixtures/blind3/README.md).
    // After the rules found on blind4: category 0.965, date 0.904, cumulative 0.835; conflict F1 0.954.
    name: 'blind3',
    gold: 'blind3.gold.jsonl',
    floors: {
      all: { f1: 0.98, category_acc: 0.94, qualifier_acc: 0.97, date_acc: 0.87, cumulative_acc: 0.81 },
      conflict: { f1: 0.93, qualifier_acc: 0.95, date_acc: 0.9 },
    },
  },
  {
    // First scored (18efbc2): all F1 0.990, category 0.924, qualifier 0.992, date 0.863, cumulative 0.876;
    // conflict F1 0.887, qualifier 0.988, date 0.915 (tests/fixtures/blind4/README.md). After the general
    // rules found on its misses: all F1 0.994, category 0.988, date 0.902, cumulative 0.924; conflict F1
    // 0.981, date 0.928.
    name: 'blind4',
    gold: 'blind4.gold.jsonl',
    floors: {
      all: { f1: 0.98, category_acc: 0.96, qualifier_acc: 0.98, date_acc: 0.87, cumulative_acc: 0.9 },
      conflict: { f1: 0.95, qualifier_acc: 0.97, date_acc: 0.89 },
    },
  },
  {
    // First scored (225a3e8), before anything was learnt from it: all F1 0.997, category 0.941, qualifier
    // 0.990, date 0.839, cumulative 0.899; conflict F1 0.914, date 0.854 (tests/fixtures/blind5/README.md).
    // After the general rules found on its misses: category 0.961, qualifier 0.997, date 0.862; conflict F1
    // 0.945, date 0.862.
    name: 'blind5',
    gold: 'blind5.gold.jsonl',
    floors: {
      all: { f1: 0.98, category_acc: 0.94, qualifier_acc: 0.98, date_acc: 0.84, cumulative_acc: 0.88 },
      conflict: { f1: 0.92, qualifier_acc: 0.97, date_acc: 0.84 },
    },
  },
  {
    // First scored (dcb202f), before anything was learnt from it: all F1 0.995, category 0.912, qualifier
    // 0.993, date 0.767, cumulative 0.860; conflict F1 0.896, date 0.722 (tests/fixtures/blind6/README.md).
    // After the general rules found on its misses: all F1 1.000, category 0.962, date 0.810; conflict F1 0.959.
    name: 'blind6',
    gold: 'blind6.gold.jsonl',
    floors: {
      all: { f1: 0.98, category_acc: 0.89, qualifier_acc: 0.98, date_acc: 0.74, cumulative_acc: 0.84 },
      conflict: { f1: 0.87, qualifier_acc: 0.97, date_acc: 0.7 },
    },
  },
  {
    // First scored (036b394), before anything was learnt from it: all F1 0.974, category 0.895, qualifier
    // 0.996, date 0.944, cumulative 0.876; conflict F1 0.866, date 0.955 (tests/fixtures/blind7/README.md).
    // After the general rules found on its misses: all F1 0.996, category 0.926, date 0.958; conflict F1 0.900.
    name: 'blind7',
    gold: 'blind7.gold.jsonl',
    floors: {
      all: { f1: 0.95, category_acc: 0.87, qualifier_acc: 0.98, date_acc: 0.92, cumulative_acc: 0.85 },
      conflict: { f1: 0.84, qualifier_acc: 0.97, date_acc: 0.93 },
    },
  },
  {
    // First scored (fe60a1b), before anything was learnt from it: all F1 0.979, category 0.903, qualifier
    // 0.992, date 0.842, cumulative 0.860; conflict F1 0.860, date 0.891 (tests/fixtures/blind8/README.md).
    // After the general rules found on its misses: all F1 0.987, category 0.950, date 0.855; conflict F1 0.924.
    name: 'blind8',
    gold: 'blind8.gold.jsonl',
    floors: {
      all: { f1: 0.95, category_acc: 0.88, qualifier_acc: 0.98, date_acc: 0.8, cumulative_acc: 0.82 },
      conflict: { f1: 0.84, qualifier_acc: 0.97, date_acc: 0.86 },
    },
  },
  {
    // First scored (d813dbf), before anything was learnt from it: all F1 0.933, category 0.895, qualifier
    // 0.995, date 0.674, cumulative 0.876; conflict F1 0.844, date 0.672 (tests/fixtures/blind9/README.md).
    // Web pages with their furniture: bylines, datelines, captions, related links, fact boxes, a live blog.
    name: 'blind9',
    gold: 'blind9.gold.jsonl',
    floors: {
      all: { f1: 0.92, category_acc: 0.88, qualifier_acc: 0.98, date_acc: 0.64, cumulative_acc: 0.84 },
      conflict: { f1: 0.85, qualifier_acc: 0.97, date_acc: 0.64 },
    },
  },
  {
    // First scored (d813dbf), before anything was learnt from it: all F1 0.982, category 0.941, qualifier
    // 0.995, date 0.785, cumulative 0.869; conflict F1 0.912, date 0.847 (tests/fixtures/blind10/README.md).
    // Wire, broadsheet, explainer and analysis copy, with its short months, ages and many dates.
    name: 'blind10',
    gold: 'blind10.gold.jsonl',
    floors: {
      all: { f1: 0.96, category_acc: 0.92, qualifier_acc: 0.98, date_acc: 0.76, cumulative_acc: 0.84 },
      conflict: { f1: 0.88, qualifier_acc: 0.97, date_acc: 0.82 },
    },
  },
  {
    // First scored (d813dbf), before anything was learnt from it: all F1 0.977, category 0.933, qualifier
    // 0.996, date 0.848, cumulative 0.828; conflict F1 0.891, date 0.900 (tests/fixtures/blind11/README.md).
    // Deaths and injuries outside war (a crash, an outbreak, a heatwave), a court case, rugby, energy, schools.
    name: 'blind11',
    gold: 'blind11.gold.jsonl',
    floors: {
      all: { f1: 0.95, category_acc: 0.9, qualifier_acc: 0.98, date_acc: 0.8, cumulative_acc: 0.78 },
      conflict: { f1: 0.86, qualifier_acc: 0.97, date_acc: 0.85 },
    },
  },
  {
    // First scored (9d6f632), before anything was learnt from it: all F1 0.980, category 0.970, qualifier
    // 0.983, date 0.818, cumulative 0.808; conflict F1 0.947, date 0.878 (tests/fixtures/blind12/README.md).
    // Mostly not conflict: football, American football, cricket, retail, a carmaker, rates, an election,
    // an earthquake, rail, fraud. After the rules found on its misses: all F1 0.992, date 0.916, cumulative
    // 0.828; conflict F1 0.965.
    name: 'blind12',
    gold: 'blind12.gold.jsonl',
    floors: {
      all: { f1: 0.97, category_acc: 0.95, qualifier_acc: 0.97, date_acc: 0.8, cumulative_acc: 0.79 },
      conflict: { f1: 0.93, qualifier_acc: 0.97, date_acc: 0.85 },
    },
  },
  {
    // First scored (974e390), before anything was learnt from it: all F1 0.948, category 0.992, qualifier
    // 0.984, date 0.839, cumulative 0.918; conflict F1 0.983 (tests/fixtures/blind13/README.md). Sport and
    // retail only, with tables, lists of results, a box score and a live blog. After the rules found on its
    // misses: all F1 0.994, date 0.875, cumulative 0.922.
    name: 'blind13',
    gold: 'blind13.gold.jsonl',
    floors: {
      all: { f1: 0.97, category_acc: 0.97, qualifier_acc: 0.97, date_acc: 0.83, cumulative_acc: 0.88 },
      conflict: { f1: 0.95, qualifier_acc: 0.95 },
    },
  },
  {
    // First scored (4479a6e), before anything was learnt from it: all F1 0.989, category 0.956, qualifier
    // 0.969, date 0.866, cumulative 0.907; conflict F1 0.954, date 0.861 (tests/fixtures/blind14/README.md).
    // Pages as scraped: the US-Venezuela crisis, hockey, cycling, a transfer, retail. After the rules found
    // on its misses: all F1 0.991, qualifier 0.978, date 0.906; conflict F1 0.964.
    name: 'blind14',
    gold: 'blind14.gold.jsonl',
    floors: {
      all: { f1: 0.97, category_acc: 0.94, qualifier_acc: 0.96, date_acc: 0.86, cumulative_acc: 0.88 },
      conflict: { f1: 0.93, qualifier_acc: 0.95, date_acc: 0.9 },
    },
  },
  {
    // First scored (1d7a3a1), before anything was learnt from it: all F1 0.971 (precision 0.961), category
    // 0.996, qualifier 0.981, date 0.795, cumulative 0.807 (tests/fixtures/blind15/README.md). Sport and
    // business with a line score, results and medal tables. After the rules found on its misses: F1 0.989.
    name: 'blind15',
    gold: 'blind15.gold.jsonl',
    floors: {
      all: { f1: 0.97, category_acc: 0.97, qualifier_acc: 0.96, date_acc: 0.77, cumulative_acc: 0.78 },
    },
  },
  {
    // First scored (79ab482), before anything was learnt from it: all F1 0.985, category 0.911, date 0.856,
    // cumulative 0.821; conflict F1 0.896 (tests/fixtures/blind16/README.md). The US-Venezuela crisis:
    // a force list, a poll's answers, deportation flights, a fact box. After the rules found on its misses:
    // category 0.969, date 0.899, conflict F1 0.953.
    name: 'blind16',
    gold: 'blind16.gold.jsonl',
    floors: {
      all: { f1: 0.97, category_acc: 0.95, qualifier_acc: 0.97, date_acc: 0.87, cumulative_acc: 0.8 },
      conflict: { f1: 0.93 },
    },
  },
  {
    // First scored (79ab482), before anything was learnt from it: all F1 0.949 (precision 0.937), date
    // 0.787, cumulative 0.896; conflict F1 0.953 (tests/fixtures/blind17/README.md). General news: a flood,
    // an outbreak, a trial, results with a table in millions, exams, a marathon. After the rules found on
    // its misses: all F1 0.984, conflict F1 0.995.
    name: 'blind17',
    gold: 'blind17.gold.jsonl',
    floors: {
      all: { f1: 0.97, category_acc: 0.97, qualifier_acc: 0.97, date_acc: 0.76, cumulative_acc: 0.86 },
      conflict: { f1: 0.97 },
    },
  },
  {
    // First scored (09e94ac), after blind16's and blind17's rules and before anything was learnt from it:
    // all F1 0.970 (precision 0.963), date 0.657, cumulative 0.900; conflict F1 0.964
    // (tests/fixtures/blind18/README.md). General news: an election count, a heatwave, rents, rugby,
    // basketball, a trading update, a recall, a court round-up, a charity appeal, an airport. After the
    // rules found on its misses: all F1 0.981, conflict F1 0.993.
    name: 'blind18',
    gold: 'blind18.gold.jsonl',
    floors: {
      all: { f1: 0.96, category_acc: 0.97, qualifier_acc: 0.96, date_acc: 0.62, cumulative_acc: 0.87 },
      conflict: { f1: 0.96 },
    },
  },
  {
    // First scored (09e94ac), after blind16's and blind17's rules and before anything was learnt from it:
    // all F1 0.977, category 0.804, date 0.745, cumulative 0.804; conflict F1 0.817 (recall 0.715)
    // (tests/fixtures/blind19/README.md). The crisis from new angles: a hearing, the border, a blackout,
    // disputed tolls, a naval exercise, a six-country poll table, a timeline with monthly tolls. After the
    // rules found on its misses: all F1 0.988, category 0.918, conflict F1 0.920.
    name: 'blind19',
    gold: 'blind19.gold.jsonl',
    floors: {
      all: { f1: 0.97, category_acc: 0.88, qualifier_acc: 0.97, date_acc: 0.69, cumulative_acc: 0.81 },
      conflict: { f1: 0.88 },
    },
  },
  {
    // First scored (9e6b65a), before anything was learnt from it: all F1 0.973 (precision 0.958), date
    // 0.816, cumulative 0.831; conflict F1 0.956 (tests/fixtures/blind20/README.md). General news: a council
    // budget, waiting lists, results day, a study's press release, golf, swimming, a retailer's quarter,
    // mortgages, a storm, a sentencing, rail disruption, a charity. After the rules found on its misses: all
    // F1 0.991, conflict F1 0.982.
    name: 'blind20',
    gold: 'blind20.gold.jsonl',
    floors: {
      all: { f1: 0.98, category_acc: 0.97, qualifier_acc: 0.97, date_acc: 0.79, cumulative_acc: 0.8 },
      conflict: { f1: 0.95 },
    },
  },
  {
    // First scored (9e6b65a), before anything was learnt from it: all F1 0.951, category 0.865, date 0.695;
    // conflict F1 0.851 (recall 0.771) (tests/fixtures/blind21/README.md). The crisis as an oil explainer,
    // a UN vote, a relief agency's table of countries, a war-powers vote, a translated communique, a risk
    // review, a wire timeline, a live page, a prisoner swap, an interview, a poll's crosstabs. After the
    // rules found on its misses and the session's other sets: all F1 0.972, date 0.883, conflict F1 0.888.
    name: 'blind21',
    gold: 'blind21.gold.jsonl',
    floors: {
      all: { f1: 0.96, category_acc: 0.88, qualifier_acc: 0.97, date_acc: 0.86, cumulative_acc: 0.85 },
      conflict: { f1: 0.87 },
    },
  },
  {
    // First scored (7891145), after blind20's and blind21's rules and before anything was learnt from it:
    // all F1 0.966, date 0.497, cumulative 0.815; conflict F1 0.946 (tests/fixtures/blind22/README.md).
    // Sport and retail: a league table, darts, a cycling stage, an NFL box score, transfers, a Christmas
    // trading update, grocery market shares, car registrations, an online retailer's quarter, closures,
    // inflation by category. After the rules found on its misses: all F1 0.971, date 0.710.
    name: 'blind22',
    gold: 'blind22.gold.jsonl',
    floors: {
      all: { f1: 0.96, category_acc: 0.98, qualifier_acc: 0.95, date_acc: 0.68, cumulative_acc: 0.79 },
      conflict: { f1: 0.93 },
    },
  },
  {
    // First scored (7891145), after blind20's and blind21's rules and before anything was learnt from it:
    // all F1 0.947 (precision 0.908), category 0.793; conflict F1 0.803 (recall 0.696)
    // (tests/fixtures/blind23/README.md). The crisis as scraped pages: a live blog revising its toll, a
    // damage assessment, donors' pledges, a comparison table drawn with bars, a detentions report, a photo
    // gallery, a wire brief. After the rules found on its misses: all F1 0.990, conflict F1 0.870.
    name: 'blind23',
    gold: 'blind23.gold.jsonl',
    floors: {
      all: { f1: 0.98, category_acc: 0.84, qualifier_acc: 0.97, date_acc: 0.76, cumulative_acc: 0.82 },
      conflict: { f1: 0.85 },
    },
  },
];

describe.each(SETS)('the $name set', ({ name, gold: goldFile, floors }) => {
  const dir = join(import.meta.dirname, '..', 'fixtures', name);
  const manifest: { file: string }[] = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const { gold, report } = scoreFolder(dir, join(dir, goldFile));

  it('has gold whose text is the slice of its article at its offsets', () => {
    const texts = new Map(manifest.map(({ file }) => [file, readFileSync(join(dir, file), 'utf8')]));
    for (const g of gold) {
      expect(texts.has(g.doc), g.doc).toBe(true);
      expect(texts.get(g.doc)?.slice(g.start, g.end)).toBe(g.text);
    }
  });

  it('stays above the regression floors', () => {
    console.log(`${name} (${manifest.length} articles, ${gold.length} gold figures)\n${formatScore(report)}`);
    for (const [scope, measures] of Object.entries(floors) as [
      keyof ScoreReport,
      Record<Measure, number>,
    ][]) {
      const score: Score = report[scope];
      for (const [measure, floor] of Object.entries(measures) as [Measure, number][]) {
        expect(score[measure], `${scope} ${measure}`).toBeGreaterThanOrEqual(floor);
      }
    }
  });
});
