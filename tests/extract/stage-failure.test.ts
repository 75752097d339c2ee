// A stage that fails on one figure must cost the article only that figure. Module mocks make each stage
// throw on the figure at `failOn.offset`; the figures on either side must come through whole.
import { describe, expect, it, vi } from 'vitest';

const failOn = vi.hoisted(() => ({ stage: '', offset: -1 }));

vi.mock('../../api/extract/qualifiers.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api/extract/qualifiers.ts')>();
  return {
    ...actual,
    qualify: (...args: Parameters<typeof actual.qualify>) => {
      if (failOn.stage === 'qualify' && args[1].start === failOn.offset) throw new Error('qualify failed');
      return actual.qualify(...args);
    },
  };
});
vi.mock('../../api/extract/classify.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api/extract/classify.ts')>();
  return {
    ...actual,
    countedBy: (...args: Parameters<typeof actual.countedBy>) => {
      if (failOn.stage === 'classify' && args[1].start === failOn.offset) throw new Error('classify failed');
      return actual.countedBy(...args);
    },
    answerTotal: (...args: Parameters<typeof actual.answerTotal>) => {
      if (failOn.stage === 'running total' && args[1]?.figure.start === failOn.offset)
        throw new Error('running total failed');
      return actual.answerTotal(...args);
    },
  };
});
vi.mock('../../api/extract/dates.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api/extract/dates.ts')>();
  class FailingDates extends actual.SentenceDates {
    override dateOf(...args: Parameters<typeof actual.SentenceDates.prototype.dateOf>) {
      if (failOn.stage === 'date' && args[0] === failOn.offset) throw new Error('dating failed');
      return super.dateOf(...args);
    }
  }
  return { ...actual, SentenceDates: FailingDates };
});

const { extractFigures } = await import('../../api/extract/index.ts');
// One sentence, so that sentence offsets are text offsets.
const text = 'Storms on 2 March flooded 40 homes, 13 schools and 25 farms.';
const published = '2025-03-04';

describe('a stage failing on one figure', () => {
  it.each(['qualify', 'classify', 'running total', 'date'])('in %s leaves out that figure alone', (stage) => {
    failOn.offset = text.indexOf('13');
    failOn.stage = '';
    expect(extractFigures(text, { published }).map((f) => f.text)).toEqual(['40', '13', '25']);
    failOn.stage = stage;
    const figures = extractFigures(text, { published });
    expect(figures.map((f) => f.text)).toEqual(['40', '25']);
    expect(figures.map((f) => f.date)).toEqual(['2025-03-02', '2025-03-02']);
  });
});
