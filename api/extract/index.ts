// The extraction pipeline: number expressions → their sentence → qualifier words → what is counted and
// its category → running total → date, each stage over all of an article's numbers in turn. Pure: text
// and a publication date in, figures out; it never throws.
import {
  answerTotal,
  type Classification,
  countedBy,
  isMeasure,
  isShareUnit,
  type TotalQuestion,
} from './classify.ts';
import { isSpace, SentenceContext } from './context.ts';
import { SentenceDates } from './dates.ts';
import { asciiFirst, COMPARISON_WORDS, lowerCase } from './lexicon.ts';
import { findCandidates, type NumberExpression, readCandidates } from './numbers.ts';
import { type QualifiedSpan, qualify } from './qualifiers.ts';
import { bracketsNoteAt, leadInOf, type Span, sentenceAround } from './sentences.ts';
import type { ExtractedFigure, ExtractOptions } from './types.ts';

/**
 * How much text before a sentence may carry a cue into it: a poll named in the sentence before, or an
 * attack in the paragraph before, as a story's paragraphs go on with one subject.
 */
const PRECEDING_REACH = 300;

/**
 * Verbs after "and" that give the figure after them a state of its own, not more of the figure before:
 * "killed 32 and left 500,000 without power".
 */
const STATE_VERBS = 'left|leaving|leaves|forced|forcing|sent|sending|put|putting|kept|keeping|made|making';

/** Levels a figure may be told as ("down from a peak of 1.9 million"): the figure, not what it counts. */
const LEVEL_NOUNS = 'peak|high|low|record|maximum|minimum';

/**
 * Words that put a figure beside the one before it, pick part of it, or change like it: "up from 9,000",
 * "of which 12", "fell four points while the other gained three", "up two points and the other down three",
 * "down from a peak of 1.9 million".
 */
const ELLIPSIS_BEFORE = asciiFirst(
  new RegExp(
    `\\b(?:from|to|${COMPARISON_WORDS}|and|or|of which|gained|added|shed|dropped|slipped|fallen|risen|climbed|up|down)\\s+(?!(?:${STATE_VERBS})\\b)(?:(?:a|the)\\s+(?:${LEVEL_NOUNS})\\s+of\\s+|(?:[\\p{L}-]+\\s+){0,2})$`,
    'iu',
  ),
);

/** Words that make a figure part of the one before it: "300,000 of them", "4,000 more". */
const ELLIPSIS_AFTER = /^\s*(?:of (?:them|those|these|whom)|more|others)\b/i;

/** A clause of what an action brought about, opening just before the figure: ", killing at least". */
const RESULT_CLAUSE_BEFORE = asciiFirst(
  /,\s*(?:killing|wounding|injuring|leaving)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
);

/** Words that pick a figure out of a group of things or people, never out of a sum of money. */
const PART_OF_GROUP = /^\s*of (?:them|those|these|whom)\b/i;

/**
 * Words after a figure that make it a part of the figure before it: "17 hurt, three of them children",
 * "27 drones, 19 of which were shot down".
 */
const PART_OF_THEM = /^\s+of (?:them|whom|which)\b/i;

/** Words that make a figure a part of the people counted before it. */
const PART_OF_BEFORE = asciiFirst(
  /\b(?:including|among them|among whom|of whom|of them)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
);

/**
 * Words that compare a figure with an earlier one: "against 2,410 drones", "up from 936", "to €461m from
 * €884m", "compared with 25 people"; not "45 points from 22 games". Compared figures count alike, over
 * alike periods.
 */
const COMPARED_BEFORE = asciiFirst(
  new RegExp(
    `(?:\\b(?:up|down|rose|fell|risen|fallen|dropped|climbed|grew|increased|decreased)\\s+from|\\d\\S*\\s+from|\\b(?:${COMPARISON_WORDS}))\\s+(?:[\\p{L}-]+\\s+){0,2}$`,
    'iu',
  ),
);

/** Cheap test that rules COMPARED_BEFORE out for most figures. */
const COMPARED_HINT = /from|against|versus|vs|compared/i;

/**
 * What joins a figure to a compared one before it, so that it is compared too: "against 2,410 drones and
 * 97 missiles", the noun of the one before and a comma, "and" or "or".
 */
const JOINED_TO_PREVIOUS = asciiFirst(/^(?:\s+[\p{L}-]+){0,2}?\s*(?:,\s*|(?:,\s*)?(?:and|or)\s+)$/iu);

/**
 * Nouns for people by what they do, which the lexicon need not hold: "dockworkers", "journalists",
 * "technicians", "migrants", "fishermen", "trainees". Asked only of a part picked out of people.
 */
const PEOPLE_BY_ROLE = /(?:ers|ists|ians|ants|ents|men|ees)$/;

/** Categories that count people, so that a part of them counts the same. */
const PEOPLE_COUNTS: readonly string[] = ['deaths', 'injuries', 'displaced'];
/** How much of an article opens it: its title and its first paragraph or so. */
const STORY_OPENING = 400;

/** An opening that tells of a poll or a survey: "Poll: 61% of Venezuelans...", "A survey published on Tuesday". */
const POLL_STORY = /\b(?:poll|polls|polling|survey|surveyed|respondents|pollsters?)\b/i;

/** Categories of people, forces among them, that "Some 5,000 of them" may pick a part of. */
const PEOPLE_OR_FORCES: readonly string[] = [...PEOPLE_COUNTS, 'troops'];

/** At most two words before a figure at the start of its sentence: "Some 5,000 of them", "But 40 of them". */
const OPENS_SENTENCE = asciiFirst(/^\s*(?:\p{L}+\s+){0,2}$/u);

interface SentenceCache extends Span {
  context: SentenceContext;
  /**
   * The classifications of the sentence's figures so far: the last one, which an elliptical figure takes
   * over, and any a compared figure takes over.
   */
  earlier: Classification[];
  /** Whether the sentence's last figure so far was compared with an earlier one. */
  comparing: boolean;
  /** The running-total question of the sentence's last figure so far, which an elided figure asks too. */
  lastTotal: TotalQuestion | null;
  /** What dates the sentence's figures, read by the date stage if the sentence keeps a figure. */
  dating: Dating | null;
  /**
   * The last classification of the sentence before, which "Some 5,000 of them" at its start picks part of;
   * set when the sentence's first figure is classified.
   */
  before: Classification | null;
}

/**
 * `text` copied into one flat string. A text built by concatenation is a rope, and a slice is a view into
 * the text it was cut from: reading a character of either first finds where it is stored. The extractor
 * reads the text and each sentence character by character many times over, so it reads flat copies, which
 * joining parts builds (a copy of a few kilobytes costs far less than that indirection on every read).
 */
function flatCopy(text: string): string {
  return text.length < 2 ? text : [text.slice(0, 1), text.slice(1)].join('');
}

/**
 * The dates of a sentence; or, for a line of a list that names no date of its own, the dates of the line
 * leading in to the list and where in that line its figures are dated: at its end ("Key figures, 12 weeks
 * to 29 August:"), or, under a heading that notes what its rows give in brackets, at its first date and,
 * for a figure in brackets, just before its "in brackets" ("April 2026 (March in brackets)").
 */
interface Dating {
  dates: SentenceDates;
  leadInAt: number | null;
  bracketedAt: number | null;
}

/** The sentence around `numbers[index]`, with the spans of its numbers. */
function readSentence(
  text: string,
  numbers: NumberExpression[],
  index: number,
  pollStory: boolean,
): SentenceCache {
  const number = numbers[index];
  const bounds = sentenceAround(text, number.start);
  const start = bounds.start;
  const end = Math.max(bounds.end, number.end);
  // A copy, not a view into the article: the sentence is read character by character for every figure.
  const sentenceText = flatCopy(text.slice(start, end));
  const figures: Span[] = [];
  for (let i = index; i < numbers.length && numbers[i].start < end; i++) {
    figures.push({ start: numbers[i].start - start, end: Math.min(numbers[i].end, end) - start });
  }
  const context = new SentenceContext(
    sentenceText,
    figures,
    () => text.slice(Math.max(0, start - PRECEDING_REACH), start),
    pollStory,
  );
  return { start, end, context, earlier: [], comparing: false, lastTotal: null, before: null, dating: null };
}

/** What dates the figures of `sentence`: its own dates, or those of the line leading in to its list. */
function datingOf(text: string, sentence: SentenceCache, published: string | null): Dating {
  const headline = isHeadline(text, sentence);
  const own: Dating = {
    dates: new SentenceDates(sentence.context, published, headline),
    leadInAt: null,
    bracketedAt: null,
  };
  if (own.dates.namesADate()) return own;
  const leadIn = leadInOf(text, sentence.start);
  if (leadIn === null) return own;
  const context = new SentenceContext(flatCopy(text.slice(leadIn.start, leadIn.end)), [], () =>
    text.slice(Math.max(0, leadIn.start - PRECEDING_REACH), leadIn.start),
  );
  const note = bracketsNoteAt(context.text);
  return {
    dates: new SentenceDates(context, published),
    leadInAt: note === -1 ? leadIn.end - leadIn.start : 0,
    bracketedAt: note === -1 ? null : note,
  };
}

/** The longest first line read as a headline. */
const HEADLINE_LENGTH = 160;

/**
 * Whether `sentence` is the article's headline: the whole of its first line that holds text, short, and
 * not ended by a full stop as a sentence of the body is.
 */
function isHeadline(text: string, sentence: Span): boolean {
  let before = sentence.start;
  while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
  if (before > 0) return false;
  const lineEnd = text.indexOf('\n', sentence.end);
  const end = lineEnd === -1 ? text.length : lineEnd;
  return (
    text.slice(sentence.end, end).trim() === '' &&
    sentence.end - sentence.start <= HEADLINE_LENGTH &&
    text.charCodeAt(sentence.end - 1) !== 46
  );
}

/** A number with the sentence around it, and its span and qualifier once read. */
interface Reading {
  number: NumberExpression;
  sentence: SentenceCache;
  span: QualifiedSpan | null;
}

/**
 * A classified figure, kept or not, before the running-total stage: its classification (not yet
 * cumulative), the question that stage asks, and the earlier figures of its sentence whose running total
 * makes it one too.
 */
interface Classified {
  classification: Classification;
  sentence: SentenceCache;
  total: TotalQuestion | null;
  sharesTotalOf: Classification[];
  /** The figure, for one kept: all but its running total and date, which later stages fill in. */
  figure: ExtractedFigure | null;
  /** Where the number starts in its sentence. */
  offset: number;
  /** The figure this one converts into another unit ("$110m (£82m)"), whose qualifier and date it takes. */
  converts: ExtractedFigure | null;
}

/** Whether `number` is one that a figure can be made of: a finite value over a span inside the text. */
function isReadable(text: string, number: NumberExpression): boolean {
  return (
    Number.isFinite(number.value) &&
    number.start >= 0 &&
    number.end <= text.length &&
    number.start < number.end
  );
}

/**
 * The qualified number classified, with its figure unless it overlaps the figure before it or is "one" as
 * a pronoun. The figures of a sentence are classified in order: a figure may take over what the one
 * before it counts.
 */
function classified(
  text: string,
  number: NumberExpression,
  sentence: SentenceCache,
  span: QualifiedSpan,
  earliestStart: number,
): Classified {
  // Qualifier words never reach into the previous figure.
  const start = span.start < earliestStart ? number.start : span.start;
  // What classify reads of the number, in sentence offsets.
  const local = {
    start: number.start - sentence.start,
    end: number.end - sentence.start,
    value: number.value,
    unit: number.unit,
  };
  const counted = countedBy(sentence.context, local, start - sentence.start);
  let classification: Classification = {
    unit: counted.unit,
    category: counted.category,
    cumulative: false,
    elliptical: counted.elliptical,
  };
  let total = counted.total;
  // "more than 21,000 troops, up from about 9,000": a figure with nothing of its own, compared with the
  // figure before it or picking out part of it, counts the same.
  const previous = sentence.earlier.at(-1) ?? null;
  // Only a figure after another in its sentence can be elided, or a part of it.
  const before = previous ? text.slice(Math.max(sentence.start, number.start - 30), start) : '';
  const after = previous ? text.slice(number.end, number.end + 20) : '';
  const partOfThem = previous !== null && PART_OF_THEM.test(after);
  // "Some 5,000 of them serve aboard ships": the first figure of a sentence picks out part of the people
  // the sentence before counted.
  const carried = sentence.before;
  if (
    previous === null &&
    classification.elliptical &&
    carried !== null &&
    PEOPLE_OR_FORCES.includes(carried.category) &&
    OPENS_SENTENCE.test(text.slice(sentence.start, start)) &&
    PART_OF_THEM.test(text.slice(number.end, number.end + 20))
  ) {
    classification = { ...classification, unit: carried.unit, category: carried.category, elliptical: false };
  }
  if (
    classification.elliptical &&
    previous &&
    !previous.elliptical &&
    previous.unit &&
    // "sales of less than $4m, and fewer than 30 of them were profitable": the part counts the things.
    !(previous.category === 'money' && PART_OF_GROUP.test(after)) &&
    (ELLIPSIS_BEFORE.test(before) || ELLIPSIS_AFTER.test(after))
  ) {
    classification = { ...classification, unit: previous.unit, category: previous.category };
    // "opened 14 stores and closed nine in the half": asked about as what it counts.
    if (total !== null) {
      total = {
        ...total,
        category: previous.category,
        countsThings: sentence.lastTotal?.countsThings ?? false,
      };
    }
  } else if (
    previous &&
    (classification.category === 'other' ||
      // "struck 11 targets, among them two artillery batteries": the batteries were struck.
      (previous.category === 'strikes' && classification.category === 'military_assets') ||
      // "11 people were killed, seven of them soldiers": the soldiers are among the dead.
      (PEOPLE_COUNTS.includes(previous.category) && classification.category === 'troops')) &&
    isPartLike(previous, classification) &&
    (partOfThem || PART_OF_BEFORE.test(before))
  ) {
    // "killed 20 people, including 5 children", "17 hurt, three of them children", "hit 14 targets,
    // including three depots": the part counts what the whole counts.
    const unit = classification.category === 'troops' ? 'people' : classification.unit;
    classification = { ...classification, unit, category: previous.category };
  }
  const sharesTotalOf: Classification[] = [];
  // "57 attacks since December, 12 of them by drones", "412 cases since June, including 17 deaths": a part
  // of a running total is one too; so are the dead of a clause of its result ("have destroyed 20 vessels,
  // killing at least 80 people"). A share of them ("nearly 60% of them") is no total.
  if (
    previous &&
    !isShareUnit(classification.unit) &&
    (partOfThem || RESULT_CLAUSE_BEFORE.test(before) || PART_OF_BEFORE.test(before))
  )
    sharesTotalOf.push(previous);
  const compared =
    previous !== null &&
    ((COMPARED_HINT.test(before) && COMPARED_BEFORE.test(before)) ||
      (sentence.comparing &&
        earliestStart >= sentence.start &&
        JOINED_TO_PREVIOUS.test(text.slice(earliestStart, start))));
  const like = compared ? likeComparedFigure(classification, sentence.earlier) : null;
  if (like) {
    classification = { ...classification, category: like.category };
    sharesTotalOf.push(like);
  }
  // A period that frames the others ("in the three months to September") is no figure they go on with.
  if (!isPeriodFrame(text, sentence, start, classification)) {
    sentence.earlier.push(classification);
    sentence.lastTotal = total;
    sentence.comparing = compared;
  }
  const classifiedFigure = {
    classification,
    sentence,
    total,
    sharesTotalOf,
    figure: null,
    offset: local.start,
    converts: null,
  };
  // Left out before it is dated, which costs the most: a figure overlapping the one before, or "one" as
  // a pronoun.
  if (start < earliestStart || isPronounOne(classification, text, number)) return classifiedFigure;
  const figure: ExtractedFigure = {
    start,
    end: span.end,
    text: text.slice(start, span.end),
    value: number.value,
    valueMax: number.valueMax !== null && Number.isFinite(number.valueMax) ? number.valueMax : null,
    qualifier: span.start < earliestStart ? (number.qualifier ?? 'exact') : span.qualifier,
    unit: classification.unit,
    category: classification.category,
    date: null,
    datePrecision: null,
    cumulative: false,
    sentence: sentence.context.text,
  };
  return { ...classifiedFigure, figure };
}

/** Units of a length of time, which a period framing a sentence's figures counts. */
const PERIOD_UNITS: readonly (string | null)[] = ['hours', 'days', 'weeks', 'months', 'quarters', 'years'];

/** Words that open a period framing a sentence's figures: "in the", "over the past", "during the first". */
const PERIOD_OPENS_BEFORE =
  /\b(?:in|over|during|across|within)\s+(?:the\s+)?(?:(?:past|last|first|previous|latest|final|same)\s+)?$/i;

/**
 * Whether the figure starting at `start` is the length of a period that frames the sentence's other figures:
 * "shipped 1.2 million cards in the three months to September, up from 870,000" (870,000 counts cards).
 */
function isPeriodFrame(
  text: string,
  sentence: SentenceCache,
  start: number,
  classification: Classification,
): boolean {
  return (
    PERIOD_UNITS.includes(classification.unit) &&
    PERIOD_OPENS_BEFORE.test(text.slice(Math.max(sentence.start, start - 24), start))
  );
}

/**
 * The earlier figure of the same unit that a compared figure is like, whose category it takes and whose
 * period it counts over: "fired 2,900 drones so far this month, against 2,410 drones in the whole of
 * February", "profit of €461m, down from €884m".
 */
function likeComparedFigure(
  figure: Classification,
  earlier: readonly Classification[],
): Classification | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const like = earlier[i];
    if (like.unit !== null && like.unit === figure.unit) return like;
  }
  return null;
}

/**
 * Whether a figure can be a part of the whole before it: people of people or of troops, things struck of
 * targets, or a bare number of either ("412 deaths, including 38 this month", "8.2 million members, of
 * whom 1.1 million are in training").
 */
function isPartLike(whole: Classification, part: Classification): boolean {
  if (PEOPLE_OR_FORCES.includes(whole.category))
    return (
      part.unit === 'people' ||
      part.unit === null ||
      part.category === 'troops' ||
      PEOPLE_BY_ROLE.test(part.unit)
    );
  return whole.category === 'strikes' && part.unit !== 'people' && !(part.unit && isMeasure(part.unit));
}

/**
 * The word "one" is far more often a pronoun or determiner ("one of them", "one scenario is", "in one
 * picture") than a count; it is kept only where it counts something in a conflict category.
 */
function isPronounOne(classification: Classification, text: string, number: NumberExpression): boolean {
  return (
    classification.category === 'other' &&
    number.end - number.start === 3 &&
    lowerCase(text.slice(number.start, number.end)) === 'one'
  );
}

/** Every figure of `text`, in order, with its qualifier, unit, category, date and running-total flag. */
export function extractFigures(text: string, options: ExtractOptions = {}): ExtractedFigure[] {
  return extractFiguresOfEach([{ text, published: options?.published }])[0];
}

/** An article to extract figures from: its text, and its publication date (`YYYY-MM-DD`) if known. */
export interface Article extends ExtractOptions {
  text: string;
}

/** An article as the stages go through it: its flat text, its numbers, and what each stage made of them. */
interface ArticleInProgress {
  text: string;
  published: string | null;
  /** Where each candidate number ends, found by a stage of its own before any is read. */
  candidateEnds: number[];
  numbers: NumberExpression[];
  readings: Reading[];
  classifiedFigures: Classified[];
}

/**
 * The figures of each article, in order, as `extractFigures` gives them for each alone. Each stage runs
 * over all the numbers before the next begins, here of all the articles at once: run figure by figure, the
 * stages' code and patterns together overflow the processor's instruction cache, and an article holds too
 * few numbers for a stage to run long once its code is loaded. Measured on the benchmark's articles: stage
 * by stage in one article, about 10% faster than figure by figure; over 32 articles at once, 14–24% faster
 * again (2026-11-27). A figure that a stage cannot read is left out, and costs its article none of its
 * other figures.
 */
export function extractFiguresOfEach(articles: readonly Article[]): ExtractedFigure[][] {
  const inProgress = articles.map(scanArticle).map((article) => article && readNumbers(article));
  // The articles with numbers to read; the others keep their place, with no figures.
  const read = inProgress.filter((article) => article !== null);
  for (const article of read) {
    const pollStory = POLL_STORY.test(article.text.slice(0, STORY_OPENING));
    article.readings = readSentences(article.text, article.numbers, pollStory);
  }
  // Classification asks about the hint words for nearly every figure: each sentence's are found here.
  for (const article of read) readHintWords(article.readings);
  for (const article of read) qualifyEach(article.text, article.readings);
  for (const article of read) article.classifiedFigures = classifyEach(article.text, article.readings);
  for (const article of read) answerRunningTotals(article.classifiedFigures);
  for (const article of read) dateSentences(article.text, article.published, article.classifiedFigures);
  return inProgress.map((article) => (article ? datedFigures(article.classifiedFigures) : []));
}

/** The article with its text flat and its candidate numbers found; null for one with no text to read. */
function scanArticle(article: Article | null | undefined): ArticleInProgress | null {
  if (typeof article?.text !== 'string' || article.text.length === 0) return null;
  // A flat copy: the caller's text may be a rope, `${heading}\n${body}`.
  const text = flatCopy(article.text);
  return {
    text,
    published: article.published ?? null,
    candidateEnds: findCandidates(text),
    numbers: [],
    readings: [],
    classifiedFigures: [],
  };
}

/** The article with its numbers read at its candidates; null when they cannot be read. */
function readNumbers(article: ArticleInProgress): ArticleInProgress | null {
  try {
    article.numbers = readCandidates(article.text, article.candidateEnds);
    return article;
  } catch {
    return null;
  }
}

/** Each number with the sentence around it; the numbers of one sentence share it. */
function readSentences(text: string, numbers: NumberExpression[], pollStory: boolean): Reading[] {
  const readings: Reading[] = [];
  let sentence: SentenceCache | null = null;
  for (const [index, number] of numbers.entries()) {
    try {
      if (!sentence || number.start < sentence.start || number.end > sentence.end) {
        sentence = readSentence(text, numbers, index, pollStory);
      }
      readings.push({ number, sentence, span: null });
    } catch {}
  }
  return readings;
}

/** Finds the hint words of each sentence of the readings (see `SentenceContext.readHintWords`). */
function readHintWords(readings: Reading[]): void {
  for (const { sentence } of readings) {
    try {
      sentence.context.readHintWords();
    } catch {}
  }
}

/** The span and qualifier of each number that a figure can be made of. */
function qualifyEach(text: string, readings: Reading[]): void {
  for (const reading of readings) {
    try {
      if (isReadable(text, reading.number)) reading.span = qualify(text, reading.number, reading.sentence);
    } catch {}
  }
}

/** Every qualified number classified, in order: each figure's qualifier stops at the figure before it. */
function classifyEach(text: string, readings: Reading[]): Classified[] {
  const classifiedFigures: Classified[] = [];
  let previousEnd = 0;
  let previousFigure: ExtractedFigure | null = null;
  let previousSentence: SentenceCache | null = null;
  for (const { number, sentence, span } of readings) {
    if (sentence !== previousSentence) {
      sentence.before = previousSentence?.earlier.at(-1) ?? null;
      previousSentence = sentence;
    }
    if (span === null) continue;
    try {
      const classifiedFigure = classified(text, number, sentence, span, previousEnd);
      classifiedFigures.push(classifiedFigure);
      const { figure } = classifiedFigure;
      if (figure) {
        if (previousFigure && isConversion(text, previousFigure, figure)) {
          classifiedFigure.converts = previousFigure;
          if (figure.qualifier === 'exact') figure.qualifier = previousFigure.qualifier;
        }
        previousEnd = figure.end;
        previousFigure = figure;
      }
    } catch {}
  }
  return classifiedFigures;
}

/** What stands between a figure and its conversion into another unit: an opening bracket. */
const CONVERSION_BETWEEN = /^\s*\(\s*$/;

/**
 * Whether `figure` converts `before` into another unit, in brackets right after it: "an estimated $110m
 * (£82m)", "about 3,000 pounds (1,360 kilograms)". Both are sums of money, or both measures.
 */
function isConversion(text: string, before: ExtractedFigure, figure: ExtractedFigure): boolean {
  return (
    before.unit !== null &&
    figure.unit !== null &&
    before.unit !== figure.unit &&
    (before.category === 'money') === (figure.category === 'money') &&
    before.qualifier !== 'range' &&
    CONVERSION_BETWEEN.test(text.slice(before.end, figure.start)) &&
    text.charCodeAt(figure.end) === 41
  );
}

/**
 * Whether each classified figure is a running total, in order, so that the figures whose running total a
 * figure shares are answered before it. A figure whose answer fails is left out.
 */
function answerRunningTotals(classifiedFigures: Classified[]): void {
  for (const classifiedFigure of classifiedFigures) {
    const { classification, sentence, total, sharesTotalOf } = classifiedFigure;
    try {
      classification.cumulative =
        answerTotal(sentence.context, total) || sharesTotalOf.some((whole) => whole.cumulative);
    } catch {
      classifiedFigure.figure = null;
    }
  }
}

/** Whether the figure at `offset` of `line` stands inside brackets: "Bread 4.8% (4.5%)". */
function isInBrackets(line: string, offset: number): boolean {
  return line.lastIndexOf('(', offset) > line.lastIndexOf(')', offset - 1);
}

/** Reads the dates of each sentence that keeps a figure, or of the line leading in to its list. */
function dateSentences(text: string, published: string | null, classifiedFigures: Classified[]): void {
  for (const { figure, sentence } of classifiedFigures) {
    if (figure === null || sentence.dating) continue;
    try {
      sentence.dating = datingOf(text, sentence, published);
    } catch {}
  }
}

/** The figures kept, each with its running total and its date, once their sentences' dates are read. */
function datedFigures(classifiedFigures: Classified[]): ExtractedFigure[] {
  const figures: ExtractedFigure[] = [];
  for (const { figure, classification, sentence, offset, converts } of classifiedFigures) {
    if (figure === null || sentence.dating === null) continue;
    try {
      if (converts) {
        // Dated before it, in order: a conversion tells of the same sum at the same time.
        figure.cumulative = converts.cumulative;
        figure.date = converts.date;
        figure.datePrecision = converts.datePrecision;
        figures.push(figure);
        continue;
      }
      const { dates, leadInAt, bracketedAt } = sentence.dating;
      const at =
        bracketedAt !== null && isInBrackets(sentence.context.text, offset)
          ? bracketedAt
          : (leadInAt ?? offset);
      const date = dates.dateOf(at, classification);
      figure.cumulative = classification.cumulative;
      figure.date = date?.date ?? null;
      figure.datePrecision = date?.precision ?? null;
      figures.push(figure);
    } catch {}
  }
  return figures;
}
