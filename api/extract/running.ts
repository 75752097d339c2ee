// When a figure stands: a running total over a campaign or a period ("in total", "since September",
// "bringing the death toll to", "has killed"), or a snapshot told as standing now ("are stationed",
// "now has"). Cues bind the figures of their own segment of the sentence, or of the whole sentence when
// they open it ("In total, ...").
import type { SentenceContext } from './context.ts';
import type { Span } from './sentences.ts';
import type { Category } from './types.ts';

const MONTH_OR_DAY =
  'January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Cues that make a running total of a figure before or after them. */
const EITHER_SIDE = new RegExp(
  `\\b(?:in total|so far|to date|thus far|altogether|in all(?=\\s*[,.;]|\\s*$)|cumulatively|running total|since\\s+(?:(?:early|late|mid|the (?:start|beginning|end|outbreak) of)\\s+)?(?:${MONTH_OR_DAY}|\\d{4}\\b|last\\b|it (?:began|started)|then\\b|the (?:war|conflict|fighting|offensive|invasion|campaign)\\b))`,
  'gi',
);

/** Cues that announce the total after them: "a total of", "totalling". */
const ANNOUNCED_TOTAL = /\b(?:a total of|totall?ing)\b/gi;

/** A toll reached by the casualty figures after it: "bringing the death toll to 40". */
const TOLL =
  /\b(?:(?:bringing|taking|raising|pushing) the (?:[\p{L}-]+ ){0,3}?(?:toll|total|tally|number)|(?:death|casualty) toll)\b/giu;

/** A count over a whole period: "27,000 deaths last month", "in the first seven months". */
const PERIOD =
  /\b(?:(?:last|past|this) (?:week|month|year|decade)|(?:over|in|during) the (?:first|last|past) )/gi;

/** Victims of a series of events referred back to: "died in these attacks". */
const SERIES_BACK_REFERENCE =
  /\b(?:in|during|from|by)\s+(?:these|those)\s+(?:attacks|strikes|airstrikes|bombings|raids|operations|incidents)\b/gi;

/** A perfect tense: "has killed", "have now won", "had been evacuated". */
const PERFECT =
  /\b(?:has|have|had|’ve|'ve)\s+(?:(?:\p{L}+ly|now|so far|also|already|just|since)\s+)?(been\s+)?(\p{L}+ed|won|lost|fled|hit|struck|shot|seen|taken|spent|paid|sold|built|brought|cut|led|left|grown|risen|fallen|flown|drawn|given|made|run|held|sent|put|kept|beaten|thrown|shown|found|caught|become)\b/giu;

/**
 * Participles of events that add up over time. Deployments are not among them: "have been deployed"
 * tells where forces stand now.
 */
const TALLIED = new Set(
  `killed wounded injured evacuated displaced uprooted fled arrested detained rescued recorded
  confirmed registered vaccinated tested infected hospitalised hospitalized treated destroyed
  launched fired intercepted sold delivered identified counted deported expelled struck hit attacked
  shelled bombed won lost scored flown played claimed received welcomed seen`.split(/\s+/),
);

/** Categories that count events or people over time, so that a period or a toll makes them a total. */
const COUNTED: readonly Category[] = ['deaths', 'injuries', 'strikes', 'displaced'];

/** Categories a period makes a total of: counts, and sums spent or earned over it. */
const OVER_PERIOD: readonly Category[] = [...COUNTED, 'money'];

/** Present-tense words: the sentence tells how things stand now. */
const STANDING =
  /\b(?:now|currently|still|already|is|are|am|has|have|remains?|stands?|as of|employs|holds|owns|operates|serves|houses|costs|totals|numbers|contains|comprises|hosts)\b/i;

/** A progressive tells a state that holds: "are sheltering", "were still waiting". */
const PROGRESSIVE = /\b(?:are|is|were|was) (?:still )?[a-z]+ing\b/i;

/**
 * Cheap literal tests that rule a cue out for the whole sentence, so that the costly patterns run only
 * in the few sentences that might hold them.
 */
const HINTS = new Map<RegExp, RegExp>([
  [EITHER_SIDE, /total|far|date|together|in all|cumulativ|since/i],
  [ANNOUNCED_TOTAL, /total/i],
  [TOLL, /toll|total|tally|number/i],
  [SERIES_BACK_REFERENCE, /these|those/i],
  [PERIOD, /last|past|this|first/i],
  [PERFECT, /\bha[sdv]|[’']ve\b/i],
]);

function cues(context: SentenceContext, pattern: RegExp, scope: Span) {
  const hint = HINTS.get(pattern);
  return hint && !context.has(hint) ? [] : context.matchesIn(pattern, scope);
}

/** Whether the figure at `figure` (sentence offsets) of category `category` is a running total. */
export function isRunningTotal(context: SentenceContext, figure: Span, category: Category): boolean {
  const segment = context.segmentAt(figure.start);
  const opening = context.opening();
  if (opening && opening.start !== segment.start) {
    if (cues(context, EITHER_SIDE, opening).length > 0) return true;
    if (OVER_PERIOD.includes(category) && cues(context, PERIOD, opening).length > 0) return true;
  }
  for (const { index } of cues(context, EITHER_SIDE, segment)) {
    // Before the figure it frames all that follows; after it, only the figure nearest to it.
    if (index < figure.start || !context.figureBetween(figure.end, index)) return true;
  }
  for (const { index } of cues(context, ANNOUNCED_TOTAL, segment)) if (index < figure.start) return true;
  if (COUNTED.includes(category)) {
    for (const { index } of cues(context, TOLL, segment)) if (index < figure.start) return true;
  }
  if (cues(context, SERIES_BACK_REFERENCE, segment).length > 0) return true;
  if (OVER_PERIOD.includes(category) && cues(context, PERIOD, segment).length > 0) return true;
  for (const { index, match } of cues(context, PERFECT, segment)) {
    const participle = match[2].toLowerCase();
    // Only events that add up make a tally ("has killed 40", "have won nine", "45,000 have been
    // evacuated"), not changes or states ("has risen to 31%", "have been blacked out"). An active
    // perfect tallies its object, a passive one its subject.
    if (TALLIED.has(participle) && (match[1] || index < figure.start)) return true;
  }
  return false;
}

/** Whether the sentence tells a snapshot standing now, which is dated at publication. */
export function isStanding(context: SentenceContext): boolean {
  return context.has(STANDING) || context.has(PROGRESSIVE);
}
