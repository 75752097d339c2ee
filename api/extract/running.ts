// When a figure stands: a running total over a campaign or a period ("in total", "since September",
// "bringing the death toll to", "has killed"), or a snapshot told as standing now ("are stationed",
// "now has"). Cues bind the figures of their own segment of the sentence, or of the whole sentence when
// they open it ("In total, ...").
import type { SentenceContext } from './context.ts';
import { NAMED_DAY } from './holidays.ts';
import {
  alternativesByFirstLetter,
  asciiFirst,
  BRINGING_VERBS,
  COMPARISON_WORDS,
  FULL_MONTH_NAMES,
  isAsciiLetter,
  lowerCase,
  WEEKDAY_NAMES,
} from './lexicon.ts';
import type { Span } from './sentences.ts';
import type { Category } from './types.ts';

const MONTH = FULL_MONTH_NAMES.join('|');
const MONTH_OR_DAY = `${MONTH}|${WEEKDAY_NAMES.join('|')}|${NAMED_DAY}`;

/** A day of a month written day first: "1 January", "3rd March", "the 1st of May". */
const DAY_OF_MONTH = `(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH})\\b`;

/** A day of a month written month first with the month cut short, as wire copy does: "Nov. 1", "Sept 3". */
const SHORT_MONTH_DAY = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+\\d{1,2}\\b';

/** An event that opens a running period after "since": "since fighting erupted", "since it took effect". */
const OPENING_EVENT =
  '(?:[a-z-]+\\s+){1,3}?(?:began|begun|started|erupted|broke out|took effect|came into (?:force|effect)|took office|(?:was|were) (?:first )?(?:held|introduced|launched|opened|founded|imposed)|opened|launched|hit|struck|arrived)\\b';

/** Cues that make a running total of a figure before or after them. */
const EITHER_SIDE = new RegExp(
  `\\b(?:in total|so far|to date|thus far|altogether|in all(?=\\s*[,.;]|\\s*$)|cumulatively|running total|since\\s+(?:the (?:start|beginning|outbreak|onset)\\b|${DAY_OF_MONTH}|${SHORT_MONTH_DAY}|(?:(?:early|late|mid|the end of)\\s+|mid-)?(?:${MONTH_OR_DAY}|\\d{4}\\b|last\\b|then\\b|the (?:war|conflict|fighting|offensive|invasion|campaign|summer|spring|autumn|winter)\\b)|${OPENING_EVENT}))`,
  'gi',
);

/**
 * A record that a "since" after it dates ("the widest gap since 2023", "its worst month since the war
 * began", "for the first time since 2010"): the figure is compared with the past, not added up over it.
 */
const RECORD_BEFORE_SINCE = asciiFirst(
  /\b(?:the|its|their|his|her) (?:first time|most|least|best|worst|(?:high|low|larg|bigg|small|wid|narrow|great|long|short|deep|heavi|strong|weak|sharp|steep|deadli|bloodi|clos|busi)est)\b[^;:]{0,80}$/iu,
);

/** Characters before a "since" read for the record it dates. */
const RECORD_REACH = 100;

const SINCE = /^since\b/i;

/** Whether the cue matched at `index` is a "since" that dates a record before it. */
function isSinceOfRecord(text: string, index: number, match: RegExpExecArray): boolean {
  return (
    SINCE.test(match[0]) && RECORD_BEFORE_SINCE.test(text.slice(Math.max(0, index - RECORD_REACH), index))
  );
}

/** Cues of a sum that say nothing of time, so that they may sum a whole as it stands. */
const SUM_NOW = /^(?:in total|altogether|in all)$/i;

/**
 * Verbs of what a whole holds now, or where it stands ("are in the Caribbean", "are deployed"): with them,
 * "in total" sums a stock, not a running total.
 */
const STOCK_VERB =
  /\b(?:employs?|owns?|operates?|holds?|houses?|comprises?|contains?|numbers|fields|boasts?|has a (?:staff|workforce|fleet|force) of|(?:are|is)\s+(?:now\s+|currently\s+|still\s+)?(?:in|on|at|inside|aboard|stationed|deployed|based|positioned|employed|enrolled|housed|held))\b/i;

/**
 * Cues that announce the total after them: "a total of", "last year’s total of", "totalling", "totalled";
 * not "totals", the size of a whole as it stands ("a budget that totals £612m").
 */
const ANNOUNCED_TOTAL = /(?:\ba|[’']s) total of\b|\btotall?(?:ing|ed)\b/gi;

/**
 * A toll reached by the casualty figures after it: "bringing the death toll to 40", "the number of people
 * killed rose to 47".
 */
const TOLL = asciiFirst(
  /\b(?:(?:bringing|taking|raising|pushing) the (?:[\p{L}-]+ ){0,3}?(?:toll|total|tally|number)|(?:death|casualty) toll|number of (?:[\p{L}-]+ ){0,2}?(?:killed|dead|deaths|fatalities|injured|wounded|casualties|displaced|evacuated))\b/giu,
);

/** Verbs that tell a count rising to a figure: "the tally rose to 12", "the toll has climbed to 41". */
const RISING_VERBS =
  'rise|rises|rose|risen|rising|climb|climbs|climbed|jump|jumps|jumped|reach|reaches|reached|stand|stands|stood|hit|hits|pass|passes|passed|top|tops|topped';

/** A count told as rising: "tally rose", "toll has now climbed to". */
const risingCount = (count: string) =>
  `${count}\\s+(?:(?:has|have|had|now)\\s+)*(?:${RISING_VERBS})(?:\\s+(?:to|at))?`;

/**
 * A tally or a total brought to the figure, whatever it counts: "taking his tally for the season to 23",
 * "lifting the blockade tally to nine", "the total now stands at 41", "the tally rose to 12"; not "total
 * revenue climbed to", where "total" qualifies a sum of one period. Read just before the figure.
 */
const TALLY_REACHED_BEFORE = asciiFirst(
  new RegExp(
    `\\b(?:(?:${BRINGING_VERBS})\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:tally|total)\\b[^;:]{0,60}?\\bto|${risingCount('(?:tally|total)')})\\s+$`,
    'iu',
  ),
);

/**
 * "The toll rose to 41", "the toll from the shelling rose to 63", "as toll climbs to 41", "lifting the
 * campaign toll to 69", "taking the war's toll past 400" ("past" is the figure's qualifier): a toll alone,
 * told as rising or brought to the figure, is a death toll.
 */
const TOLL_RISES_BEFORE = asciiFirst(
  new RegExp(
    `\\b(?:${risingCount("toll(?:\\s+(?:from|of|in)(?:\\s+[\\p{L}'’-]+){1,4}?)?")}|(?:${BRINGING_VERBS})\\s+(?:[\\p{L}'’-]+\\s+){0,4}?toll(?:\\s+to)?)\\s+$`,
    'iu',
  ),
);

/** Characters before a figure read for the tally or toll brought to it. */
const TALLY_REACH = 120;

/** The words that end TALLY_REACHED_BEFORE and TOLL_RISES_BEFORE: tested first, as most figures end none. */
/**
 * An outbreak's count of cases brought to the figure: "measles cases climb to 118", "confirmed infections
 * have risen to 40"; not "new cases rose to 26", a count of one period.
 */
const CASES_RISE_BEFORE = asciiFirst(
  new RegExp(`(?<!\\b(?:new|weekly|daily|monthly)\\s+)\\b${risingCount('(?:cases|infections)')}\\s+$`, 'iu'),
);
/** Tested after the word before the figure: as hint words these would lengthen every sentence's search. */
const CASES_HINT = /\b(?:cases|infections)\b/i;

const TALLY_LAST_WORDS = new Set(['to', 'at', 'toll', 'tally', 'total', ...RISING_VERBS.split('|')]);

/** The word just before `end` (past the spaces), in lower case; empty if none. */
function lastWordBefore(text: string, end: number): string {
  let stop = end;
  while (stop > 0 && text.charCodeAt(stop - 1) <= 32) stop--;
  let start = stop;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return lowerCase(text.slice(start, stop));
}

/**
 * A count over a whole period: "27,000 deaths last month", "in the first seven months", "in May alone";
 * not "in the past 24 hours", a day's count.
 */
const PERIOD = new RegExp(
  `\\b(?:(?:last|past|this) (?:week|month|year|decade)|(?:over|in|during) the (?:first|last|past) (?!(?:\\d+|twenty-four|forty-eight|few|several) hours\\b)|in (?:${MONTH_OR_DAY}|\\d{4}) alone\\b)`,
  'gi',
);

/** A past period just ended, over which any count of things is a total: "sold 500 tickets last week". */
const PAST_PERIOD = new RegExp(
  `\\b(?:(?:last|past) (?:week|month)|in (?:${MONTH_OR_DAY}|\\d{4}) alone)\\b`,
  'gi',
);

/** Cheap test for a streak: a run of wins, defeats or results in a row. */
const STREAK_HINT = /streak|consecutive|straight|successive|in a row|run of|run to|game run|match run/i;

/** A streak that the figure after it extends or counts: "stretched their winning streak to 11". */
const STREAK_BEFORE = asciiFirst(
  /(?:\bstreak|\b(?:winning|unbeaten|undefeated|losing|winless|scoring|unbroken|perfect)\s+(?:[\p{L}-]+\s+)?run)\s+(?:of|to)\s+$/iu,
);

/**
 * A streak that the figure before it counts: "a nine-game winning streak", "eleven consecutive polls",
 * "14 straight", "six matches in a row".
 */
const STREAK_AFTER = asciiFirst(
  /^(?:(?:-|\s+)[\p{L}]+\s+(?:(?:winning|unbeaten|undefeated|losing|winless|scoring|unbroken|league|home|away)\s+){0,2}streak\b|(?:-|\s+)(?:game|match|fight|race|bout|win|fixture)s?\s+(?:(?:winning|unbeaten|undefeated|losing|winless|scoring|unbroken|league|home|away)\s+){1,2}run\b|\s+(?:consecutive|straight|successive|back-to-back)\b(?!-)|\s+(?:[\p{L}-]+\s+){0,3}?in a row\b)/iu,
);

/** Characters read on either side of a figure for a streak. */
const STREAK_REACH = 48;

/** Whether the figure counts a streak: a run of results in a row, which adds up as a running total does. */
function isStreak(context: SentenceContext, figure: Span): boolean {
  if (!context.has(STREAK_HINT)) return false;
  const text = context.text;
  return (
    STREAK_BEFORE.test(text.slice(Math.max(0, figure.start - STREAK_REACH), figure.start)) ||
    STREAK_AFTER.test(text.slice(figure.end, figure.end + STREAK_REACH))
  );
}

/**
 * A finished reporting period, over which counts of things and events are totals: "in the quarter", "in
 * its latest financial year", "during the year", "in the first half of the year", "in the 13 weeks to
 * June", "over the holiday season", "over the festive period", "over its two weeks", "in the half"
 * (a half-year, as results say it).
 * Not a quarter-final, nor a period of years, nor "the first half" of a match.
 */
const REPORTING_PERIOD =
  /\b(?:in|during|over|for|across|throughout) (?:the|its|their|his|her) (?:half\b(?![-’'])(?!\s+(?:of|an?|hour|time|way)\b)|(?:(?:first|second|third|fourth|final|latest|last|past|previous|same|whole|full|entire|financial|fiscal)\s+){0,2}(?:quarter\b(?!-)|year\b(?!-)|half-year\b|(?:first|second) half of (?:the|its|their|this|last|\d{4})\b|(?:\d+|[a-z]+(?:-[a-z]+)?) (?:weeks|months) to\b(?:\s+\d{1,2}\b)?|(?:holiday|festive|christmas|shopping) (?:season|period)\b|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|months)\b))/gi;

/**
 * A stretch of time told by its length, over which a count, or a sum taken or spent, adds up: "killed 900
 * people over five weeks", "stole £2m over nine years", "scored 402 goals in 16 seasons", "moved 9 tonnes
 * between 2021 and 2024"; not hours ("sold 3,000 within an hour", "in the past 24 hours"), a day's count.
 */
const STRETCH_OF_TIME =
  /\b(?:(?:over|across|during|throughout) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several) (?:days|weeks|months|years|seasons|decades)\b|in (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several) (?:years|seasons|decades)\b|between (?:19|20)\d\d and (?:19|20)\d\d\b)/gi;

/** Cheap test for a stretch of time told by its length. */
const STRETCH_OF_TIME_HINT = /days|weeks|months|years|seasons|decades|between/i;

/** Characters between a figure and its reporting period, at most: farther, the period is another's. */
const MAX_PERIOD_DISTANCE = 60;

/** Words of a forecast, a plan or a target: a period ahead, whose figures are not totals. */
const PERIOD_AHEAD =
  /\b(?:will|would|could|may|might|should|shall|expects?|expected|plans?|planned|aims?|targets?|forecasts?|forecast|guidance|intends?|hopes?|projects?|projected|anticipat\w*|on (?:course|track)|set to|is to|are to)\b/i;

/**
 * Cheap test for a season's tally: "all season", "this season", "45 points from 22 games", "on 46 points",
 * "their opening three games".
 */
const SEASON_HINT = /season|points|first|opening/i;

/** Cheap test for a finished reporting period. */
const REPORTING_PERIOD_HINT = /quarter|year|half|weeks|months|days|season|period/i;

/** The current season, over which a side's or a player's counts are totals: "all season", "this season". */
const SEASON =
  /\b(?:(?:all|this|so far this|throughout the|over the) season\b(?!['’]s)|regular[- ]season\b)/gi;

/** Counts that a season adds up: goals, points, games and the like, after the figure. */
const SEASON_COUNT = asciiFirst(
  /^\s+(?:[\p{L}-]+\s+)?(?:goals|points|tries|runs|wickets|assists|wins|victories|defeats|draws|games|matches|appearances|starts|caps|clean sheets|shutouts|saves|touchdowns|home runs)\b/iu,
);

/** A side's points in a league table: "45 points from 22 games". */
const POINTS_FROM = /^\s+points\s+from\s/i;

/** The games that a side's points came from: "points from 22 games". */
const POINTS_FROM_BEFORE = /\bpoints\s+from\s+$/i;
const GAMES_AFTER = asciiFirst(
  /^\s+(?:[\p{L}-]+\s+)?(?:games|matches|fixtures|outings|starts|races|rounds)\b/iu,
);

/** A side's standing on points in a table: "leaves them on 46 points", "stay fourth on 51 points". */
const ON_POINTS_BEFORE = /\bon\s+$/i;
const POINTS_AFTER = /^\s+points\b/i;

/** The games of a season from its start: "their first 10 games", "its opening three matches". */
const SEASON_START_BEFORE = /\b(?:their|its|his|her) (?:first|opening) $/i;

/** A part of a side's games, up to the number of the whole: "seven of their first 10 games". */
const PART_OF_GAMES = /^\s+of (?:their|its|his|her) (?:(?:first|opening) )?/i;

/**
 * How a season ended: "finished the season with 1,046 runs", "to finish with 86 points" (in a sentence of
 * the season: after one game, "finished with 27 points" is that game's).
 */
const SEASON_FINISH_BEFORE = /\bfinish(?:ed|es)?\s+(?:the (?:season|campaign)\s+)?with\s+$/i;

/** Characters before a figure read for how a season ended. */
const SEASON_FINISH_REACH = 40;

/**
 * Whether the figure is a season's tally: a count over the current season or at its end, a side's points
 * and games, or its games from the season's start, or a part of those.
 */
function isSeasonTally(context: SentenceContext, figure: Span, segment: Span): boolean {
  if (!context.has(SEASON_HINT)) return false;
  const text = context.text;
  const after = text.slice(figure.end, figure.end + 32);
  const before = text.slice(Math.max(0, figure.start - 16), figure.start);
  if (POINTS_FROM.test(after)) return true;
  if (POINTS_FROM_BEFORE.test(before) && GAMES_AFTER.test(after)) return true;
  if (ON_POINTS_BEFORE.test(before) && POINTS_AFTER.test(after)) return true;
  if (SEASON_START_BEFORE.test(before) && GAMES_AFTER.test(after)) return true;
  // "won 41 of their 56 regular-season games": a part of a season's tally is one too.
  const part = PART_OF_GAMES.exec(after);
  if (part !== null) {
    const wholeStart = figure.end + part[0].length;
    const whole = context.figures.find((f) => f.start === wholeStart);
    if (whole && isSeasonTally(context, whole, segment)) return true;
  }
  if (!SEASON_COUNT.test(after) || !context.has(SEASON_CUE_HINT)) return false;
  return (
    SEASON_FINISH_BEFORE.test(text.slice(Math.max(0, figure.start - SEASON_FINISH_REACH), figure.start)) ||
    cues(context, SEASON, SEASON_CUE_HINT, segment).length > 0
  );
}

/** A word that opens another clause, whose period is not the figure's: "cut 6 routes after warning last week". */
const CLAUSE_LINK = /\b(?:after|before|when|because|while|since|and|but|which|who|that)\b/i;

/** Victims of a series of events referred back to: "died in these attacks". */
const SERIES_BACK_REFERENCE =
  /\b(?:in|during|from|by)\s+(?:these|those)\s+(?:attacks|strikes|airstrikes|bombings|raids|operations|incidents)\b/gi;

/** A perfect tense: "has killed", "have now won", "had been evacuated". */
const PERFECT = asciiFirst(
  /\b(?:has|have|had|’ve|'ve)\s+(?:(?:\p{L}+ly|now|so far|also|already|just|since)\s+)?(been\s+)?(\p{L}+ed|won|lost|fled|hit|struck|sunk|shot|seen|taken|spent|paid|sold|built|brought|cut|led|left|grown|risen|fallen|flown|drawn|given|made|run|held|sent|put|kept|beaten|thrown|shown|found|caught|become)\b/giu,
);

/**
 * The places where a perfect may start: its auxiliary, with the long s that PERFECT's case folding reads
 * as "s". Searching for these and trying PERFECT only there is far cheaper than PERFECT's own search,
 * which tests every character under Unicode case folding.
 */
const AUXILIARY_START = /ha[sdv\u017f]|[’']ve/gi;
const PERFECT_AT = new RegExp(PERFECT.source, 'iuy');

/** A perfect found by PERFECT, with where it starts in the sentence. */
interface Perfect {
  index: number;
  match: RegExpExecArray;
}

/** The perfects of a sentence by the segment asked for, keyed by its start and end: filled as figures ask. */
const perfectsBySegment = (): Map<number, Perfect[]> => new Map();

/**
 * The perfects that start in `segment`, as a search of the sentence with PERFECT finds them. None reaches
 * across a segment bound, so a search of the segment alone finds the same; only the segments of figures
 * are searched, which spares the perfects of the others.
 */
function perfectsIn(context: SentenceContext, segment: Span): Perfect[] {
  const bySegment = context.memo(perfectsBySegment);
  const text = context.text;
  const key = segment.start * (text.length + 1) + segment.end;
  let found = bySegment.get(key);
  if (found === undefined) {
    found = [];
    let searchedTo = 0;
    AUXILIARY_START.lastIndex = segment.start;
    for (let start = AUXILIARY_START.exec(text); start !== null; start = AUXILIARY_START.exec(text)) {
      if (start.index >= segment.end) break;
      if (start.index < searchedTo) continue;
      PERFECT_AT.lastIndex = start.index;
      const match = PERFECT_AT.exec(text);
      if (match !== null) {
        found.push({ index: match.index, match });
        searchedTo = PERFECT_AT.lastIndex;
      }
    }
    bySegment.set(key, found);
  }
  return found;
}

/**
 * Participles of events that add up over time. Deployments are not among them: "have been deployed"
 * tells where forces stand now.
 */
const TALLIED = new Set(
  `killed wounded injured evacuated displaced uprooted fled arrested detained rescued recorded
  confirmed registered vaccinated tested infected hospitalised hospitalized treated destroyed
  launched fired intercepted sold delivered identified counted deported expelled struck hit attacked
  shelled bombed sunk won lost scored flown played claimed received welcomed seen spent invested
  pulled plucked raised collected donated burned burnt damaged flooded gathered drawn lodged logged
  charged convicted prosecuted built produced conceded recovered discharged reported accepted`.split(/\s+/),
);

/** Intransitive participles that tally their subject: "9,000 people have died", "have crossed". */
const TALLIED_SUBJECT = new Set(
  'died perished drowned fled crossed arrived returned escaped left'.split(' '),
);

/** Categories that count events or people over time, so that a period or a toll makes them a total. */
const COUNTED: readonly Category[] = ['deaths', 'injuries', 'strikes', 'displaced'];

/** Categories a period makes a total of: counts, and sums spent or earned over it. */
const OVER_PERIOD: readonly Category[] = [...COUNTED, 'money'];

/** How a season or a campaign ended: "finished the season with 61 points". */
const SEASON_END = 'the (?:season|year|campaign|tournament)';

/**
 * Present-tense words, and reports of where forces stand or how a season ended: the sentence tells how
 * things stand now ("were placed on standby", "make up 55%", "finished the season with 61 points").
 */
const STANDING = [
  ...`now currently still already is are am has have remains? stands? employs holds owns operates serves
  houses costs totals numbers contains comprises hosts deployed stationed positioned keeps? provides?
  averages? represents? sits? hold employ operate serve contain occupies occupy covers spans carries
  owes pays earn earns handles handle`.split(/\s+/),
  'as of',
  // "Karsh province, home to 1.4 million people": where people live now.
  'home to',
  'make up',
  'makes up',
  'accounts? for',
  'on (?:standby|alert)',
  // A price or a rate that holds now: "the tax rate stays at $1.12", "pay starts at €52,400".
  'stays? at',
  'starts? at',
  // A side's place in the table after a result: "the win leaves them on 46 points".
  "leaves (?:[a-z’'-]+ ){1,3}?on (?:[a-z0-9-]+ )?points",
  ...['finished', 'ended', 'closed'].map((verb) => `${verb} ${SEASON_END}`),
];

/** A progressive tells a state that holds: "are sheltering", "were still waiting". */
const PROGRESSIVE = ['are', 'is', 'were', 'was'].map((verb) => `${verb} (?:still )?[a-z]+ing`);

/**
 * Either, as one pattern to search the whole sentence with, its words grouped by first letter; only where
 * a match starts is read, which the order of the words does not change. None can match across a comma, a
 * dash or a bracket, nor reads past one (\b sees such a character as it sees the end of the text), so a
 * match that starts in a segment is one that the segment's own text holds.
 */
const STANDING_OR_PROGRESSIVE = new RegExp(
  `\\b(?:${alternativesByFirstLetter([...STANDING, ...PROGRESSIVE])})\\b`,
  'gi',
);

const PERFECT_HINT = /\bha[sdv]|[’']ve\b/i;

/**
 * Cheap literal tests that rule a cue out for the whole sentence, so that the costly patterns run only
 * in the few sentences that might hold them.
 */
const EITHER_SIDE_HINT = /total|far|date|altogether|in all|cumulativ|since/i;
const ANNOUNCED_TOTAL_HINT = /total/i;
const TOLL_HINT = /toll|total|tally|number/i;
const SERIES_BACK_REFERENCE_HINT = /these|those/i;
const PERIOD_HINT = /last|past|this|first|alone/i;
const PAST_PERIOD_HINT = /last|past|alone/i;
const SEASON_CUE_HINT = /season/i;

/** No matches of a cue: one shared array, as most cues are ruled out for most figures. */
const NO_CUES: readonly { index: number; match: RegExpExecArray }[] = [];

/** The matches of the cue `pattern` in `scope`, none where the sentence fails the cue's `hint`. */
function cues(
  context: SentenceContext,
  pattern: RegExp,
  hint: RegExp,
  scope: Span,
): readonly { index: number; match: RegExpExecArray }[] {
  return context.has(hint) ? context.matchesIn(pattern, scope) : NO_CUES;
}

/**
 * What makes a period the base a figure is compared with, not the period it counts over: "62p less than
 * last month", "£3m lower than in the same quarter last year", "compared with last year".
 */
const COMPARED_WITH_PERIOD = new RegExp(
  `\\b(?:than|${COMPARISON_WORDS})\\s+(?:(?:in|on|at|during|over)\\s+)?(?:the same [a-z]+\\s+)?$`,
  'i',
);
/** Tested only where a period cue is found: as hint words these would lengthen every sentence's search. */
const COMPARED_WITH_HINT = /\b(?:than|against|versus|vs|compared)\b/i;

/** The matches of the period cue `pattern` in `scope`, less the periods a figure is compared with. */
function periodCues(
  context: SentenceContext,
  pattern: RegExp,
  hint: RegExp,
  scope: Span,
): readonly { index: number; match: RegExpExecArray }[] {
  const found = cues(context, pattern, hint, scope);
  if (found.length === 0 || !context.has(COMPARED_WITH_HINT)) return found;
  return found.filter(
    ({ index }) => !COMPARED_WITH_PERIOD.test(context.text.slice(Math.max(0, index - 40), index)),
  );
}

/**
 * A part counted out of a whole that a total cue then closes: "won 11 of their 14 matches in total"
 * makes both numbers totals. Matched from just after the part.
 */
const PARTITIVE_TO_CUE = asciiFirst(
  /^\s*(?:[\p{L}-]+\s+)?of (?:the |their |its |his |her |our |all )?[\d.,]+[^\d.,;:–—()]{0,40}?\b(?:in total|so far|to date|thus far|altogether|in all)\b/iu,
);

/**
 * Whether the figure at `figure` (sentence offsets) of category `category` is a running total.
 * `countsThings`: the figure counts things, events or people (not forces, a measure, a rate or a level),
 * so that a period just past makes a total of it whatever its category ("made 80 arrests last week",
 * "flew 3 million passengers last month").
 */
export function isRunningTotal(
  context: SentenceContext,
  figure: Span,
  category: Category,
  countsThings = false,
): boolean {
  // Checked last, since few figures have a cue: "have flown four missions a day" is a rate, not a total.
  return (
    hasRunningTotalCue(context, figure, category, countsThings) &&
    !isRate(context, figure) &&
    // A toll held is still a toll: "the toll remained at 82".
    (COUNTED.includes(category) || !isLevelHeld(context, figure))
  );
}

/**
 * A level held, whose "since" tells how long it has held: "has been frozen at Bs 130 since 2022", "kept at
 * £9.50 since April".
 */
const LEVEL_HELD_BEFORE =
  /\b(?:frozen|held|fixed|pegged|capped|kept|unchanged|stuck|remained|remains|stayed|stays)\s+at\s+$/i;
function isLevelHeld(context: SentenceContext, figure: Span): boolean {
  return (
    context.text.includes(' at ') &&
    LEVEL_HELD_BEFORE.test(context.text.slice(Math.max(0, figure.start - 24), figure.start))
  );
}

/**
 * A rate after the figure: "four missions a day", "5,000 a week", "£180,000 per week", "each year"; not a
 * comparison with a time before ("up from 30,980 a month earlier", "a year ago").
 */
const RATE_AFTER = asciiFirst(
  /^\s*(?:[\p{L}-]+\s+){0,3}?(?:a|an|per|each|every)\s+(?:day|night|week|month|year|hour|minute)\b(?!\s+(?:earlier|ago|before|later|previously)\b)/iu,
);

/** Characters after a figure read for its rate. */
const RATE_REACH = 40;

/**
 * The words RATE_AFTER's periods start with, for the sentence's search for hint words: "wee", as case
 * folding reads a Kelvin sign as "k".
 */
const RATE_HINT = /day|night|wee|month|year|hour|minute/i;

function isRate(context: SentenceContext, figure: Span): boolean {
  return context.has(RATE_HINT) && RATE_AFTER.test(context.text.slice(figure.end, figure.end + RATE_REACH));
}

function hasRunningTotalCue(
  context: SentenceContext,
  figure: Span,
  category: Category,
  countsThings: boolean,
): boolean {
  const segment = context.segmentAt(figure.start);
  const opening = context.opening();
  const overPeriod = OVER_PERIOD.includes(category);
  const counted = COUNTED.includes(category);
  // Asked once: the sentence's most common cue, read in up to four places.
  const eitherSide = context.has(EITHER_SIDE_HINT);
  if (opening && opening.start !== segment.start) {
    const framing = eitherSide ? context.matchesIn(EITHER_SIDE, opening) : NO_CUES;
    // "In all, 12 warships are in the Caribbean": a sum of a whole as it stands.
    const stock =
      framing.length > 0 &&
      framing.every(({ match }) => SUM_NOW.test(match[0])) &&
      STOCK_VERB.test(context.text);
    if (framing.length > 0 && !stock) return true;
    if (overPeriod && periodCues(context, PERIOD, PERIOD_HINT, opening).length > 0) return true;
    if (countsThings && periodCues(context, PAST_PERIOD, PAST_PERIOD_HINT, opening).length > 0) return true;
  }
  // "Toll: 46", "Death toll at month's end: 17": a fact box's toll.
  if (
    category === 'deaths' &&
    (TOLL_LABEL.test(context.text.slice(segment.start, figure.start)) ||
      (opening !== null && TOLL_LABEL.test(context.text.slice(opening.start, opening.end))))
  )
    return true;
  for (const { index, match } of eitherSide ? context.matchesIn(EITHER_SIDE, segment) : NO_CUES) {
    // "since 3 March": the number is the cue's date, not a figure that it makes a total.
    if (isInsideCue(figure, index, match) || isSinceOfRecord(context.text, index, match)) continue;
    // "employs 26,500 people in total": the size of a whole now, not a running total.
    if (SUM_NOW.test(match[0]) && STOCK_VERB.test(context.text.slice(segment.start, segment.end))) continue;
    // Before the figure it frames all that follows; after it, only the figure nearest to it, or a part
    // counted out of that figure.
    if (index < figure.start || !context.figureBetween(figure.end, index)) return true;
    // Counts joined by "and" share it; changes in points or shares ("up four and two points") do not.
    if ((countsThings || counted) && onlyJoinedFiguresBetween(context, figure.end, index)) return true;
    // "has paid more than $142m to 88 informants since 1986": a count the figure went to or came from.
    if (
      (countsThings || counted || category === 'money') &&
      onlyGovernedCountsBetween(context, figure.end, index)
    )
      return true;
    if (context.has(PARTITIVE_HINT) && PARTITIVE_TO_CUE.test(context.text.slice(figure.end, index + 16)))
      return true;
  }
  if (eitherSide) {
    if (isBoundPastAside(context, segment, figure)) return true;
    const head = headOfResultClause(context, segment);
    if (head !== null && context.matchesIn(EITHER_SIDE, head).length > 0) return true;
  }
  for (const { index } of cues(context, ANNOUNCED_TOTAL, ANNOUNCED_TOTAL_HINT, segment))
    if (index < figure.start) return true;
  if (counted) {
    for (const { index } of cues(context, TOLL, TOLL_HINT, segment)) if (index < figure.start) return true;
  }
  // A tally, a toll or an outbreak's cases brought to the figure: "the toll rose to 41", "cases rose to 9".
  if (TALLY_LAST_WORDS.has(lastWordBefore(context.text, figure.start))) {
    const tally = context.has(TOLL_HINT);
    const cases = context.has(CASES_HINT);
    if (tally || cases) {
      const before = context.text.slice(Math.max(segment.start, figure.start - TALLY_REACH), figure.start);
      if (tally && TALLY_REACHED_BEFORE.test(before)) return true;
      if (tally && counted && TOLL_RISES_BEFORE.test(before)) return true;
      if (cases && CASES_RISE_BEFORE.test(before)) return true;
    }
  }
  if (context.has(BY_WORD) && context.has(BY_TIME_HINT) && isDoneByThen(context, segment, figure))
    return true;
  // "Twelve now dead after coach overturns": the dead counted as things stand are a toll.
  if (category === 'deaths' && NOW_DEAD_AFTER.test(context.text.slice(figure.end, figure.end + 32)))
    return true;
  if (cues(context, SERIES_BACK_REFERENCE, SERIES_BACK_REFERENCE_HINT, segment).length > 0) return true;
  if (counted && context.has(WAR_HINT) && isTollOfWar(context, segment, figure)) return true;
  // "expects to raise €4.5m this year": a forecast over a period is no total.
  if (
    overPeriod &&
    periodCues(context, PERIOD, PERIOD_HINT, segment).length > 0 &&
    !PERIOD_AHEAD.test(context.text.slice(segment.start, figure.start))
  )
    return true;
  if (countsThings) {
    for (const { index } of periodCues(context, PAST_PERIOD, PAST_PERIOD_HINT, segment)) {
      const between = context.text.slice(Math.min(index, figure.end), Math.max(index, figure.start));
      if (!CLAUSE_LINK.test(between)) return true;
    }
  }
  if (context.has(PERFECT_HINT)) {
    if (tallyingPerfect(context, segment, figure)) return true;
    // "Some 400,000 residents, nearly a third of them, have fled": a perfect past an aside.
    const beyondAside = segmentBeyondAside(context, segment);
    if (beyondAside !== null && tallyingPerfect(context, beyondAside, figure)) return true;
  }
  if (countsThings && category === 'other' && isCountOverNamedPeriod(context, segment, figure)) return true;
  if (!context.has(TALLY_HINT)) return false;
  return (
    isStreak(context, figure) ||
    isSeasonTally(context, figure, segment) ||
    ((countsThings || counted || category === 'money') &&
      overPeriodOfClause(context, segment, figure, REPORTING_PERIOD, REPORTING_PERIOD_HINT)) ||
    ((countsThings || overPeriod) &&
      overPeriodOfClause(context, segment, figure, STRETCH_OF_TIME, STRETCH_OF_TIME_HINT))
  );
}

/** A season of the year, named as a period: "last autumn", "this summer". */
const SEASON_OF_YEAR = 'spring|summer|autumn|fall|winter';

/**
 * A month, a year or a season named as the period of a count: "approved 48,900 mortgages in January",
 * "delivered 1.74 million in 2025", "in March last year", "hired 35,000 this year", "sold 31,000 last
 * autumn"; not a day of it ("in May 12" is no English) nor a span of years ("in 2026-27").
 */
const NAMED_PERIOD = new RegExp(
  `\\bin (?:(?:early|late|mid-?)\\s*)?(?:${MONTH})\\b(?:\\s+(?:19|20)\\d\\d\\b|\\s+last year\\b)?|\\bin (?:19|20)\\d\\d\\b(?![-\\u2013/]\\d)|\\b(?:this|last) (?:year|month|${SEASON_OF_YEAR})\\b`,
  'gi',
);

/** Cheap test for a named month, year or season. */
const NAMED_PERIOD_HINT = new RegExp(
  `\\bin (?:(?:early|late|mid-?)\\s*)?(?:${MONTH}|(?:19|20)\\d\\d)\\b|\\b(?:this|last) (?:year|month|${SEASON_OF_YEAR})\\b`,
  'i',
);

/** Words before a figure that compare it with another ("up from 52,100 in December"): it shares its total. */
const COMPARED_BEFORE = asciiFirst(
  new RegExp(`\\b(?:from|than|${COMPARISON_WORDS})\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu'),
);

/**
 * Verbs of what a business or a service handles over time, whose counts over a month or a year are the
 * period's totals, as its statistics report them ("approved 48,900 mortgages", "carried 3.4 million
 * passengers"); not one-off acts ("cut 31 jobs", "arrested 17 people"), told in the same way.
 */
const THROUGHPUT_VERBS =
  'approved|carried|flew|sold|shipped|delivered|built|produced|manufactured|hired|recruited|registered|recorded|handled|received|served|welcomed|attracted|opened|issued|exported|imported|processed|booked';
const THROUGHPUT_VERB_SET: ReadonlySet<string> = new Set(THROUGHPUT_VERBS.split('|'));
/** Cheap test for THROUGHPUT_PASSIVE_AFTER, answered by the sentence's search for hint words. */
const PASSIVE_HINT = /were|was/i;
const THROUGHPUT_PASSIVE_AFTER = asciiFirst(
  new RegExp(`^(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:were|was)\\s+(?:${THROUGHPUT_VERBS})\\b`, 'iu'),
);

/**
 * Whether the figure counts what a business or a service handled over a month or a year gone by, named
 * in its own clause: "Northline carried 3.4 million passengers in November", "1,600 staff were hired in
 * August". Only figures of no conflict category: "in October" as often names the month of a single attack.
 * A compared figure shares the total of the one it is compared with.
 */
function isCountOverNamedPeriod(context: SentenceContext, segment: Span, figure: Span): boolean {
  const text = context.text;
  // The verb first: it rules out most figures, and reads less of the sentence than the period's search.
  const verbBefore =
    figure.start > segment.start && THROUGHPUT_VERB_SET.has(lastWordBefore(text, figure.start));
  if (!verbBefore && !context.has(PASSIVE_HINT)) return false;
  const before = text.slice(Math.max(segment.start, figure.start - 32), figure.start);
  return (
    (verbBefore ||
      (context.has(PASSIVE_HINT) &&
        THROUGHPUT_PASSIVE_AFTER.test(text.slice(figure.end, figure.end + 48)))) &&
    !COMPARED_BEFORE.test(before) &&
    context.has(NAMED_PERIOD_HINT) &&
    overPeriodOfClause(context, segment, figure, NAMED_PERIOD, NAMED_PERIOD_HINT)
  );
}

/** Cheap test for any of a streak, a season's tally or a reporting period: most sentences hold none. */
const TALLY_HINT = new RegExp(
  [STREAK_HINT, SEASON_HINT, REPORTING_PERIOD_HINT, STRETCH_OF_TIME_HINT]
    .map((hint) => hint.source)
    .join('|'),
  'i',
);

/**
 * Whether a period (`period`, a finished reporting period or a stretch of time) of the figure's own clause
 * makes it a total: no clause opens between them, and the clause up to the period tells no forecast
 * ("plans to open 40 stores in the year").
 */
function overPeriodOfClause(
  context: SentenceContext,
  segment: Span,
  figure: Span,
  period: RegExp,
  hint: RegExp,
): boolean {
  for (const { index, match } of periodCues(context, period, hint, segment)) {
    // "the 13 weeks to 1 November": the number is the period's date.
    if (isInsideCue(figure, index, match)) continue;
    const between = context.text.slice(Math.min(index, figure.end), Math.max(index, figure.start));
    if (between.length > MAX_PERIOD_DISTANCE) continue;
    if (CLAUSE_LINK.test(between) && !joinedUpToPeriod(context, figure, index)) continue;
    // A forecast anywhere before: "would offer 1,500 bursaries, at a cost of £3m over two years".
    const clause = context.text.slice(0, Math.max(figure.end, index + match[0].length));
    if (!PERIOD_AHEAD.test(clause)) return true;
  }
  return false;
}

/**
 * Whether the figures from the figure up to a period after it are counts joined by "and" or "or", the last
 * of them next to the period, so that it counts them all: "opened 14 stores and closed nine in the half".
 */
function joinedUpToPeriod(context: SentenceContext, figure: Span, period: number): boolean {
  if (period < figure.end || !onlyJoinedFiguresBetween(context, figure.end, period)) return false;
  let lastEnd = figure.end;
  for (const f of context.figures) if (f.end <= period && f.end > lastEnd) lastEnd = f.end;
  return !CLAUSE_LINK.test(context.text.slice(lastEnd, period));
}

/** A clause of what an action brought about: "…, killing at least 83 people". */
const RESULT_CLAUSE = /\s*(?:killing|wounding|injuring|leaving)\b/iy;

/**
 * The clause that a clause of the result hangs from, whose running total it shares: "carried out 21
 * strikes since early September, killing at least 83 people". Null for any other segment.
 */
function headOfResultClause(context: SentenceContext, segment: Span): Span | null {
  if (segment.start === 0) return null;
  RESULT_CLAUSE.lastIndex = segment.start;
  if (!RESULT_CLAUSE.test(context.text)) return null;
  const segments = context.segments();
  const at = segments.findIndex((s) => s.start === segment.start);
  return at > 0 ? segments[at - 1] : null;
}

/** What joins one figure's phrase to the next figure: "shipping companies and more than". */
const JOINED_TO_NEXT = asciiFirst(/^[\s\p{L}’'-]{0,40}?\s(?:and|or)\s+(?:[\p{L}]+\s+){0,2}$/u);

/**
 * Whether every figure between `from` and a trailing cue at `to` is joined to the one before it by "and"
 * or "or", so that the cue binds them all: "added 14 companies and more than 40 vessels since October".
 */
function onlyJoinedFiguresBetween(context: SentenceContext, from: number, to: number): boolean {
  let end = from;
  for (const f of context.figures) {
    if (f.start < from || f.end > to) continue;
    if (!JOINED_TO_NEXT.test(context.text.slice(end, f.start))) return false;
    end = f.end;
  }
  return end > from;
}

/**
 * A label or a line that opens with a toll: "Toll: 46", "Death toll at month's end: 17", "Toll unchanged
 * at 82".
 */
const TOLL_LABEL = /^\s*(?:[-–•*·]\s*)?(?:(?:death|casualty)\s+)?tolls?\b/i;

/** A preposition that makes a count part of the figure's clause: "$142m to 88 informants", "in 12 raids". */
const GOVERNING_PREPOSITION = /^[^,;:()]{0,24}?\s(?:to|in|among|across|from|for|with|by|on)\s+$/;

/** A noun after a count, before what follows: "88 informants". */
const NOUN_AFTER = /^\s+\p{L}/u;

/**
 * Whether every figure between `from` and a trailing cue at `to` is a count of things introduced by a
 * preposition, so that the cue binds the clause: "has paid more than $142m to 88 informants since 1986",
 * "killed 40 people in 12 raids since May"; not "rose from 12 to 40 since May", where 40 stands bare.
 */
function onlyGovernedCountsBetween(context: SentenceContext, from: number, to: number): boolean {
  let end = from;
  for (const f of context.figures) {
    if (f.start < from || f.end > to) continue;
    if (!GOVERNING_PREPOSITION.test(context.text.slice(end, f.start))) return false;
    if (!NOUN_AFTER.test(context.text.slice(f.end, to))) return false;
    end = f.end;
  }
  return end > from;
}

/** The dead counted as things stand: "Twelve now dead", "four people are now dead". */
const NOW_DEAD_AFTER = /^\s+(?:people\s+|others\s+)?(?:(?:are|were)\s+)?now\s+(?:dead|confirmed dead)\b/i;

/** A day or a time by which something had been done, after the figure: "by Wednesday evening". */
const BY_TIME_AFTER =
  /^[^;:]{0,60}?\bby (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|last night|midnight|noon|(?:this|that) (?:morning|afternoon|evening)|mid-?(?:morning|afternoon|evening)|lunchtime|nightfall|\d{1,2}(?:[.:]\d\d)?\s?[ap]\.?m\b)/i;
const BY_TIME_HINT =
  /\bby (?:\w+day|yesterday|last|midnight|noon|this|that|mid|lunchtime|nightfall|\d{1,2}(?:[.:]\d\d)?\s?[ap])/i;
/** The cheap test before BY_TIME_HINT, answered by the sentence's one search for hint words. */
const BY_WORD = /by /i;

/** A past perfect before the figure in its clause: "had raised", "had taken", "had been reconnected". */
const HAD_DONE_BEFORE = /\bhad\s+(?:(?:been|already|now)\s+)?[a-z]+(?:ed|en|wn|ne|ght|ut|un)\b[^;:]*$/i;

/**
 * Whether the figure tells what had been done by a day or a time ("had raised more than £64,000 by
 * Wednesday evening", "had burned 18,500 hectares by Saturday morning"): a total up to then. Only the
 * figure nearest before the day is bound.
 */
function isDoneByThen(context: SentenceContext, segment: Span, figure: Span): boolean {
  const text = context.text;
  const after = BY_TIME_AFTER.exec(text.slice(figure.end, segment.end + 80));
  if (after === null || context.figureBetween(figure.end, figure.end + after[0].length)) return false;
  return (
    HAD_DONE_BEFORE.test(text.slice(segment.start, figure.start)) ||
    PAST_VERB_BEFORE.test(text.slice(Math.max(segment.start, figure.start - 24), figure.start)) ||
    HAD_DONE_AFTER.test(text.slice(figure.end, figure.end + after[0].length))
  );
}

/** A verb in the past just before the figure: "treated 214 runners by mid-afternoon". */
const PAST_VERB_BEFORE = /\b[a-z]+ed\s+$/i;

/** A past perfect the figure is the subject of: "31,452 had finished by 3pm". */
const HAD_DONE_AFTER = /^\s+(?:[a-z]+\s+)?had\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ght|ut|un)\b/i;

/** Whether the figure stands inside the cue matched at `index`: a number the cue is written with. */
function isInsideCue(figure: Span, index: number, match: RegExpExecArray): boolean {
  return figure.start >= index && figure.start < index + match[0].length;
}

/** Cheap test for a part counted out of a whole: "11 of their 14". */
const PARTITIVE_HINT = /\bof (?:the |their |its |his |her |our |all )?\d/i;

/**
 * Words after a figure that tie it to one event or one day, so that its perfect tells of that event, not
 * a tally: "had killed 12 militants in a clash", "had struck 10 positions in response", "had hit 14
 * targets on Friday morning", "40 have died in the stampede".
 */
const ONE_EVENT_AFTER = new RegExp(
  `\\b(?:in (?:a|an|the|one) (?:single )?(?:clash|attack|ambush|raid|strike|airstrike|air strike|explosion|blast|bombing|shooting|fire|crash|collision|accident|stampede|incident|battle|firefight|skirmish)|in (?:clashes|response)|on (?:${DAY_OF_MONTH}|(?:${MONTH_OR_DAY})\\b))`,
  'i',
);

/** Characters after a figure read for the one event it belongs to. */
const ONE_EVENT_REACH = 80;

function isOfOneEvent(context: SentenceContext, segment: Span, figure: Span): boolean {
  const after = context.text.slice(figure.end, Math.min(segment.end, figure.end + ONE_EVENT_REACH));
  const event = ONE_EVENT_AFTER.exec(after);
  // "since it made landfall on Tuesday": the day of another clause.
  return event !== null && !CLAUSE_LINK.test(after.slice(0, event.index));
}

/** A war, or a stretch of fighting told by its length: "the 19-month war", "three days of artillery fire". */
const WAR =
  '(?:war|conflict|insurgency|(?:days|weeks|months|years) of (?:[a-z-]+ ){0,2}?(?:fighting|shelling|fire|bombardment|bombing|clashes|strikes|airstrikes|raids|violence))';

/** Cheap test for a war or a stretch of fighting. */
const WAR_HINT = /war|conflict|insurgency|days of|weeks of|months of|years of/i;

/**
 * A war as the subject of the verb of its toll: "The 19-month war killed", "a 19-day war in 2014 that
 * killed". The words between the war and the verb are captured, and the verb ends the match.
 */
const WAR_TOLL_VERB = new RegExp(
  `\\b${WAR}\\b([^;:,.]{0,60}?)\\s(?:(?:that|which)\\s+)?(?:killed|wounded|injured|displaced|uprooted)\\b`,
  'gi',
);

/**
 * Where the verbs of a war's toll end in the sentence: those whose war is their subject, with no other
 * clause between them ("the war began after gunmen killed" is no toll of the war).
 */
function warTollVerbs(context: SentenceContext): number[] {
  const ends: number[] = [];
  for (const { index, match } of context.matchesIn(WAR_TOLL_VERB, { start: 0, end: context.text.length }))
    if (!CLAUSE_LINK.test(match[1])) ends.push(index + match[0].length);
  return ends;
}

/** "a brief war over the highlands in 2019 in which": a war whose toll the clause after tells. */
const WAR_IN_WHICH_BEFORE = new RegExp(`\\b${WAR}\\b[^;:,.]{0,60}?\\bin which\\s+$`, 'i');
const TOLL_VERB_AFTER =
  /^\s+(?:[a-z-]+\s+){0,2}?(?:(?:were|was|had been|have been)\s+(?:killed|wounded|injured|displaced)|died)\b/i;

/** Characters before a figure read for the war whose toll it tells. */
const WAR_REACH = 100;

/**
 * Whether the figure tells a war's toll, a total over the war: after the verb of its toll in its own
 * segment ("The 19-month war killed 48,000 soldiers and 6,500 civilians"), or in a clause of it ("a war in
 * which 1,700 soldiers were killed").
 */
function isTollOfWar(context: SentenceContext, segment: Span, figure: Span): boolean {
  if (context.memo(warTollVerbs).some((end) => end >= segment.start && end <= figure.start)) return true;
  const text = context.text;
  return (
    lastWordBefore(text, figure.start) === 'which' &&
    WAR_IN_WHICH_BEFORE.test(text.slice(Math.max(0, figure.start - WAR_REACH), figure.start)) &&
    TOLL_VERB_AFTER.test(text.slice(figure.end, figure.end + 48))
  );
}

/** A level that a perfect tells reached, not a tally: "have recovered to 94%". */
const LEVEL_REACHED = /^\s+to\b/i;

/** A verb in the past joined after a perfect's participle: "had burned 900 hectares and forced". */
const JOINED_VERB = /\b(?:and|but)\s+(\p{L}+ed)\b/giu;

/**
 * Whether the figure after an active perfect's participle (`between`: the text from the participle to
 * the figure) is its object: not one reached ("have recovered to 94%"), nor the object of a verb joined
 * after it that tallies nothing ("had burned 900 hectares and forced 500 people from their homes"), though
 * one that tallies too shares the count ("has killed 58 and injured 240").
 */
function isObjectOf(between: string): boolean {
  if (LEVEL_REACHED.test(between)) return false;
  for (const [, verb] of between.matchAll(JOINED_VERB)) if (!TALLIED.has(lowerCase(verb))) return false;
  return true;
}

function tallyingPerfect(context: SentenceContext, segment: Span, figure: Span): boolean {
  for (const { index, match } of perfectsIn(context, segment)) {
    const participle = lowerCase(match[2]);
    // Only events that add up make a tally ("has killed 40", "have won nine", "45,000 have been
    // evacuated", "9,000 have died"), not changes or states ("has risen to 31%", "have been blacked
    // out"), nor one event ("had killed 12 in a clash"). An active perfect tallies its object, a passive
    // or intransitive one its subject: in its own segment the figure nearest before it ("losses would
    // reach $5m and 800 claims have been received" tallies the claims alone), or one before an aside.
    const tallies =
      (TALLIED_SUBJECT.has(participle) && index > figure.start) ||
      (TALLIED.has(participle) &&
        (match[1]
          ? index < figure.start || figure.start < segment.start || !context.figureBetween(figure.end, index)
          : index < figure.start && isObjectOf(context.text.slice(index + match[0].length, figure.start))));
    if (tallies) return !isOfOneEvent(context, segment, figure);
  }
  return false;
}

/** A segment that goes on with the verb of the subject before the aside. */
const AUXILIARY_FIRST = /^\s*(?:have|has|had)\b/i;

/** Characters in an aside between a subject and its verb, at most. */
const MAX_ASIDE_LENGTH = 60;

/** What ends a clause, not an aside within it. */
const CLAUSE_BOUND = /[;:]/;

/**
 * The short aside that follows `segment` ("X, about 90% of them, have fled"), and the segment beyond it
 * that goes on with the clause; null if none. The aside holds a number of its own and is set off by
 * commas, dashes or brackets.
 */
function asideAfter(context: SentenceContext, segment: Span): { aside: Span; beyond: Span } | null {
  const segments = context.segments();
  const at = segments.findIndex((s) => s.start === segment.start);
  const aside = segments[at + 1];
  const beyond = segments[at + 2];
  if (at < 0 || !aside || !beyond || aside.end - aside.start > MAX_ASIDE_LENGTH) return null;
  const text = context.text;
  if (CLAUSE_BOUND.test(text[segment.end]) || CLAUSE_BOUND.test(text[aside.end])) return null;
  return context.figureBetween(aside.start, aside.end) ? { aside, beyond } : null;
}

/** The segment after a short aside that follows `segment`, where it goes on with the verb; or null. */
function segmentBeyondAside(context: SentenceContext, segment: Span): Span | null {
  const beyond = asideAfter(context, segment)?.beyond;
  return beyond && AUXILIARY_FIRST.test(context.text.slice(beyond.start, beyond.start + 8)) ? beyond : null;
}

/**
 * Whether a cue after a short aside binds the figure: the last figure before the aside, or one in the
 * aside ("has moved 11 warships, including two submarines, into the gulf since 1 September"; "$1.3bn
 * (£970m) in lost revenue since the blockade began"), with no figure between the aside and the cue.
 * Asked only of a sentence that holds EITHER_SIDE_HINT.
 */
function isBoundPastAside(context: SentenceContext, segment: Span, figure: Span): boolean {
  let found = context.figureBetween(figure.end, segment.end) ? null : asideAfter(context, segment);
  if (found === null) {
    // The figure stands in the aside of a segment that holds a figure of its own.
    const segments = context.segments();
    const head = segments[segments.findIndex((s) => s.start === segment.start) - 1];
    found = head && context.figureBetween(head.start, head.end) ? asideAfter(context, head) : null;
    if (found?.aside.start !== segment.start) return false;
  }
  const { beyond } = found;
  // The cue goes on with the clause: no figure, nor a clause of its own ("and will be ... since"), before it.
  return context
    .matchesIn(EITHER_SIDE, beyond)
    .some(
      ({ index, match }) =>
        !context.figureBetween(beyond.start, index) &&
        !CLAUSE_LINK.test(context.text.slice(beyond.start, index)) &&
        !isSinceOfRecord(context.text, index, match),
    );
}

/** A clause set off by a comma that describes something else: "…, which is still being investigated". */
const RELATIVE_CLAUSE = /\s*(?:which|who|whom|whose|where)\b/iy;

/**
 * Whether the sentence tells the figure at `offset` as a snapshot standing now, which is dated at
 * publication. A relative clause about something else does not make a past event stand now.
 */
export function isStanding(context: SentenceContext, offset: number): boolean {
  const own = context.segmentAt(offset);
  return context
    .memo(standingSegments)
    .some(({ segment, relative }) => !relative || segment.start === own.start);
}

/** Whether the segment holding `offset` itself tells how things stand now ("are now deployed"). */
export function standsInOwnSegment(context: SentenceContext, offset: number): boolean {
  const own = context.segmentAt(offset);
  return context.memo(standingSegments).holdsSegmentAt(own.start);
}

interface StandingSegment {
  segment: Span;
  /** The segment is a relative clause ("which is still being investigated"). */
  relative: boolean;
}

function standingSegments(context: SentenceContext): StandingSegments {
  return new StandingSegments(context);
}

/**
 * The segments of a sentence that tell how things stand now, each marked if it is a relative clause:
 * one search of the sentence, which jumps to the next segment once a segment is found, and goes on only
 * as far as a question needs (most are answered by the first such segment).
 */
class StandingSegments {
  private readonly found: StandingSegment[] = [];
  /** The segment the search goes on from; past the last once the search is done. */
  private at = 0;

  constructor(private readonly context: SentenceContext) {}

  /** Whether any such segment passes `test`. */
  some(test: (standing: StandingSegment) => boolean): boolean {
    if (this.found.some(test)) return true;
    for (let next = this.findNext(); next !== null; next = this.findNext()) if (test(next)) return true;
    return false;
  }

  /**
   * Whether the segment starting at `start` is one of them: the search stops once past it, where `some`
   * would go on to the end of the sentence.
   */
  holdsSegmentAt(start: number): boolean {
    if (this.found.some(({ segment }) => segment.start === start)) return true;
    const segments = this.context.segments();
    while (this.at < segments.length && segments[this.at].start <= start) {
      const next = this.findNext();
      if (next === null) return false;
      if (next.segment.start === start) return true;
    }
    return false;
  }

  private findNext(): StandingSegment | null {
    const segments = this.context.segments();
    if (this.at >= segments.length) return null;
    const text = this.context.text;
    STANDING_OR_PROGRESSIVE.lastIndex = segments[this.at].start;
    const match = STANDING_OR_PROGRESSIVE.exec(text);
    if (match === null) {
      this.at = segments.length;
      return null;
    }
    while (this.at < segments.length && segments[this.at].end <= match.index) this.at++;
    // Every match starts with a letter, so inside a segment.
    const segment = segments[this.at];
    // Read where the segment starts, in place: the bound after it ends a word as the end of a copy would.
    RELATIVE_CLAUSE.lastIndex = segment.start;
    const standing = { segment, relative: RELATIVE_CLAUSE.test(text) };
    this.found.push(standing);
    this.at++;
    return standing;
  }
}
