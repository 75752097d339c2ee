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

/** Cues that announce the total after them: "a total of", "bringing the death toll to". */
const BEFORE_TOTAL =
  /\b(?:a total of|totall?ing|(?:bringing|taking|raising|pushing) the (?:[\p{L}-]+ ){0,3}?(?:toll|total|tally|number)|(?:death|casualty) toll)\b/giu;

/** A count over a whole period: "27,000 deaths last month", "in the past decade". */
const PERIOD = /\b(?:(?:last|past|this) (?:week|month|year|decade)|(?:over|in|during) the (?:last|past) )/gi;

/** Victims of a series of events referred back to: "died in these attacks". */
const SERIES_BACK_REFERENCE =
  /\b(?:in|during|from|by)\s+(?:these|those)\s+(?:attacks|strikes|airstrikes|bombings|raids|operations|incidents)\b/gi;

/** A perfect tense: "has killed", "have now won", "had been evacuated". */
const PERFECT =
  /\b(?:has|have|had|’ve|'ve)\s+(?:(?:\p{L}+ly|now|so far|also|already|just|since)\s+)?(been\s+)?(\p{L}+ed|won|lost|fled|hit|struck|shot|seen|taken|spent|paid|sold|built|brought|cut|led|left|grown|risen|fallen|flown|drawn|given|made|run|held|sent|put|kept|beaten|thrown|shown|found|caught|become)\b/giu;

/** A perfect of these tells where forces stand now, not a total: "have been deployed". */
const DEPLOYED =
  /^(?:deployed|stationed|sent|positioned|mobili[sz]ed|amassed|massed|dispatched|based|moved)$/i;

/** Passive participles of events that add up over time. */
const TALLIED = new Set(
  `killed wounded injured evacuated displaced uprooted arrested detained rescued recorded reported
  confirmed registered vaccinated tested infected hospitalised hospitalized treated destroyed damaged
  launched fired intercepted sold built delivered issued filed identified counted deported expelled
  struck hit attacked shelled bombed`.split(/\s+/),
);

/** Categories that count events or people over time, so that a period makes them a total. */
const COUNTED: readonly Category[] = ['deaths', 'injuries', 'strikes', 'displaced'];

/** Present-tense words: the sentence tells how things stand now. */
const STANDING =
  /\b(?:now|currently|still|is|are|am|has|have|remains?|stands?|as of|(?:have|has) (?:now )?been (?:deployed|stationed|sent|positioned|mobili[sz]ed|amassed|based))\b/i;

/** Whether the figure at `figure` (sentence offsets) of category `category` is a running total. */
export function isRunningTotal(context: SentenceContext, figure: Span, category: Category): boolean {
  const segment = context.segmentAt(figure.start);
  const opening = context.opening();
  if (opening && opening.start !== segment.start) {
    if (context.matchesIn(EITHER_SIDE, opening).length > 0) return true;
    if (COUNTED.includes(category) && context.matchesIn(PERIOD, opening).length > 0) return true;
  }
  for (const { index } of context.matchesIn(EITHER_SIDE, segment)) {
    // Before the figure it frames all that follows; after it, only the figure nearest to it.
    if (index < figure.start || !context.figureBetween(figure.end, index)) return true;
  }
  for (const { index } of context.matchesIn(BEFORE_TOTAL, segment)) if (index < figure.start) return true;
  if (context.matchesIn(SERIES_BACK_REFERENCE, segment).length > 0) return true;
  if (COUNTED.includes(category) && context.matchesIn(PERIOD, segment).length > 0) return true;
  for (const { index, match } of context.matchesIn(PERFECT, segment)) {
    const participle = match[2].toLowerCase();
    if (DEPLOYED.test(participle)) continue;
    // An active perfect tallies its object ("has killed 40", "have won nine"); a passive one tallies
    // its subject only for events that add up ("45,000 have been evacuated"), not for states.
    if (match[1] ? TALLIED.has(participle) : index < figure.start) return true;
  }
  return false;
}

/** Whether the sentence tells a snapshot standing now, which is dated at publication. */
export function isStanding(context: SentenceContext): boolean {
  return context.has(STANDING);
}
