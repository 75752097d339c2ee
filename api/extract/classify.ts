// What a figure counts (its unit) and which of the nine categories it belongs to, read from the words of
// its own sentence: the noun after the number, the verb that takes it as object (on its left) or as
// subject (on its right), and a few sentence-wide cues. Whether it is a running total is running.ts's.
import { isSpace, type SentenceContext } from './context.ts';
import {
  asciiFirst,
  BRINGING_VERBS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS as NAMED_CURRENCIES,
  DOLLAR_NATIONS,
  DOLLAR_PREFIXES,
  isDigit,
  isUpper,
  lowerCase,
  POSSESSIVE_WORDS,
} from './lexicon.ts';
import type { NumberExpression } from './numbers.ts';
import { isListLine, leadInOf } from './sentences.ts';
import { isRunningTotal } from './running.ts';
import type { Category } from './types.ts';

/**
 * The words of the word lists below, numbered from 1 as the lists are made. A token's word is looked up
 * here once, and each list then answers by that number from an array: a scan asks many lists about one
 * word, and asking each list's own set looked the word up again every time.
 */
const wordNumbers = new Map<string, number>();

/** The number of `word` among the word lists' words; 0 for a word in none of them. */
function numberOfWord(word: string): number {
  return wordNumbers.get(word) ?? 0;
}

/** A list of words, asked about a word by its number. */
class WordList {
  readonly words: readonly string[];
  /** 1 for each word of the list, by number; the words numbered after the list was made are past its end. */
  private readonly members: Uint8Array;

  constructor(list: string) {
    this.words = list.trim().split(/\s+/);
    for (const word of this.words) if (!wordNumbers.has(word)) wordNumbers.set(word, wordNumbers.size + 1);
    this.members = new Uint8Array(wordNumbers.size + 1);
    for (const word of this.words) this.members[numberOfWord(word)] = 1;
  }

  /** Whether the word numbered `wordNumber` is in the list. */
  includes(wordNumber: number): boolean {
    return wordNumber < this.members.length && this.members[wordNumber] === 1;
  }

  /** Whether `word`, in lower case, is in the list: for the few tests of a word that comes without its number. */
  has(word: string): boolean {
    return this.includes(numberOfWord(word));
  }
}

const words = (list: string): WordList => new WordList(list);

export class Token {
  /**
   * The word's number among the word lists' words (0 for a number, a sign or a word in none of them).
   * Private, so that a token still equals the plain record of its four fields.
   */
  readonly #wordNumber: number;

  constructor(
    readonly lower: string,
    readonly start: number,
    readonly end: number,
    readonly kind: 'word' | 'number' | 'punct',
  ) {
    this.#wordNumber = kind === 'word' ? numberOfWord(lower) : 0;
  }

  get wordNumber(): number {
    return this.#wordNumber;
  }
}

export interface Classification {
  unit: string | null;
  category: Category;
  cumulative: boolean;
  /** Neither a noun nor a verb of its own: the figure counts what a figure before it counts ("up from 9,000"). */
  elliptical: boolean;
}

/**
 * What the running-total stage asks of a figure: whether the cues of its sentence make it a running total,
 * counted as `category` (`countsThings`: it counts things, events or people, see isRunningTotal).
 */
export interface TotalQuestion {
  figure: { start: number; end: number };
  category: Category;
  countsThings: boolean;
}

/** A classification before the running-total stage: its question in place of the answer, or null for none. */
export interface Counted extends Omit<Classification, 'cumulative'> {
  total: TotalQuestion | null;
}

/** Whether `unit` is a share: a percentage, or a change of one in points. */
export const isShareUnit = (unit: string | null): boolean =>
  unit === 'percent' || unit === 'percentage points';

/** The answer to a figure's running-total question: false where it has none. */
export function answerTotal(context: SentenceContext, total: TotalQuestion | null): boolean {
  return total !== null && isRunningTotal(context, total.figure, total.category, total.countsThings);
}

/** Kinds of code point, as bits, so that a run may take several kinds. */
const LETTER = 1;
const MARK = 2;
const DIGIT = 4;
const SPACE = 8;
const OTHER = 16;

function lookUpKind(char: string): number {
  if (/^\s$/u.test(char)) return SPACE;
  if (/^\p{L}$/u.test(char)) return LETTER;
  if (/^\p{M}$/u.test(char)) return MARK;
  return /^\p{N}$/u.test(char) ? DIGIT : OTHER;
}

/** The kind of each code point of the Basic Multilingual Plane, looked up the first time it is read (0 until then). */
const BMP_KINDS = new Uint8Array(0x10000);

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Whether a surrogate pair starts at `i`: one code point in two code units. */
function isPairAt(text: string, i: number): boolean {
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1));
}

/** The kind of a code unit that is not half of a surrogate pair. */
function kindOfUnit(code: number): number {
  let kind = BMP_KINDS[code];
  if (kind === 0) {
    kind = lookUpKind(String.fromCharCode(code));
    BMP_KINDS[code] = kind;
  }
  return kind;
}

/** The kind of the code point at `i`; 0 past the end. */
function kindAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  return isPairAt(text, i)
    ? lookUpKind(String.fromCodePoint(text.codePointAt(i) as number))
    : kindOfUnit(text.charCodeAt(i));
}

/**
 * The end of the run of code points of the kinds `kinds` that starts at `i`; reading each code unit once,
 * since this loop is where the tokens' time goes.
 */
function runEnd(text: string, i: number, kinds: number): number {
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      if (!(kindAt(text, i) & kinds)) break;
      i += 2;
    } else if (kindOfUnit(code) & kinds) i++;
    else break;
  }
  return i;
}

const DOT = 0x2e;
const COMMA = 0x2c;

/** Characters that join the parts of a word: "aid-workers", "don’t". */
const isWordJoiner = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2d;

/**
 * The first token at or after `from`, or null. Tokens are words (dotted acronyms, inner apostrophes and
 * hyphens), digit runs, and single other characters, exactly as the pattern
 * `(\p{L}+(?:\.\p{L}+)+\.?|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)|(\p{N}+(?:[.,]\p{N}+)*)|\S` with the
 * `u` flag reads them (tests/extract/tokens.test.ts compares the two); read by hand, since the pattern
 * cost more than all the scans that use its tokens.
 */
function readToken(text: string, from: number): Token | null {
  let start = from;
  // A search from inside a surrogate pair starts at its first half, as a `u` pattern's does.
  if (start > 0 && isPairAt(text, start - 1)) start--;
  while (kindAt(text, start) === SPACE) start++;
  const kind = kindAt(text, start);
  if (kind === 0) return null;
  let end: number;
  let tokenKind: Token['kind'] = 'word';
  if (kind & (LETTER | MARK)) {
    const letters = kind === LETTER ? runEnd(text, start, LETTER) : start;
    if (letters > start && isDottedAt(text, letters)) {
      // A dotted acronym: letters, then a dot and letters once or more, and perhaps a last dot ("U.S.").
      end = letters;
      while (isDottedAt(text, end)) end = runEnd(text, end + 1, LETTER);
      if (text.charCodeAt(end) === DOT) end++;
    } else {
      end = runEnd(text, letters, LETTER | MARK);
      while (isWordJoiner(text.charCodeAt(end)) && kindAt(text, end + 1) & (LETTER | MARK))
        end = runEnd(text, end + 1, LETTER | MARK);
    }
  } else if (kind === DIGIT) {
    tokenKind = 'number';
    end = runEnd(text, start, DIGIT);
    while (isNumberSeparator(text.charCodeAt(end)) && kindAt(text, end + 1) === DIGIT)
      end = runEnd(text, end + 1, DIGIT);
  } else {
    tokenKind = 'punct';
    end = start + (isPairAt(text, start) ? 2 : 1);
  }
  return new Token(lowerCase(text.slice(start, end)), start, end, tokenKind);
}

/** Whether a dot followed by a letter stands at `i`. */
function isDottedAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === DOT && kindAt(text, i + 1) === LETTER;
}

const isNumberSeparator = (code: number): boolean => code === DOT || code === COMMA;

/** Tokens after a position, read only as far as a scan asks for them. */
export class TokensAfter {
  private readonly tokens: Token[] = [];
  private next: number;
  private done = false;

  constructor(
    private readonly sentence: string,
    from: number,
  ) {
    this.next = from;
  }

  at(i: number): Token | undefined {
    while (!this.done && this.tokens.length <= i) {
      const token = readToken(this.sentence, this.next);
      if (!token) {
        this.done = true;
        break;
      }
      this.tokens.push(token);
      this.next = token.end;
    }
    return this.tokens[i];
  }
}

/** Number words: another figure, where a scan for this figure's noun or verb must stop. */
const NUMBER_WORDS = words(`
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
  million billion dozen dozens hundreds thousands millions billions`);

const QUOTES = new Set(['"', "'", '”', '’', '“', '‘']);

/** Currencies named by a word after the number: "850 million krona". */
const CURRENCY_WORDS = new Map<string, string>(
  Object.entries({
    dollars: 'USD',
    euros: 'EUR',
    yen: 'JPY',
    yuan: 'CNY',
    renminbi: 'CNY',
    rupees: 'INR',
    roubles: 'RUB',
    rubles: 'RUB',
    pesos: 'MXN',
    francs: 'CHF',
    krona: 'SEK',
    kronor: 'SEK',
    krone: 'NOK',
    kroner: 'NOK',
    shekels: 'ILS',
    lira: 'TRY',
    naira: 'NGN',
    rand: 'ZAR',
    zloty: 'PLN',
    hryvnia: 'UAH',
    hryvnias: 'UAH',
    bolivars: 'VES',
    dinars: 'DZD',
    riyals: 'SAR',
    dirhams: 'AED',
    reais: 'BRL',
    koruna: 'CZK',
    forints: 'HUF',
    lei: 'RON',
    baht: 'THB',
    ringgit: 'MYR',
    rupiah: 'IDR',
    cedis: 'GHS',
    // Sweden's, Norway's, Denmark's, Iceland's and the Czech Republic's: the word alone names no one of them.
    crowns: 'crowns',
    shillings: 'shillings',
  }),
);

/** Words that end a noun phrase. */
const PHRASE_ENDS = words(`
  in on at from to for with by during since after before into onto across near under over against
  through throughout between among amid within without about like per via toward towards until
  and or but nor as than that which who whom whose while when where because if so yet
  is are was were be been being am has have had having will would shall should can could may might
  must do does did not also reportedly allegedly all each both who's it they he she we you i
  their there here this these those its his her our my your them him us me`);

/** Words that say a number adds to others already counted: "two more boats", "three other posts". */
const ADDED_COUNT = words('more other further additional extra');

/** A model's name, a capitalised word and a capital after a hyphen: "Igla-S", "Kornet-EM". */
const MODEL_NAME = /^[A-Z][a-z]+-[A-Z]{1,3}$/;

/** Whether `token` is a model's name, tested by its first letter and its hyphen before the pattern. */
function isModelName(sentence: string, token: Token): boolean {
  if (!isUpper(sentence.charCodeAt(token.start))) return false;
  const hyphen = sentence.indexOf('-', token.start);
  return hyphen !== -1 && hyphen < token.end && MODEL_NAME.test(sentence.slice(token.start, token.end));
}

/** Pronouns after "of" that stand for the whole a figure is part of: "5,000 of them". */
const PRONOUN_WHOLES = words('them whom us');

/** Words that may follow a number before its noun is reached: "of those killed", "of the". */
const DETERMINERS = words('the those these their its his her our them all such some');

/** Words ending in -s that are not plural nouns. */
const NOT_PLURAL = words(`
  this its his hers ours yours theirs is was has does us as yes always perhaps towards afterwards
  news series species means whereas besides sometimes nevertheless thus plus less unless various
  previous famous serious numerous dangerous obvious anonymous across`);

/** Plural nouns that do not end in -s, and nouns that count without a plural. */
const IRREGULAR_PLURALS = words(`
  people men women children police personnel staff crew aircraft cattle militia fish sheep deer
  feet geese mice teeth data folk youth clergy infantry cavalry livestock`);

const HUMANS = words(`
  people persons men women children kids boys girls babies infants adults teenagers civilians citizens
  residents victims members individuals inhabitants villagers passengers patients workers employees
  staff crew journalists reporters protesters demonstrators prisoners detainees hostages captives
  survivors families relatives suspects traffickers smugglers gunmen militants fighters insurgents
  rebels terrorists officials officers policemen doctors nurses students pupils voters tourists
  pilgrims fishermen farmers miners sailors crewmen others nationals firefighters rescuers volunteers
  medics paramedics motorists pedestrians hikers guards`);

/** People who carry arms without being troops of a state. */
const ARMED_MEN = words('gunmen militants fighters insurgents rebels terrorists attackers');

const TROOPS = words(`
  troops soldiers marines sailors airmen personnel servicemen servicemembers reservists paratroopers
  commandos guardsmen militiamen conscripts recruits infantry cavalry brigades battalions divisions
  regiments platoons peacekeepers gendarmes mercenaries paramilitaries sappers riflemen combatants`);

/** A body of troops that members belong to: "of its civilian militia", "of the armed forces". */
const OF_A_FORCE = asciiFirst(
  /^\s+of\s+(?:(?:the|its|their|a|an)\s+)?(?:[\p{L}-]+\s+)?(?:militias?|army|armies|armed forces|forces|national guard|reserves?|paramilitar\w+)\b/iu,
);

/**
 * A force whose members the figure counts, as the subject that has them: "The militia, it says, has 4
 * million".
 */
const FORCE_HAS_BEFORE =
  /\b(?:militias?|army|armies|armed forces|national guard|reserves?|paramilitar\w+)\b[^.;]{0,30}\b(?:has|have|had|counts|numbers)\s+$/i;

/** "members" after a figure, after one word perhaps: "registered members", "militia members". */
const MEMBERS_AFTER = /^\s+(?:([a-z-]+)\s+)?members\b/i;

/** A verb of hosting just before the figure. */
const HOSTS_BEFORE = /\bhost(?:s|ed|ing)?\s+$/i;

/** Words of deportation, which make the people a flight carries deportees. */
const DEPORTATION_CUES = /\bdeport(?:ation|ations|ees?|ed|ing)?\b/i;
const FLIGHT_WORDS = /\b(?:flights?|planes?|aircraft|charter)\b/i;

/** A verb that sends people back to their country, just before the figure: "flew", "sent", "returned". */
const SENT_HOME_BEFORE =
  /\b(?:fl(?:y|ies|ew|own|ying)|sen(?:d|ds|t|ding)|return(?:s|ed|ing)?|repatriat(?:e|es|ed|ing)|deport(?:s|ed|ing)?)\s+(?:(?:the|another|some|about|nearly|almost|more than|at least)\s+)?$/i;

/** People trying to get into a country, right after what is counted: "trying to land", "attempting to cross". */
const CROSSING_AFTER =
  /^\s+(?:who\s+(?:were|was)\s+)?(?:trying|attempting|seeking)\s+to\s+(?:cross|reach|enter|land|get into)\b/i;

/** "home" right after what is counted: "flew 112 Venezuelans home". */
const HOME_AFTER = /^\s+home\b/i;

/** Verbs that give a body's strength: "the militia counts 4 million members". */
const STRENGTH_VERBS = words('counts numbers boasts comprises');

/** Nouns for a body of troops, read before "of": "a militia of 4.5 million people". */
const TROOP_BODIES = words('militia militias army armies force forces contingent battalion brigade garrison');

const MILITARY_ASSETS = words(`
  warships destroyers frigates cruisers corvettes submarines carriers bombers gunships tanks
  howitzers launchers interceptors minesweepers warplanes`);

/** Vehicles and weapons that are military assets only where the sentence is about the military. */
const DUAL_USE_ASSETS = words(`
  ships vessels boats cutters planes aircraft jets helicopters drones vehicles missiles rockets fighters
  batteries radars systems`);

/** Things fired or dropped: each one that lands, or that comes in a wave, is a strike. */
const PROJECTILES = words('shells rounds mortars grenades bombs missiles rockets drones projectiles');

/** A volley of projectiles: "40 drones in a second wave". */
const VOLLEY_CUES = /\b(?:waves?|salvos?|barrages?|volleys?)\b/i;

/** Things struck: a strike counts them ("attacked 25 ships", "hit 70 targets"). */
const STRUCK_OBJECTS = words(`
  targets ships vessels boats tankers sites buildings facilities positions bases homes houses vehicles
  trucks depots bridges hospitals schools warehouses installations aircraft planes jets drones
  missiles rockets locations camps compounds blocks apartments markets structures churches mosques
  factories plants airports ports stations tanks howitzers launchers warships frigates submarines
  helicopters radars posts outposts checkpoints barracks airfields refineries substations convoys
  towns villages cities settlements neighbourhoods neighborhoods districts`);

const STRIKE_EVENTS = words(`
  strikes airstrikes attacks bombings explosions blasts raids sorties shellings assaults ambushes
  detonations barrages salvos incursions`);

const ANIMALS = words(`
  animals cows cattle sheep goats pigs horses dogs cats birds chickens poultry livestock fish whales
  dolphins camels lambs hens deer seals turtles salmon trout`);

const DEATH_NOUNS = words('deaths fatalities dead bodies');

/** "Claimed 20 lives", "12 lives were lost": lives count deaths only with such a verb. */
const LIVES_LOST = /\b(?:claim\w*|lost|cost|took|taken)\b/i;
const INJURY_NOUNS = words('injuries wounded injured casualties');
const DISPLACED_NOUNS = words(
  'refugees migrants evacuees asylum-seekers displaced émigrés emigrants exiles deportees',
);

/** Counted things that are never conflict figures: spans of time, measures, scores, shares. */
const MEASURES = words(`
  seconds minutes hours days weeks months years decades centuries times points goals runs wickets
  sets games matches seats votes km kilometres kilometers miles metres meters feet inches kg
  kilograms tonnes tons pounds lbs litres liters barrels acres hectares degrees percent`);

/** Whether a unit measures time, distance, weight, a score or a share rather than counting things. */
export function isMeasure(unit: string): boolean {
  return MEASURES.has(unit);
}

type VerbClass =
  | 'death'
  | 'injury'
  | 'displace'
  | 'refuge'
  | 'house'
  | 'deploy'
  | 'strike'
  | 'impact'
  | 'captive'
  | 'missing'
  | 'pay'
  | 'loss'
  | 'toll'
  | 'body';

const VERBS: Record<Exclude<VerbClass, 'toll' | 'body'>, WordList> = {
  /** Losses are deaths when people are lost: "lost 40 fighters", "losses at over 300". */
  loss: words('lose loses lost losing losses'),
  pay: words(`
    pay pays paid paying spend spends spent spending cost costs costing raise raised raising donate
    donated owe owes owed earn earns earned fined worth`),
  death: words(`
    kill kills killed killing die dies died dying dead perished slain murdered executed drowned
    massacred`),
  injury: words(`
    wound wounds wounded wounding injure injures injured injuring hurt hospitalised hospitalized
    maimed`),
  displace: words(`
    flee flees fled fleeing displace displaced displacing uprooted evacuate evacuated evacuating
    emigrated exiled deport deports deported deporting`),
  /**
   * Crossing, sheltering, sleeping, moving, registering or arriving counts displaced people only where the
   * sentence is about refuge: "1,100 were sleeping in shelters", "4,700 had registered as evacuees".
   */
  refuge: words(`
    cross crosses crossed crossing shelter shelters sheltered sheltering sleep sleeps slept sleeping
    moved relocated resettled rehoused register registers registered registering arrive arrives arrived
    arriving`),
  /** A place that holds or houses people: displaced people where it is a camp or a shelter. */
  house: words(`
    hold holds house houses housed host hosts hosted accommodate accommodates accommodated`),
  /** Where projectiles came down: "six shells landed". */
  impact: words('land lands landed landing explode exploded exploding detonated slammed crashed rained'),
  /** The missing are neither dead nor hurt, and count on their own: "12 died and six are missing". */
  missing: words('missing unaccounted'),
  /** Captives freed or taken, and ships seized, are not forces deployed: "released 40 soldiers". */
  captive: words(`
    free frees freed freeing release releases released releasing capture captured capturing
    exchange exchanged swap swapped abduct abducted kidnap kidnapped seize seized seizing detain
    detained detaining impound impounded arrest arrests arrested arresting jailed`),
  deploy: words(`
    deploy deploys deployed deploying station stationed mobilise mobilised mobilising mobilize
    mobilized mobilizing send sends sent sending dispatch dispatched dispatching position positioned
    amass amassed massed`),
  strike: words(`
    strike struck striking attack attacked attacking hit hitting target targeted targeting bomb
    bombed bombing shell shelled shelling destroy destroyed destroying sank sunk sinking raid raided
    launch launched launching fire fired firing intercept intercepted downed flatten flattened
    flattening level levelled leveled levelling raze razed razing pounded pounding`),
};

/** The class of each verb of VERBS, by its word's number. */
const VERB_CLASSES: (VerbClass | null)[] = new Array(wordNumbers.size + 1).fill(null);
for (const [name, list] of Object.entries(VERBS))
  for (const verb of list.words) VERB_CLASSES[numberOfWord(verb)] = name as VerbClass;

function verbClassOf(wordNumber: number): VerbClass | null {
  return VERB_CLASSES[wordNumber] ?? null;
}

function verbClass(lower: string): VerbClass | null {
  return verbClassOf(numberOfWord(lower));
}

/** Every currency the number stage can name, by code, sign or word: an amount in any of them is money. */
const CURRENCIES = new Set<string>([
  ...CURRENCY_CODES,
  ...CURRENCY_SYMBOLS.values(),
  ...Object.values(NAMED_CURRENCIES),
  ...DOLLAR_PREFIXES.values(),
  ...DOLLAR_NATIONS.values(),
  'CNY',
  // An amount in pence or cents keeps the number as written ("26.1p" is 26.1 pence), as a figure's value is
  // the number itself.
  'pence',
  'cents',
]);

const POLL_CUES =
  /\b(?:polls?|polled|polling|pollsters?|surveys?|surveyed|respondents|voters|approval|disapprov\w*|(?:of|among) (?:americans|britons|adults|voters|the public|those asked|people asked)|said they|say they)\b/i;

const MILITARY_CUES =
  /\b(?:military|militar\w+|navy|naval|army|armed forces|air force|coast ?guard|warships?|troops|pentagon|defen[cs]es?|fleet|strike group|fighter|bombers?|warplanes?|frigates?|destroyers?|corvettes?|submarines?|combat|deploy\w*|stationed|armada|USS|HMS)\b/i;

/** Words naming troops: a bare number deployed in a sentence that has them counts troops. */
const TROOP_WORDS =
  /\b(?:troops|soldiers|marines|personnel|servicemen|reservists|paratroopers|peacekeepers|gendarmes|mercenaries|paramilitaries|forces|brigades?|battalions?)\b/i;

/** A sentence about people seeking refuge, where crossing or sheltering means displacement. */
const REFUGE_CUES =
  /\b(?:refugees?|asylum|border|fled|fleeing|displaced|displacement|camps?|shelters|tents|makeshift|evacu\w*|homeless|humanitarian|migrants?|migration|immigra\w*|resettle\w*|(?:transit|reception) cent(?:re|er)s?)\b/i;

/**
 * People who live or stay in a camp or a shelter: "9,800 of them now live in six shelters"; not in a
 * summer or training camp.
 */
const IN_REFUGE_AFTER = asciiFirst(
  /^[^,;]{0,40}?\b(?:live|lives|living|stay|stays|staying|are|is|remain|remains)\s+(?:(?:still|now)\s+)?in\s+(?:(?!summer|holiday|training|boot)[\p{L}\d-]+\s+){0,3}?(?:camps?|shelters?)\b/iu,
);
const REFUGE_PLACE_HINT = /camp|shelter/i;

/** A place of refuge, or the people in one: what a place that holds people must be for them to be displaced. */
const REFUGE_PLACE_CUES = /\b(?:refugees?|asylum|displaced|evacuees|camps?|shelters?|tents)\b/i;

/** A ceasefire, whose violations are attacks. */
const TRUCE_CUES = /\b(?:ceasefire|cease-fire|truce|armistice)\b/i;

/** Words of a sporting contest: losses in such a sentence are results, not the dead ("losing 11 in overtime"). */
const SPORT_RESULT_CUES =
  /\b(?:games?|match(?:es)?|season|league|regulation|overtime|extra time|sets?|points|fixtures?|play-?offs?|tournament|championship|innings|tie-?breaks?)\b/i;

const LABOUR_CUES =
  /\b(?:workers|unions?|walkouts?|industrial action|pay (?:dispute|offer|claim|deal|rise|award|talks)|picket\w*|on strike|strike action|strike ballot|\w+-(?:hour|day|week) strikes?)\b/i;

/**
 * A toll named earlier in the sentence and reached by this figure: "the number of civilians killed ... to
 * 1,412", "bringing the toll on its side of the border to 27" (a toll alone is a death toll, but a road's).
 * These patterns read within one sentence, where a full stop is an abbreviation's ("U.S.") or a decimal
 * point, so they stop only at a semicolon or a colon.
 */
const TOLL_BEFORE = asciiFirst(
  /(?:^\s*tolls?\b|\b(?:death toll|(?:the|its|their) toll\b)(?! (?:roads?|bridges?|booths?|plazas?|charges?|fees?)\b)|\btoll of (?:the )?dead|\bnumber of (?:[\p{L}-]+ ){0,3}?(?:killed|dead|deaths|fatalities|victims)\b)[^;:]{0,120}?\b(?:to|at|reach(?:ed|es)|hit|pass(?:ed|es)|tops?|topped|exceed(?:ed|s)|surpass(?:ed|es)|of)\s+$/iu,
);
const INJURY_TOLL_BEFORE = asciiFirst(
  /\bnumber of (?:[\p{L}-]+ ){0,3}?(?:injured|wounded|injuries)\b[^;:]{0,120}?\b(?:to|at|reached|hit|passed|topped|of)\s+$/iu,
);

/** How far before a figure a toll phrase is looked for. */
const TOLL_REACH = 200;

/** Cheap test that rules out a toll named earlier in the sentence. */
const TOLL_HINT = /toll|number of/i;

function tollBefore(sentence: string, spanStart: number): VerbClass | null {
  const before = sentence.slice(Math.max(0, spanStart - TOLL_REACH), spanStart);
  if (TOLL_BEFORE.test(before)) return 'toll';
  return INJURY_TOLL_BEFORE.test(before) ? 'injury' : null;
}

/**
 * "The number of vessels hit since September to 21": what a figure with no noun of its own counts is
 * named by the number it brings to a new level.
 */
const NUMBER_OF_BEFORE = asciiFirst(
  /\bnumber of (?:[\p{L}-]+ ){0,2}?([\p{L}-]+) ([\p{L}]+)\b[^;:]{0,120}?\b(?:to|at|reach(?:ed|es)|hit|pass(?:ed|es)|topped)\s+$/iu,
);

function numberOfBefore(sentence: string, spanStart: number): { noun: string; participle: string } | null {
  const match = NUMBER_OF_BEFORE.exec(sentence.slice(Math.max(0, spanStart - TOLL_REACH), spanStart));
  if (!match) return null;
  const noun = lowerCase(match[1]);
  if (!isPluralNoun(new Token(noun, 0, 0, 'word'))) return null;
  return { noun, participle: lowerCase(match[2]) };
}

/** Police work, whose raids on addresses are searches, not attacks. */
const POLICE_CUES =
  /\b(?:police|detectives|officers|customs|prosecutors|investigators|arrest\w*|detained|suspects)\b/i;

/** Attacks on the places after them: "raids on three villages", "strikes on 12 oil depots". */
const ATTACKS_ON_BEFORE = /\b(?:raids?|attacks?|strikes?|airstrikes?|assaults?|bombardments?)\s+on\s+$/i;

/** Whether "on" and a space end the text before `end`: the cheap test that rules out ATTACKS_ON_BEFORE. */
function endsWithOn(sentence: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && isSpace(sentence.charCodeAt(i))) i--;
  return (
    i < end - 1 && (sentence.charCodeAt(i) | 0x20) === 0x6e && (sentence.charCodeAt(i - 1) | 0x20) === 0x6f
  );
}

/** Projectiles sent over a line or into a place: "sent 27 drones across the border", "flew 40 drones into". */
const SENT_ACROSS = /^\s+(?:across|over|into|towards?)\b/i;
const SENT_BEFORE = asciiFirst(/\b(?:sent|sends|send|sending|flew|flown)\s+(?:[\p{L}-]+\s+){0,2}$/iu);
/** Fire and its answer, which make projectiles sent somewhere an attack rather than a display. */
const FIRING_CUES =
  /\b(?:fired|firing|shot down|intercept\w*|jammed|attack\w*|shell\w*|barrages?|bombard\w*|air defen[cs]es?)\b/i;

/** A verb of flying just before the figure: "flew three missions". */
const FLOWN_BEFORE = /\b(?:fly|flies|flew|flown|flying)\s+$/i;

/** Sorties flown at a target: "16 sorties against militia positions", "40 sorties targeting depots". */
const AGAINST_TARGET = asciiFirst(
  /^\s*(?:[\p{L}-]+\s+){0,3}?(?:against|targeting|striking|hitting|bombing)\b/iu,
);

/** Verbs that bring what their subject counts to a level: "refugee arrivals averaged 1,800". */
const LEVEL_VERBS = words(`
  rise rose risen rises fall fell fallen falls climb climbed climbs reach reached reaches average averaged
  averages stand stood stands total totalled totaled totals number numbered numbers top topped tops
  jumped swelled grew grown increased dropped doubled averaging rising falling climbing reaching totalling
  totaling numbering topping`);
const LEVEL_LINKS = words('to at by');

/** Auxiliaries and adverbs between a subject and its level verb: "arrivals are now averaging 3,000". */
const LEVEL_AUXILIARIES = words('is are was were has have had now still already');

/** Prepositions of a phrase between a subject and its verb: "troop levels in the region reached". */
const SUBJECT_PREPOSITIONS = words('in among on at from across of near along inside within around');

/** People who arrive or cross, counted as displaced where the text is about refuge. */
const ARRIVALS = words('arrivals crossings');

/** Nouns for people who arrive, counted as displaced where the text is about refuge: "37 new arrivals". */
const ARRIVING_PEOPLE = words('arrivals entries');

/**
 * What a figure with no noun of its own counts when it is the level its subject reached, named among the
 * subject's last words before the verb: "refugee arrivals averaged 1,800", "troop numbers reached
 * 15,000", "civilian casualties rose to 340". Only nouns that name a category are taken.
 */
function subjectOfLevel(context: SentenceContext, wordsBeforeIt: WordsBefore): string | null {
  // The verb is one of the two words before the figure: most figures are ruled out on those alone.
  const first = wordsBeforeIt.wordNumberAt(0);
  if (
    !LEVEL_VERBS.includes(first) &&
    !(LEVEL_LINKS.includes(first) && LEVEL_VERBS.includes(wordsBeforeIt.wordNumberAt(1)))
  )
    return null;
  const before = wordsBeforeIt.first(10);
  let at = LEVEL_LINKS.has(before[0] ?? '') ? 1 : 0;
  for (at++; at < before.length; at++) {
    const word = before[at];
    if (LEVEL_AUXILIARIES.has(word)) continue;
    if (PHRASE_ENDS.has(word) && !DETERMINERS.has(word) && !SUBJECT_PREPOSITIONS.has(word)) return null;
    if (ARRIVALS.has(word)) return hasRefugeCue(context) ? 'refugees' : null;
    if (word === 'levels' || word === 'numbers') {
      if (TROOP_WORDS_BEFORE.has(before[at + 1] ?? '')) return 'troops';
      continue;
    }
    // "the regular armed forces number about 120,000"
    if (word === 'forces') return 'troops';
    if (DISPLACED_NOUNS.has(word) || TROOPS.has(word) || DEATH_NOUNS.has(word) || INJURY_NOUNS.has(word))
      return word;
  }
  return null;
}

/** A count brought to the figure, named as the verb's object: "That brings arrivals since 12 May to". */
const BROUGHT_TO_BEFORE = asciiFirst(
  new RegExp(
    `\\b(?:${BRINGING_VERBS})\\s+(?:(?:the|its|their)\\s+)?([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?\\b[^;:]{0,50}?\\bto\\s+$`,
    'iu',
  ),
);

/** Characters before a figure read for the count brought to it. */
const BROUGHT_TO_REACH = 100;

/**
 * What a figure with no noun of its own counts when a verb brings a count named as its object to it, taken
 * only where that noun names a category ("brings arrivals since 12 May to about 31,400").
 */
function objectBroughtTo(
  context: SentenceContext,
  wordsBeforeIt: WordsBefore,
  spanStart: number,
): string | null {
  if (wordsBeforeIt.wordAt(0) !== 'to') return null;
  const match = BROUGHT_TO_BEFORE.exec(
    context.text.slice(Math.max(0, spanStart - BROUGHT_TO_REACH), spanStart),
  );
  if (match === null) return null;
  // The noun is one of the two words after the verb: "arrivals since", "civilian deaths".
  for (const written of [match[2], match[1]]) {
    const word = written === undefined ? '' : lowerCase(written);
    if (ARRIVALS.has(word)) return hasRefugeCue(context) ? 'refugees' : null;
    if (DISPLACED_NOUNS.has(word) || TROOPS.has(word) || DEATH_NOUNS.has(word) || INJURY_NOUNS.has(word))
      return word;
  }
  return null;
}

/** The word before "levels" or "numbers" that makes them a count of troops: "troop levels". */
const TROOP_WORDS_BEFORE = words('troop force');

/** Vessels that a navy or a coastguard stops at sea: intercepted, they are boarded, not shot down. */
const SHIPPING = words('ships vessels boats tankers freighters trawlers yachts');
const STOPPED_AT_SEA_BEFORE =
  /\b(?:intercept(?:s|ed|ing)?|stop(?:s|ped|ping)?|board(?:s|ed|ing)?|inspect(?:s|ed|ing)?)\s+$/i;

/**
 * "Intercepted three cargo ships", "has stopped 64 vessels": shipping stopped at sea is neither a strike
 * nor a military asset.
 */
function isShippingStopped(sentence: string, spanStart: number, { wordNumber }: Noun): boolean {
  return (
    SHIPPING.includes(wordNumber) &&
    STOPPED_AT_SEA_BEFORE.test(sentence.slice(Math.max(0, spanStart - 16), spanStart))
  );
}

/** Words that may stand between "toll" and its figure. */
const TOLL_LINKS = words(
  `to at of rose risen rising climbed reached stands stood now has had is was jumped hit passed topped
  passes tops exceeds exceeded surpasses surpassed nears neared crosses crossed climbs reaches rises`,
);

/** Cheap test that rules out people driven from their homes or across a border. */
const DRIVEN_OUT_HINT = /home|border|frontier|country|camp|exile|hiding/i;

/** People driven out of their homes are displaced: "forced 4,000 residents from their homes". */
const OUT_OF_HOMES = /^[^,;]{0,50}?\b(?:from|out of) (?:their|his|her) homes?\b/i;

/** People forced from homes, said without a possessive as a headline does: "Floods force 45,000 from homes". */
const FORCED_BEFORE = /\b(?:forc(?:e|es|ed|ing)|dr(?:ive|ives|ove|iven|iving))\s+$/i;
const FROM_HOMES = /^\s+(?:from|out of) (?:their |his |her )?homes?\b/i;

function isForcedFromHomes(sentence: string, spanStart: number, end: number): boolean {
  if (OUT_OF_HOMES.test(sentence.slice(end, end + 80))) return true;
  return (
    FORCED_BEFORE.test(sentence.slice(Math.max(0, spanStart - 12), spanStart)) &&
    FROM_HOMES.test(sentence.slice(end, end + 24))
  );
}

/**
 * People who left or abandoned their homes or country: "3,000 people have now left their homes", "8
 * million have left the country".
 */
const LEFT_HOMES =
  /^[^,;]{0,50}?\b(?:left|leave|leaves|leaving|abandon(?:s|ed|ing)?) (?:(?:their|his|her) (?:homes?|country|homeland)|the country)\b/i;

/**
 * People who left a named place, or left with no place named: "40,000 people have left Dravik since March",
 * "6,000 have left since the ceasefire collapsed".
 */
const LEFT_PLACE =
  /[^,;]{0,50}?\b(?:left|leave|leaves|leaving|abandoned) (?:\p{Lu}\p{Ll}|since\b|so far\b)/uy;

/** People pushed or driven across a border: "pushed 9,500 people across the border". */
const PUSHED_BEFORE = /\b(?:push(?:es|ed|ing)?|forc(?:e|es|ed|ing)|dr(?:ive|ives|ove|iven|iving))\s+$/i;
const ACROSS_BORDER = asciiFirst(/^[^,;]{0,40}?\b(?:across|over) the (?:[\p{L}-]+ )?(?:border|frontier)\b/iu);
/** People driven into refuge: "drove 46,000 people into the camps", "forced 900 into hiding". */
const INTO_REFUGE = asciiFirst(/^[^,;]{0,40}?\binto (?:[\p{L}-]+ ){0,2}?(?:camps?|exile|hiding)\b/iu);

/** Words of a disaster that drives people out. */
const DISASTER_CUES =
  /\b(?:floods?|flooding|flooded|earthquakes?|quakes?|storms?|hurricanes?|cyclones?|typhoons?|wildfires?|fires?|eruptions?|volcano\w*|landslides?|mudslides?|droughts?|tsunamis?|violence|clashes|conflict)\b/i;

/**
 * People who left their homes or were pushed across a border or into camps, in a sentence about violence, a
 * disaster or refuge; "left the party" or "left the company" is no flight.
 */
function isDrivenOut(context: SentenceContext, spanStart: number, end: number): boolean {
  const sentence = context.text;
  const left = LEFT_HOMES.test(sentence.slice(end, end + 80));
  const pushed =
    !left &&
    PUSHED_BEFORE.test(sentence.slice(Math.max(0, spanStart - 12), spanStart)) &&
    (ACROSS_BORDER.test(sentence.slice(end, end + 60)) || INTO_REFUGE.test(sentence.slice(end, end + 60)));
  return (left || pushed) && isAboutFlight(context);
}

/** People who left their country: "8 million Venezuelans have left the country since 2014". */
const LEFT_COUNTRY = /^[^,;]{0,50}?\b(?:left|leave|leaves|leaving) (?:the|their) (?:country|homeland)\b/i;

/** How many people leaving their country make an emigration, without a word of flight in the text. */
const EMIGRATION_FLOOR = 1000;

/**
 * Whether the figure counts people who emigrated: thousands who left their country are migrants, whatever
 * the text says of why ("two suspects left the country" are not).
 */
function isEmigration(sentence: string, end: number, value: number): boolean {
  return value >= EMIGRATION_FLOOR && LEFT_COUNTRY.test(sentence.slice(end, end + 80));
}

/**
 * `displace` where the figure counts people driven from their homes or country or made homeless, as its own
 * clause tells; else null. "at least one close relative had left": one person is no flight of people.
 */
function drivenOutVerb(
  context: SentenceContext,
  number: Pick<NumberExpression, 'end' | 'value'>,
  spanStart: number,
): VerbClass | null {
  if (number.value <= 1 || !context.has(DRIVEN_OUT_HINT)) return null;
  const sentence = context.text;
  return isForcedFromHomes(sentence, spanStart, number.end) ||
    isDrivenOut(context, spanStart, number.end) ||
    isMadeHomeless(context, spanStart, number.end) ||
    isEmigration(sentence, number.end, number.value)
    ? 'displace'
    : null;
}

/** People told as homeless: "11,000 are now homeless", "left 2,000 people homeless". */
const HOMELESS_AFTER = asciiFirst(
  /^(?:\s+[\p{L}-]+){0,2}?\s+(?:(?:are|were|is|was|remains?|remained|(?:have|has|had)\s+been|been|left|made|now|still)\s+){1,3}homeless\b/iu,
);
const MADE_BEFORE = /\b(?:left|leave|leaves|leaving|made|make|makes|making|render(?:s|ed|ing)?)\s+$/i;
const HOMELESS_OBJECT_AFTER = asciiFirst(/^(?:\s+[\p{L}-]+){0,2}?\s+homeless\b/iu);

/**
 * Whether the figure counts people made homeless by a disaster or violence; "11,000 homeless people" in
 * a story about housing is no flight.
 */
function isMadeHomeless(context: SentenceContext, spanStart: number, end: number): boolean {
  const sentence = context.text;
  const homeless =
    HOMELESS_AFTER.test(sentence.slice(end, end + 60)) ||
    (MADE_BEFORE.test(sentence.slice(Math.max(0, spanStart - 10), spanStart)) &&
      HOMELESS_OBJECT_AFTER.test(sentence.slice(end, end + 40)));
  return (
    homeless && (hasAttackCue(context) || context.has(DISASTER_CUES) || precedingHas(context, DISASTER_CUES))
  );
}

/**
 * People who left a named place ("40,000 people have left Dravik") or left with none named ("have left
 * since April"), where the text is about flight.
 */
function hasLeftPlace(context: SentenceContext, end: number): boolean {
  if (!context.has(LEAVING_HINT) || !hasWordSoonAfter(context.text, end, LEAVING_WORDS, 60)) return false;
  LEFT_PLACE.lastIndex = end;
  return LEFT_PLACE.test(context.text) && isAboutFlight(context);
}

/** Whether the sentence, or the text before it, tells of violence, a disaster or refuge. */
function isAboutFlight(context: SentenceContext): boolean {
  return (
    hasAttackCue(context) ||
    context.has(DISASTER_CUES) ||
    precedingHas(context, DISASTER_CUES) ||
    hasRefugeCue(context)
  );
}

/** Where an option stands in a poll: "ahead of health care on 23%", "the Greens on 11 per cent". */
const STANDING_ON_SHARE = /\bon (?:about |around |some |just )?\d[\d.,]*\s?(?:%|per ?cent)/i;

/** A net rating that polls measure: "his net approval rating fell to minus 18". */
const RATING_CUES =
  /\b(?:approval|disapproval|favou?rability|satisfaction) ratings?\b|\bnet (?:approval|favou?rability)\b/i;

/** A level reached or held, as a rating named in the text before goes on: "in May it stood at minus 6". */
const LEVEL_REACHED = /\b(?:stood|stands|was|is|fell|rose|dropped|climbed|slipped|sank) (?:at|to)\b/i;

/**
 * Whether a bare signed number ("minus 18", "+12") is a net rating: named in its sentence, or in the text
 * before and reached in it. Only a signed number is tested, as net ratings are, which keeps the patterns
 * off nearly every sentence.
 */
function isNetRating(context: SentenceContext, number: Pick<NumberExpression, 'start' | 'value'>): boolean {
  if (number.value >= 0 && context.text.charCodeAt(number.start) !== 43) return false;
  if (context.has(RATING_CUES)) return true;
  return context.has(LEVEL_REACHED) && precedingHas(context, RATING_CUES);
}

/** A forecast consensus, not a survey of a population: "economists polled by ...". */
const FORECASTERS_POLLED = /\b(?:economists|analysts|forecasters|traders|strategists) (?:polled|surveyed)\b/i;

/** A count of points: a lead or a change in a poll, a score in a game. */
const POINTS_AFTER = /^(?:-|\s)(?:percentage[- ])?points?\b/i;

/** Cheap test for POINTS_AFTER: a hyphen or a space, then a "p". */
function mayBePointsAt(sentence: string, end: number): boolean {
  const first = sentence.charCodeAt(end);
  return (
    (first === 0x2d || kindAt(sentence, end) === SPACE) && (sentence.charCodeAt(end + 1) | 0x20) === 0x70
  );
}

/**
 * Whether a word of three letters or more ends in the -s of a plural: not in -ss, -us or a possessive's -'s.
 * Read by character code, since this is asked of nearly every word after a figure.
 */
function hasPluralEnding(w: string): boolean {
  if (w.length < 3 || w.charCodeAt(w.length - 1) !== 0x73) return false;
  const beforeS = w.charCodeAt(w.length - 2);
  return beforeS !== 0x73 && beforeS !== 0x75 && beforeS !== 0x27 && beforeS !== 0x2019;
}

function isPluralNoun(token: Token): boolean {
  // The ending first, which settles most words without a table: one in -s is plural but for a few.
  if (hasPluralEnding(token.lower) && !NOT_PLURAL.includes(token.wordNumber)) return true;
  // People counted in -men ("400 guardsmen", "12 fishermen") are plural without an -s.
  const n = token.wordNumber;
  return IRREGULAR_PLURALS.includes(n) || TROOPS.includes(n) || HUMANS.includes(n);
}

/**
 * A short token that reads the same in upper case. Read by character code up to the first character beyond
 * ASCII, which is left to `toUpperCase`: case mapping a slice of a two-byte text goes through ICU.
 */
function isCapitalisedAcronym(sentence: string, token: Token): boolean {
  if (token.end - token.start > 4) return false;
  for (let i = token.start; i < token.end; i++) {
    const code = sentence.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 128) {
      const raw = sentence.slice(token.start, token.end);
      return raw === raw.toUpperCase();
    }
  }
  return true;
}

function isBarrier(token: Token): boolean {
  return token.kind === 'number' || NUMBER_WORDS.includes(token.wordNumber);
}

function isPause(token: Token): boolean {
  return token.kind === 'punct' && token.lower !== '-' && token.lower !== '’' && token.lower !== "'";
}

interface Noun {
  /** The noun as written (lower case), or null when the number stands alone ("Three killed"). */
  noun: string | null;
  /** The noun's number among the word lists' words: 0 for no noun or one in none of them. */
  wordNumber: number;
  /** Written with a capital: a capitalised plural in -ans, -is or -ese is a demonym. */
  capitalised: boolean;
  /** The token after the noun phrase, where a verb taking the figure as subject may follow. */
  next: number;
  /** A designation stands in the phrase ("12 F-16 fighters", "two Type 45 destroyers"): a model of a machine. */
  designated: boolean;
}

/** Words in -ing that are prepositions, never modifiers of the noun after them. */
const ING_PREPOSITIONS = words(
  'including excluding following according regarding concerning involving during notwithstanding bring',
);

/** A word in -ing that may modify a noun: not a preposition, nor a verb that harms people ("killing"). */
function isModifierIng(token: Token): boolean {
  const verb = verbClassOf(token.wordNumber);
  return (
    !ING_PREPOSITIONS.includes(token.wordNumber) &&
    verb !== 'death' &&
    verb !== 'injury' &&
    verb !== 'displace'
  );
}

/** Nouns for vehicles, weapons and structures that a verb in its base form may modify: "attack helicopters". */
/** Whether `token` names an asset, in the plural or, after "1", the singular ("1 attack submarine"). */
function isModifiedAsset(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.kind === 'word' &&
    (isAssetWord(token.wordNumber) || isAssetWord(numberOfWord(`${token.lower}s`)))
  );
}

function isAssetWord(wordNumber: number): boolean {
  return (
    MILITARY_ASSETS.includes(wordNumber) ||
    DUAL_USE_ASSETS.includes(wordNumber) ||
    STRUCK_OBJECTS.includes(wordNumber) ||
    PROJECTILES.includes(wordNumber)
  );
}

/** Verbs that also name a role of a vehicle or a weapon: "attack helicopters", "fire trucks", "land mines". */
const MODIFIER_VERBS = words('attack strike fire launch land bomb');

/** Bodies named after what they do: "strike group", "attack force", "bomb squad". */
const FORMATION_NOUNS = words(
  'group groups force forces package packages team teams squad squads wing wings',
);

/** Such a verb before an asset noun is a modifier: "four attack helicopters", "12 fire trucks". */
function isModifierVerb(token: Token, next: Token | undefined): boolean {
  return MODIFIER_VERBS.includes(token.wordNumber) && isModifiedAsset(next);
}

function isPluralAfter(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.kind === 'word' &&
    isPluralNoun(token) &&
    !PHRASE_ENDS.includes(token.wordNumber)
  );
}

/** Whether `token`, after "and" or "or" inside a noun phrase, goes on with another modifier or the noun. */
function joinsModifier(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.kind === 'word' &&
    !PHRASE_ENDS.includes(token.wordNumber) &&
    !NUMBER_WORDS.includes(token.wordNumber) &&
    !verbClassOf(token.wordNumber)
  );
}

/** The counted noun after a number: the first plural noun of the phrase, skipping its modifiers. */
function nounAfter(sentence: string, tokens: TokensAfter, value: number): Noun {
  let i = 0;
  if (tokens.at(i)?.lower === 'of') {
    i++;
    // "5,000 of them serve aboard ships": a pronoun names the whole, unless a noun follows it ("nine of
    // them tankers").
    const next = tokens.at(i + 1);
    if (
      PRONOUN_WHOLES.includes(tokens.at(i)?.wordNumber ?? 0) &&
      !(next && next.kind === 'word' && isPluralNoun(next))
    )
      return { noun: null, wordNumber: 0, capitalised: false, next: i + 1, designated: false };
    while (DETERMINERS.includes(tokens.at(i)?.wordNumber ?? 0)) i++;
    // A part of a whole counts what the whole counts: "48 of the 63 drones", "two of the nine boats".
    if (tokens.at(i)?.kind === 'number' || NUMBER_WORDS.includes(tokens.at(i)?.wordNumber ?? 0)) i++;
    // "three of the wounded": the hurt named as a whole, whose verb may come after ("died in hospital").
    const whole = tokens.at(i);
    // "seven of the nine killed": the dead named by a verb's participle, as "of the dead" names them.
    if (whole && verbClassOf(whole.wordNumber) === 'death' && whole.lower.endsWith('ed'))
      return {
        noun: 'dead',
        wordNumber: numberOfWord('dead'),
        capitalised: false,
        next: i + 1,
        designated: false,
      };
    if (whole && INJURY_NOUNS.includes(whole.wordNumber))
      return {
        noun: whole.lower,
        wordNumber: whole.wordNumber,
        capitalised: false,
        next: i + 1,
        designated: false,
      };
  }
  let lastWord: string | null = null;
  let designated = false;
  for (let steps = 0, token = tokens.at(i); token && steps < 6; token = tokens.at(++i), steps++) {
    // A quote may close around the number ("lost 'no more than 40' fighters").
    if (token.kind === 'punct' && (token.lower === '-' || QUOTES.has(token.lower))) continue;
    if (token.kind === 'number' && isDesignationNumber(sentence, tokens, i, token)) {
      designated = true;
      continue;
    }
    if (isPause(token) || isBarrier(token) || token.kind !== 'word') break;
    if (isCapitalisedAcronym(sentence, token)) continue;
    // "Igla-S missiles": a model's name, not the noun.
    if (isModelName(sentence, token)) {
      designated = true;
      continue;
    }
    // "two more boats", "three other posts": counted beyond others, the noun is still to come.
    if (lastWord === null && ADDED_COUNT.includes(token.wordNumber)) continue;
    // Modifiers joined before one noun ("30 artillery and air strikes", "12 French or Dutch warships").
    if (
      (token.lower === 'and' || token.lower === 'or') &&
      lastWord !== null &&
      joinsModifier(tokens.at(i + 1))
    )
      continue;
    if (PHRASE_ENDS.includes(token.wordNumber)) break;
    const verb = verbClassOf(token.wordNumber);
    // "1,100 dead fish": dead animals are what is counted, and no toll.
    if (verb === 'death' && token.lower === 'dead' && ANIMALS.includes(tokens.at(i + 1)?.wordNumber ?? 0))
      continue;
    if (verb === 'death') break;
    // A participle ends the phrase ("10 people fleeing"), unless it modifies the noun right after it
    // ("12 firing positions", "40 polling stations").
    const plural = isPluralNoun(token);
    const participle = token.lower.endsWith('ing');
    const modifierIng = participle && isModifierIng(token) && isPluralAfter(tokens.at(i + 1));
    if (verb && !plural && !modifierIng && !isModifierVerb(token, tokens.at(i + 1))) break;
    if (participle && !modifierIng) break;
    // A plural possessive ("farmers’ tractors") modifies the noun that follows; a measure's ("eight
    // weeks’ pay", "two hours’ drive") is what is counted.
    const apostrophe = tokens.at(i + 1);
    if (
      apostrophe &&
      apostrophe.start === token.end &&
      (apostrophe.lower === '’' || apostrophe.lower === "'")
    ) {
      if (MEASURES.includes(token.wordNumber))
        return {
          noun: token.lower,
          wordNumber: token.wordNumber,
          capitalised: false,
          next: i + 2,
          designated,
        };
      i++;
      continue;
    }
    // A participle after the noun of a single thing ends its phrase: "1 bridge stayed open".
    if (lastWord !== null && token.lower.endsWith('ed') && !plural) break;
    if (plural || DISPLACED_NOUNS.includes(token.wordNumber)) {
      const initial = sentence[token.start];
      const capitalised = lowerCase(initial) !== initial;
      return { noun: token.lower, wordNumber: token.wordNumber, capitalised, next: i + 1, designated };
    }
    lastWord = token.lower;
  }
  // A single thing is named in the singular ("one page"); the unit is its plural.
  if (value === 1 && lastWord && !lastWord.endsWith('ed')) {
    const noun = `${lastWord}s`;
    return { noun, wordNumber: numberOfWord(noun), capitalised: false, next: i, designated };
  }
  return { noun: null, wordNumber: 0, capitalised: false, next: i, designated };
}

/**
 * Whether the number at `i`, inside the noun phrase after a figure, is part of a designation, a modifier
 * rather than another number: "F-16 fighter jets", a model with its variant ("12 787-9 jets"), or a
 * number after a capitalised word of the phrase ("two Type 45 destroyers").
 */
function isDesignationNumber(sentence: string, tokens: TokensAfter, i: number, token: Token): boolean {
  const before = tokens.at(i - 1);
  const after = tokens.at(i + 1);
  if (before?.lower === '-' && before.end === token.start) return true;
  if (after?.lower === '-' && after.start === token.end) return true;
  // Glued to letters: "MK2" in "Su-30MK2".
  if (before?.kind === 'word' && before.end === token.start) return true;
  // Capitalised, not in capitals: in a text set all in capitals every word would pass.
  return (
    i > 0 &&
    before?.kind === 'word' &&
    isUpper(sentence.charCodeAt(before.start)) &&
    !isUpper(sentence.charCodeAt(before.start + 1))
  );
}

const SENTENCE_PUNCTUATION = new Set(['.', ';', ':', '!', '?', '(', ')', '–', '—']);

/** Skips a parenthetical aside ("three citizens – two guards and an interpreter – were killed"). */
function skipAside(tokens: TokensAfter, i: number): number {
  const open = tokens.at(i)?.lower;
  const close = open === '(' ? ')' : open === '–' || open === '—' ? open : open === ',' ? ',' : null;
  if (!close) return i;
  for (let j = i + 1, token = tokens.at(j); token && j < i + 16; token = tokens.at(++j)) {
    if (token.lower === close) return j + 1;
    if (close === ',' && SENTENCE_PUNCTUATION.has(token.lower)) return i;
  }
  return i;
}

/** Words that start another clause, whose verb is not the figure's. */
const CLAUSE_LINKS = words('and but as while after before because when than or');

const POSSESSIVES = words(POSSESSIVE_WORDS);

/** Particles that make a verb of being carried off a death: "were swept away". */
const CARRIED_OFF = words('swept washed');

/** The verb that takes the figure as subject: "95 people died", "three boats ... were attacked". */
function verbAfter(tokens: TokensAfter, from: number): VerbClass | null {
  let i = skipAside(tokens, from);
  for (let steps = 0, token = tokens.at(i); token && steps < 8; token = tokens.at(++i), steps++) {
    // Subjects joined by "and" share the verb after the last: "22 drones and 2 missiles were launched",
    // "1,300 drones and some 240 missiles fired".
    if (token.lower === 'and' || token.lower === 'or') {
      const number = coordinatedNumberAfter(tokens, i);
      if (number > 0) {
        i = number;
        continue;
      }
    }
    if (isPause(token) || isBarrier(token)) return null;
    if (CARRIED_OFF.includes(token.wordNumber) && tokens.at(i + 1)?.lower === 'away') return 'death';
    const found = verbClassOf(token.wordNumber);
    // People who lose something of theirs other than their lives ("lost their seats") are no deaths.
    if (found === 'loss' && POSSESSIVES.includes(tokens.at(i + 1)?.wordNumber ?? 0)) {
      const object = tokens.at(i + 2)?.lower;
      return object === 'lives' || object === 'life' ? 'death' : null;
    }
    // "600 spent Sunday night in a sports centre": time spent somewhere, not money; a night spent away
    // from home is shelter.
    if (found === 'pay' && SPENDING.includes(token.wordNumber)) {
      const time = timeSpentAfter(tokens, i);
      if (time !== null) return time === 'night' || time === 'nights' ? 'refuge' : null;
    }
    if (found) return found;
    // "are listed as missing", "were reported as killed": "as" after a verb of listing names the state.
    if (CLAUSE_LINKS.includes(token.wordNumber) && !(token.lower === 'as' && isListingAt(tokens, i - 1)))
      return null;
  }
  return null;
}

/** Verbs of listing, whose "as" names the state of what is listed. */
const LISTING_VERBS = words('listed reported classed classified recorded counted confirmed declared');

function isListingAt(tokens: TokensAfter, i: number): boolean {
  return LISTING_VERBS.includes(tokens.at(i)?.wordNumber ?? 0);
}

/** The forms of "spend", which spends time as well as money. */
const SPENDING = words('spend spends spent spending');

/** Spans of time that are spent, not paid: "the night", "two days", "years". */
const TIMES_SPENT = words('night nights day days hours weeks months years time weekend evening morning');

/** Words before a span of time: "the", "Sunday", "two". */
const TIME_LEADERS = words(`
  the a an that last another several many two three four five six monday tuesday wednesday thursday
  friday saturday sunday`);

/** The span of time just after the verb at `i` ("spent Sunday night"), or null. */
function timeSpentAfter(tokens: TokensAfter, i: number): string | null {
  let next = tokens.at(i + 1);
  if (next && (TIME_LEADERS.includes(next.wordNumber) || next.kind === 'number')) next = tokens.at(i + 2);
  return next && TIMES_SPENT.includes(next.wordNumber) ? next.lower : null;
}

/** Words that may stand between "and" and the number of a subject joined to the one before. */
const JOINED_QUALIFIERS = words(
  'some about around nearly almost roughly another further more than at least over',
);

/** The token of the number right after `and` at `i` ("and 2", "and some 240"), or 0. */
function coordinatedNumberAfter(tokens: TokensAfter, i: number): number {
  for (let j = i + 1; j <= i + 3; j++) {
    const token = tokens.at(j);
    if (!token) return 0;
    if (isBarrier(token)) return j;
    if (!JOINED_QUALIFIERS.includes(token.wordNumber)) return 0;
  }
  return 0;
}

/** A character of a word: a letter, an apostrophe, a hyphen or an inner period. */
function isWordChar(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  if (code === 39 || code === 45 || code === 46 || code === 0x2019) return true;
  // Letters beyond ASCII, leaving out general punctuation (dashes, quotes) and the multiplication signs.
  return code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x206f);
}

function isGap(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 34 ||
    code === 0x201c ||
    code === 0x201d
  );
}

/** The quotation marks of QUOTES, by code. */
function isQuote(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019
  );
}

function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i += isPairAt(word, i) ? 2 : 1)
    if (kindAt(word, i) === LETTER) return true;
  return false;
}

/**
 * The words before a place in a sentence, nearest first, lower case; a number or a pause (a comma, a
 * dash, a bracket) ends them, since a verb beyond it governs something else. Read only as far as the
 * furthest question asks: a figure's verb, the level it reaches and the figure it is listed with are all
 * read from the words before it.
 */
class WordsBefore {
  private readonly found: string[] = [];
  /** The number of each word found among the word lists' words. */
  private readonly wordNumbers: number[] = [];
  /** Where reading goes on, backwards; null once a number, a pause or the sentence's start ends the words. */
  private at: number | null;

  constructor(
    private readonly sentence: string,
    end: number,
  ) {
    this.at = end - 1;
  }

  /** Up to `count` words, nearest first. */
  first(count: number): string[] {
    while (this.found.length < count && this.readWord());
    return this.found.slice(0, count);
  }

  /** The `k`th word, counted from 0 nearest first; undefined past the words. */
  wordAt(k: number): string | undefined {
    while (this.found.length <= k && this.readWord());
    return this.found[k];
  }

  /** The number of the `k`th word among the word lists' words; 0 past the words. */
  wordNumberAt(k: number): number {
    while (this.found.length <= k && this.readWord());
    return k < this.found.length ? this.wordNumbers[k] : 0;
  }

  private readWord(): boolean {
    const sentence = this.sentence;
    let i = this.at;
    if (i === null) return false;
    while (i >= 0 && (isGap(sentence.charCodeAt(i)) || isQuote(sentence.charCodeAt(i)))) i--;
    const wordEnd = i + 1;
    while (i >= 0 && isWordChar(sentence.charCodeAt(i))) i--;
    const word = i + 1 < wordEnd ? lowerCase(sentence.slice(i + 1, wordEnd)) : '';
    const wordNumber = numberOfWord(word);
    if (word === '' || NUMBER_WORDS.includes(wordNumber) || !hasLetter(word)) {
      this.at = null;
      return false;
    }
    this.found.push(word);
    this.wordNumbers.push(wordNumber);
    this.at = i;
    return true;
  }
}

/** Verbs whose object is the dead, though as subject they mean something else ("buried in rubble"). */
const BURIAL_VERBS = words('bury buried burying mourn mourned mourning');

/** Verbs that with "down" bring down aircraft and drones. */
const SHOOTING_VERBS = words('shot shoot shoots shooting brought bring brings bringing');

/**
 * Words that are nouns in most places but verbs in the present tense of a headline right before their
 * object: "US strikes three more boats", "Navy hits 14 targets", "Army shells two towns".
 */
const HEADLINE_STRIKE_VERBS = words('strikes attacks hits targets bombs shells raids pounds');

/** Nouns for the remains of the dead, read before "of": "the bodies of three hikers". */
const REMAINS = words('bodies corpses remains');

interface ObjectOf {
  verb: VerbClass | null;
  /** Found before "and" or another clause link: it may belong to the clause before the figure's. */
  pastClauseLink: boolean;
}

const NO_VERB: ObjectOf = { verb: null, pastClauseLink: false };

/** Prepositions whose object the figure is, so that no verb before them takes it: "sleeping in 14 shelters". */
const PLACE_PREPOSITIONS = words('in into inside across near among within throughout');

/** How many words before a figure are read for the verb that takes it as object. */
const OBJECT_VERB_REACH = 4;
/** The same, for a figure after "and" or "or", whose verb takes the object before it too. */
const COORDINATED_OBJECT_VERB_REACH = 6;

const isCoordinating = (word: string | undefined): boolean => word === 'and' || word === 'or';

/** The verb or noun that takes the figure as object: "killed 14", "death toll to 40", "a militia of". */
function verbBefore(before: WordsBefore): ObjectOf {
  if (PLACE_PREPOSITIONS.includes(before.wordNumberAt(0))) return NO_VERB;
  let pastClauseLink = false;
  // "destroyed a fuel depot and two bridges": past "and", the verb may stand beyond a longer first object.
  const reach = isCoordinating(before.wordAt(0)) ? COORDINATED_OBJECT_VERB_REACH : OBJECT_VERB_REACH;
  for (let k = 0; k < reach; k++) {
    const word = before.wordAt(k);
    if (word === undefined) break;
    const wordNumber = before.wordNumberAt(k);
    let verb: VerbClass | null;
    // "toll rose to 40", "toll of 40"; not "toll from the 6.4 quake".
    if (word === 'toll' || word === 'tolls')
      verb = before.first(k).every((w) => TOLL_LINKS.has(w)) ? 'toll' : null;
    else if (
      k > 0 &&
      before.wordAt(k - 1) === 'of' &&
      (TROOP_BODIES.includes(wordNumber) || REMAINS.includes(wordNumber))
    )
      verb = TROOP_BODIES.includes(wordNumber) ? 'body' : 'death';
    // "the militia now counts more than 4 million members": the strength of a body of troops.
    else if (
      STRENGTH_VERBS.includes(wordNumber) &&
      before
        .first(OBJECT_VERB_REACH)
        .slice(k + 1)
        .some((w) => TROOP_BODIES.has(w))
    )
      verb = 'body';
    // "attack" in "3 attack submarines and 12 boats", right after another number, modifies the noun after
    // it and is no verb; "will attack ships and 12 tankers" keeps its verb.
    else if (
      k > 0 &&
      k < 3 &&
      MODIFIER_VERBS.includes(wordNumber) &&
      before.wordAt(k + 1) === undefined &&
      isAssetWord(before.wordNumberAt(k - 1))
    )
      verb = null;
    // "shot down 40 drones": the particle after the verb.
    else if (
      word === 'down' &&
      k + 1 < OBJECT_VERB_REACH &&
      SHOOTING_VERBS.includes(before.wordNumberAt(k + 1))
    )
      verb = 'strike';
    // "a carrier strike group with about 75 aircraft": a unit named after what it does.
    else if (
      k > 0 &&
      MODIFIER_VERBS.includes(wordNumber) &&
      FORMATION_NOUNS.includes(before.wordNumberAt(k - 1))
    )
      verb = null;
    // As a noun it would follow a determiner or a preposition: "the strikes", "after raids".
    else if (
      k === 0 &&
      HEADLINE_STRIKE_VERBS.includes(wordNumber) &&
      !DETERMINERS.includes(before.wordNumberAt(1)) &&
      !PLACE_PREPOSITIONS.includes(before.wordNumberAt(1))
    )
      verb = 'strike';
    else verb = BURIAL_VERBS.includes(wordNumber) ? 'death' : verbClassOf(wordNumber);
    if (verb || word === 'toll' || word === 'tolls') return verb ? { verb, pastClauseLink } : NO_VERB;
    if (CLAUSE_LINKS.includes(wordNumber)) pastClauseLink = true;
  }
  return NO_VERB;
}

/** Categories that count people, whatever noun names them. */
const PEOPLE_COUNTS: readonly Category[] = ['deaths', 'injuries', 'displaced'];

/** How far back a coordinated figure may stand: "launched 188 drones and 4 missiles". */
const COORDINATION_REACH = 60;

/** How far back the part of a whole may stand: "48 of the 63". */
const PARTITIVE_REACH = 12;

/**
 * The verb of a figure coordinated with the one before it ("launched 188 drones and 4 missiles"), or of
 * a whole whose part comes just before it ("shot down 48 of the 63 drones"), which it shares.
 */
function coordinatedVerb(
  context: SentenceContext,
  spanStart: number,
  wordsBeforeIt: WordsBefore,
): VerbClass | null {
  const link = wordsBeforeIt.wordAt(0);
  const partitive =
    link === 'of' ||
    (wordsBeforeIt.wordAt(1) === 'of' && DETERMINERS.includes(wordsBeforeIt.wordNumberAt(0)));
  if (link !== 'and' && link !== 'or' && link !== 'plus' && !partitive) return null;
  const reach = partitive ? PARTITIVE_REACH : COORDINATION_REACH;
  const previous = context.figures.filter((f) => f.end <= spanStart && spanStart - f.end <= reach).pop();
  return previous ? verbBefore(new WordsBefore(context.text, previous.start)).verb : null;
}

function normalisedUnit(counted: Noun, category: Category): string | null {
  const { noun, wordNumber } = counted;
  if (noun === null) return category === 'troops' || PEOPLE_COUNTS.includes(category) ? 'people' : null;
  if (category === 'military_assets') return noun;
  if (PEOPLE_COUNTS.includes(category) && !isThing(wordNumber)) return 'people';
  if (DEATH_NOUNS.includes(wordNumber) || INJURY_NOUNS.includes(wordNumber)) return 'people';
  if (TROOPS.includes(wordNumber)) return category === 'troops' ? 'troops' : 'people';
  if (noun === 'forces' && category === 'troops') return 'troops';
  if (isHuman(counted)) return 'people';
  return noun;
}

function isHuman(counted: Noun): boolean {
  return HUMANS.includes(counted.wordNumber) || TROOPS.includes(counted.wordNumber) || isNationals(counted);
}

/** People of a nation, named with a capital: "Venezuelans", "Iraqis", "Chinese". */
function isNationals({ noun, capitalised }: Noun): boolean {
  return capitalised && noun !== null && /(?:ans|is|ese)$/.test(noun);
}

/**
 * Events and acts counted, which a verb of harm shared along a list never makes people: "96 arrests and 41
 * hurt".
 */
const EVENT_NOUNS = words(`
  arrests detentions protests demonstrations incidents complaints claims applications crimes offences
  calls visits`);

/**
 * Nouns that name no person, by number: what a casualty or flight verb applies to is people unless it is
 * one of these.
 */
function isThing(wordNumber: number): boolean {
  if (HUMANS.includes(wordNumber) || TROOPS.includes(wordNumber)) return false;
  return (
    MEASURES.includes(wordNumber) ||
    EVENT_NOUNS.includes(wordNumber) ||
    STRIKE_EVENTS.includes(wordNumber) ||
    STRUCK_OBJECTS.includes(wordNumber) ||
    MILITARY_ASSETS.includes(wordNumber) ||
    DUAL_USE_ASSETS.includes(wordNumber) ||
    ANIMALS.includes(wordNumber)
  );
}

function categoryOf(context: SentenceContext, counted: Noun, verb: VerbClass | null): Category {
  const { noun, wordNumber, designated } = counted;
  if (MEASURES.includes(wordNumber)) return 'other';
  // "12 F-16 fighters": with a designation, fighters are aircraft, not people.
  if (designated && noun === 'fighters') return categoryOf(context, withNoun(counted, 'warplanes'), verb);
  // "escorted by four F-35s": models named alone are machines, military ones where the text is military.
  if (designated && noun === null && (verb === null || verb === 'deploy'))
    return context.has(MILITARY_CUES) || precedingHas(context, MILITARY_CUES) ? 'military_assets' : 'other';
  // A bare amount paid or spent is a sum of money: "paid millions", "spent 3 billion".
  if (noun === null && verb === 'pay') return 'money';
  if (STRIKE_EVENTS.includes(wordNumber)) return context.has(LABOUR_CUES) ? 'other' : 'strikes';
  if (DEATH_NOUNS.includes(wordNumber)) return 'deaths';
  // "three of the wounded died": the hurt who died are dead.
  if (INJURY_NOUNS.includes(wordNumber)) return verb === 'death' ? 'deaths' : 'injuries';
  // Every test of `person` below asks for a verb: a figure without one is not looked up as a thing.
  const person = verb !== null && (noun === null || !isThing(wordNumber));
  if (person && (verb === 'death' || verb === 'toll')) return 'deaths';
  // People lost are dead; a bare number lost in a sentence about games or a season counts results.
  if (verb === 'loss' && noun && isHuman(counted)) return 'deaths';
  // "construction lost 6,500" after "shed 14,000 jobs": losses of jobs are no deaths.
  if (noun === null && verb === 'loss' && !isAboutResults(context) && !context.has(JOB_CUES)) return 'deaths';
  if (noun === 'lives' && context.has(LIVES_LOST)) return 'deaths';
  if (person && verb === 'injury') return 'injuries';
  if (DISPLACED_NOUNS.includes(wordNumber)) return 'displaced';
  if (ARRIVING_PEOPLE.includes(wordNumber) && hasRefugeCue(context)) return 'displaced';
  if (person && verb === 'displace') return 'displaced';
  // Armed men who cross or arrive come to fight: "200 gunmen crossed the border".
  if (
    person &&
    verb === 'refuge' &&
    !TROOPS.includes(wordNumber) &&
    !ARMED_MEN.includes(wordNumber) &&
    hasRefugeCue(context)
  )
    return 'displaced';
  // "the camp, built for 60,000, now holds 95,000": the people a camp or a shelter holds.
  if (
    person &&
    verb === 'house' &&
    !TROOPS.includes(wordNumber) &&
    (context.has(REFUGE_PLACE_CUES) || precedingHas(context, REFUGE_PLACE_CUES))
  )
    return 'displaced';
  // "200 fighters from the Red Hills Brigade, a militia": an armed group's fighters, not jets.
  const armedFighters =
    noun === 'fighters' &&
    !designated &&
    (context.has(ARMED_GROUP_CUES) || precedingHas(context, ARMED_GROUP_CUES));
  // Soldiers freed, captured or missing are not a force in the field.
  if (TROOPS.includes(wordNumber) || armedFighters)
    return verb === 'captive' || verb === 'missing' ? 'other' : 'troops';
  if (person && verb === 'body') return 'troops';
  // "sent 200 special forces": forces sent or stationed are troops.
  if (noun === 'forces' && verb === 'deploy') return 'troops';
  if (verb === 'deploy' && noun && isHuman(counted) && context.has(MILITARY_CUES)) return 'troops';
  // "the 6,000 already stationed there": a bare number deployed among troops counts troops.
  if (noun === null && verb === 'deploy' && context.has(TROOP_WORDS)) return 'troops';
  // Things destroyed or hit count as struck only in an attack, not in a storm or a fire.
  if (verb === 'strike' && STRUCK_OBJECTS.includes(wordNumber) && hasAttackCue(context)) return 'strikes';
  // Projectiles that landed or struck ("120 shells struck the town"), or came in a volley.
  if (
    PROJECTILES.includes(wordNumber) &&
    (verb === 'impact' || verb === 'strike' || context.has(VOLLEY_CUES))
  )
    return 'strikes';
  if (noun === 'targets') return 'strikes';
  // "recorded 37 violations of the truce": breaches of a ceasefire are attacks.
  if (
    (noun === 'violations' || noun === 'breaches') &&
    (context.has(TRUCE_CUES) || precedingHas(context, TRUCE_CUES))
  )
    return 'strikes';
  // "nine tankers have been seized": ships stopped at sea are neither a force nor a strike.
  if (verb === 'captive' && SHIPPING.includes(wordNumber)) return 'other';
  if (MILITARY_ASSETS.includes(wordNumber)) return 'military_assets';
  // "5,000 Igla-S missiles in position": weapons named by their model are military wherever they are.
  if (designated && DESIGNATED_WEAPONS.includes(wordNumber)) return 'military_assets';
  if (
    DUAL_USE_ASSETS.includes(wordNumber) &&
    (context.has(MILITARY_CUES) || precedingHas(context, MILITARY_CUES))
  )
    return 'military_assets';
  return 'other';
}

/** A verb of weight gained or lost, before "30 pounds": "he lost 30 pounds", "weighs 200 pounds". */
const WEIGHT_VERB_BEFORE =
  /\b(?:lose|loses|lost|losing|gain|gains|gained|gaining|shed|sheds|shedding|weigh|weighs|weighed|weighing|put on|puts on|putting on)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$/i;
const WRITTEN_IN_POUNDS = /\spounds?$/i;

/** Whether the figure, written in "pounds", weighs a body rather than pays for something. */
function isBodyWeight(sentence: string, spanStart: number, end: number): boolean {
  return (
    WRITTEN_IN_POUNDS.test(sentence.slice(Math.max(spanStart, end - 8), end)) &&
    WEIGHT_VERB_BEFORE.test(sentence.slice(Math.max(0, spanStart - 24), spanStart))
  );
}

/** Words of a change just before a share or points: "up nine points", "fell by 3%". */
const CHANGE_BEFORE =
  /\b(?:up|down|rose|fell|risen|fallen|gained|lost|dropped|slipped|jumped|climbed|grew|increased|decreased)\s+(?:by\s+)?$/i;

/** "lost £18.2m", "gained $4m": a sum lost or made, not a change in one. */
const SUM_LOST_OR_GAINED = /\b(?:lost|gained)\s+$/i;

function isChange(sentence: string, spanStart: number): boolean {
  return CHANGE_BEFORE.test(sentence.slice(Math.max(0, spanStart - 16), spanStart));
}

/** A drill or practice fire, whose shots and hits are no attack. */
const PRACTICE_CUES =
  /\b(?:target drones?|towed targets?|war games|live-fire|target practice|(?:military|naval|air-defen[cs]e|joint) (?:exercises?|drills?))\b/i;

/** Weapons that a model's designation makes military: "Igla-S missiles", "MQ-9 drones". */
const DESIGNATED_WEAPONS = words('missiles rockets drones launchers radars');

/** An evacuation, whose evacuees stay where they are put up. */
const EVACUATION_CUES = /\b(?:evacuat\w+|evacuees|fled|displaced)\b/i;

/** Cheap test that rules out an evacuation. */
const EVACUATION_HINT = /evacu|fled|displaced/i;

/** People staying in a hall, a school or a gym: "are staying in sports halls and schools". */
const IN_MAKESHIFT_SHELTER_AFTER = asciiFirst(
  /^[^,;]{0,30}?\b(?:are|were|is|was)\s+(?:now\s+|still\s+)?(?:staying|sleeping|sheltering|housed|living)\s+in\s+(?:[\p{L}-]+\s+){0,2}?(?:halls?|schools?|gyms?|gymnasiums?|churches|community cent(?:re|er)s?|tents)\b/iu,
);

/**
 * Whether one of `words` starts within `reach` characters after `end`: a cheap test before a pattern that
 * needs one of them there. Each word is searched for only as far as the reach.
 */
function hasWordSoonAfter(sentence: string, end: number, words: readonly string[], reach: number): boolean {
  const window = sentence.slice(end, end + reach);
  return words.some((word) => window.includes(word));
}

const JOINING_WORDS = ['joined', 'enlisted', 'signed'];
const LEAVING_WORDS = ['left', 'leav', 'abandon'];

/** The same words anywhere in the sentence, found with its other hint words: most sentences have none. */
const JOINING_HINT = new RegExp(JOINING_WORDS.join('|'), 'i');
const LEAVING_HINT = new RegExp(LEAVING_WORDS.join('|'), 'i');

/** People who joined a force: "4.5 million have joined its militia", "8 million people signed up for it". */
const JOINED_FORCE_AFTER = asciiFirst(
  /^(?:\s+[\p{L}-]+)?\s+(?:(?:have|has|had)\s+)?(?:now\s+|already\s+)?(?:joined|enlisted in|signed up (?:for|to))\s+(?:(?:the|its|their|a)\s+)?(?:[\p{L}-]+\s+)?(?:militias?|army|armed forces|forces|reserves?|national guard)\b/iu,
);

/** What people were lost to, when it is injury: "lose two forwards to injury". */
const LOST_TO_INJURY_AFTER = /^[^,;]{0,30}?\b(?:to|through) (?:injury|injuries)\b/i;

/** People carried off hurt, as players are from a pitch: "two forwards were carried off before half-time". */
const CARRIED_OFF_AFTER =
  /^[^,;:]{0,40}?\b(?:was|were|had to be|have been|has been)\s+(?:carried|stretchered)\s+off\b/i;
const CARRIED_OFF_HINT = /carried|stretchered/i;

/** People held as hostages: "holds upwards of 40 soldiers and civilians hostage". */
const HELD_HOSTAGE_AFTER = /^[^,;:]{0,40}?\bhostages?\b/i;

/** "of the" between a part and the figure, the whole it was taken from. */
const OF_THE_WHOLE_BEFORE = /\b(?:out )?of\s+(?:the|their|its|all)\s+$/i;

/**
 * "killing four of the six men aboard": the whole that a part killed or hurt was taken from is not
 * itself killed or hurt.
 */
function isWholeOfHarmedPart(context: SentenceContext, spanStart: number, verb: VerbClass | null): boolean {
  if (verb !== 'death' && verb !== 'injury') return false;
  const of = OF_THE_WHOLE_BEFORE.exec(context.text.slice(Math.max(0, spanStart - 16), spanStart));
  if (of === null) return false;
  const ofStart = spanStart - of[0].length;
  return context.figures.some((f) => f.end <= ofStart && ofStart - f.end <= 2);
}

/** Modal verbs before a verb of holding, which then tells what a place could hold. */
const MODALS = words('would could can will might may');

/**
 * "a second shelter, which would hold up to 90 people": what a place could hold is its size, not the people
 * in it.
 */
function isCapacity(before: WordsBefore, verb: VerbClass | null): boolean {
  return (
    verb === 'house' &&
    verbClassOf(before.wordNumberAt(0)) === 'house' &&
    MODALS.includes(before.wordNumberAt(1))
  );
}

/** Words of jobs and payrolls, whose losses are jobs. */
const JOB_CUES = /\b(?:jobs|positions|posts|roles|payrolls?|workforce|employment|redundanc\w+|lay-?offs)\b/i;

/** How badly people are hurt: "52 wounded (9 critically)", "five of them seriously". */
const SEVERITY = words('critically seriously severely gravely badly slightly lightly');
const HURT_CUES = /wound|injur|hurt/i;

/** Whether a bare figure is followed by how badly people were hurt, in a sentence about the hurt. */
function isHowBadlyHurt(context: SentenceContext, after: TokensAfter): boolean {
  // Rarely reached: tested on the sentence itself rather than kept among the hint words of every sentence.
  return SEVERITY.includes(after.at(0)?.wordNumber ?? 0) && HURT_CUES.test(context.text);
}

/** Harm that people are treated for as injured, not as ill: "treated for burns", "for smoke inhalation". */
const INJURY_TREATED =
  '(?:[\\p{L}-]+\\s+){0,2}?(?:injuries|wounds|burns|smoke inhalation|cuts|fractures|bruises|shrapnel|gunshot)\\b';
const TREATED_AFTER = asciiFirst(
  new RegExp(
    `^\\s*(?:[\\p{L}-]+,?\\s+){0,3}?(?:[^,;]{1,40},\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:were|was|been|being)\\s+treated\\s+(?:[\\p{L}-]+\\s+){0,3}?for\\s+${INJURY_TREATED}`,
    'iu',
  ),
);
const TREATED_BEFORE = /\btreated\s+$/i;

/** Cheap test that rules out people treated for an injury. */
const TREATED_HINT = /treated/i;
const FOR_INJURY = asciiFirst(new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}?for\\s+${INJURY_TREATED}`, 'iu'));

/**
 * People who had or suffered an injury, or are told with one: "two had burns and shrapnel wounds", "three
 * suffered fractures", "two of them with serious burns".
 */
const SUFFER_VERBS = words('had have suffered sustained with');
const SUFFERED_INJURY = asciiFirst(
  new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${SUFFER_VERBS.words.join('|')})\\s+${INJURY_TREATED}`, 'iu'),
);

/** People treated for an injury: "two people were treated for burns", "medics treated 9 for cuts". */
function isTreatedForInjury(sentence: string, spanStart: number, end: number): boolean {
  const after = sentence.slice(end, end + 80);
  if (TREATED_AFTER.test(after)) return true;
  return (
    TREATED_BEFORE.test(sentence.slice(Math.max(0, spanStart - 12), spanStart)) && FOR_INJURY.test(after)
  );
}

/**
 * Born abroad, or in a nation named by its demonym: "foreign-born", "Venezuelan-born", "Irish-born"; not a
 * place's name ("London-born").
 */
const BORN_ABROAD = /(?:\bforeign|\b\p{Lu}\p{Ll}+(?:an|ese|i|ish|ch))-born\b/u;

/** Words that make a ship, a plane or a vehicle civilian. */
const CIVILIAN_MODIFIERS =
  /\b(?:merchant|commercial|cargo|civilian|fishing|passenger|container|cruise|private|tourist|leisure|rescue|ambulance|delivery|sport-utility|sport utility|electric|hybrid|petrol|diesel|rental|luxury|family|firefighting|fire-fighting|water-bombing)\b/i;

/** Words that make a ship, a plane or a vehicle military: "attack helicopters", "strike aircraft". */
const MILITARY_MODIFIERS =
  /\b(?:attack|strike|combat|assault|fighter|military|naval|navy|army|warplanes?)\b/i;

/** Whether `wordNumber` names a military asset or troops, beside which a ship or plane is military. */
const isForceWord = (wordNumber: number): boolean =>
  MILITARY_ASSETS.includes(wordNumber) || TROOPS.includes(wordNumber);

/**
 * Whether a figure of a military asset or of troops stands beside the figure in a list: "30 tanks and six
 * boats", "14 ships, 42 aircraft and 6,800 personnel".
 */
function listedWithMilitaryAsset(
  context: SentenceContext,
  spanStart: number,
  wordsBeforeIt: WordsBefore,
  after: TokensAfter,
  noun: Noun,
): boolean {
  const sentence = context.text;
  const link = wordsBeforeIt.wordAt(0);
  if (link === 'and' || link === 'or') {
    const previous = context.figures
      .filter((f) => f.end <= spanStart && spanStart - f.end <= COORDINATION_REACH)
      .pop();
    const other = previous && nounAfter(sentence, new TokensAfter(sentence, previous.end), 2);
    if (other && isForceWord(other.wordNumber)) return true;
  }
  const next = after.at(noun.next);
  if (next?.lower !== 'and' && next?.lower !== 'or' && next?.lower !== ',') return false;
  const following = context.figures.find((f) => f.start >= next.end && f.start - next.end <= 2);
  if (!following) return false;
  const other = nounAfter(sentence, new TokensAfter(sentence, following.end), 2);
  if (isForceWord(other.wordNumber)) return true;
  // Along a list: "14 ships, 42 aircraft and 6,800 personnel".
  return (
    DUAL_USE_ASSETS.includes(other.wordNumber) &&
    listedWithMilitaryAsset(
      context,
      following.start,
      new WordsBefore(sentence, following.start),
      new TokensAfter(sentence, following.end),
      other,
    )
  );
}

/**
 * A verb of attack earlier in the figure's clause, which "N times" repeats ("shelled the town 50 times",
 * "has come under attack four times"). Verbs that a match report also uses ("attacked down the left", "hit
 * the post") count only beside a weapon or an armed force; "under fire" is also said of criticism.
 */
const ATTACK_VERB_BEFORE =
  /\b(?:shell(?:ed|s|ing)?|bomb(?:ed|s|ing)?|bombard(?:ed|s|ing)?|strafed|under (?:attack|bombardment|shelling)|(attack(?:ed|s|ing)?|raid(?:ed|s|ing)?|targeted|struck|hit))\b[^,;:.–—()]*$/i;

const ARMED_CUES =
  /\b(?:drones?|missiles?|rockets?|artillery|mortars?|shells|warplanes|jets|aircraft|gunboats|warships?|forces|troops|soldiers|militants?|militias?|rebels?|insurgents?|army|military|navy|gunmen)\b/i;

/** Whether the figure at `spanStart` counts the times an attack verb of its own clause was done. */
function isAttackRepeated(context: SentenceContext, spanStart: number): boolean {
  const segment = context.segmentAt(spanStart);
  const verb = ATTACK_VERB_BEFORE.exec(context.text.slice(segment.start, spanStart));
  return verb !== null && (verb[1] === undefined || context.has(ARMED_CUES));
}

/**
 * A number whose noun is left out and whose own verb strikes, in an attack: "the other six struck a
 * depot"; not "2,600 homes have been flooded and 140 destroyed".
 */
function isElidedStriker(context: SentenceContext, noun: Noun, after: TokensAfter): boolean {
  return (
    noun.noun === null &&
    noun.next === 0 &&
    verbClassOf(after.at(0)?.wordNumber ?? 0) === 'strike' &&
    hasAttackCue(context)
  );
}

/** The last text before a sentence each pattern was tested on, and the answer: a sentence's figures share it. */
const precedingTests = new Map<RegExp, { text: string; found: boolean }>();

/** Whether the text just before the sentence (a cue carried across sentences) matches `pattern`. */
function precedingHas(context: SentenceContext, pattern: RegExp): boolean {
  const last = precedingTests.get(pattern);
  if (last && last.text === context.preceding) return last.found;
  const found = pattern.test(context.preceding);
  precedingTests.set(pattern, { text: context.preceding, found });
  return found;
}

/** Words of violence itself, told of an attack. */
const VIOLENCE_WORDS =
  'strikes?|airstrikes?|barrages?|salvos?|gunfire|attack\\w*|assault\\w*|(?<!water-)bomb\\w*|shell\\w*|missiles?|drones?|rockets?|artillery|mortars?|raids?|militants?|rebels?|insurgents?|war|offensive|fighting|combat|gunmen|arson\\w*|sabotage\\w*';
const VIOLENCE_CUES = new RegExp(`\\b(?:${VIOLENCE_WORDS})\\b`, 'i');

/**
 * Words of an armed attack, in a sentence or just before it: violence, or forces and arms, which may also
 * be there to help.
 */
const ATTACK_CUES = new RegExp(
  `\\b(?:${VIOLENCE_WORDS}|volleys?|gunners|military|army|troops|forces|soldiers|militias?|warplanes|jets|aircraft|bombers|gunships?|warships?|destroyers?|frigates?|navy|naval)\\b`,
  'i',
);

/**
 * A sentence about games, matches or a season, or one that goes on from such text, with no word of an armed
 * attack: "the army lost 300 in the fighting season" still counts the dead.
 */
function isAboutResults(context: SentenceContext): boolean {
  if (context.has(ATTACK_CUES)) return false;
  if (context.has(SPORT_RESULT_CUES)) return true;
  return precedingHas(context, SPORT_RESULT_CUES) && !precedingHas(context, ATTACK_CUES);
}

/** Armed groups whose members are called fighters. */
const ARMED_GROUP_CUES =
  /\b(?:militias?|militiamen|rebels?|insurgents?|guerrillas?|jihadists?|brigades?|factions?|armed groups?|gangs?|cartels?)\b/i;

/** A natural disaster, where soldiers are sent to help and homes are destroyed by nature. */
const NATURAL_DISASTER_CUES =
  /\b(?:flood\w*|storms?|hurricanes?|typhoons?|cyclones?|tornado\w*|earthquakes?|quakes?|tsunamis?|landslides?|mudslides?|wildfires?|bush ?fires?|forest fires?|blaze|firefighters|fire (?:broke out|service|crews?)|avalanches?|rain\w*)\b/i;

/**
 * Whether the figure's sentence, or the text before it, is about an attack: a word of violence, or a
 * force where no disaster is told ("the army sent 1,500 soldiers to help" after a flood is no attack).
 */
function hasAttackCue(context: SentenceContext): boolean {
  if (!context.has(ATTACK_CUES) && !precedingHas(context, ATTACK_CUES)) return false;
  if (context.has(VIOLENCE_CUES) || precedingHas(context, VIOLENCE_CUES)) return true;
  return !context.has(NATURAL_DISASTER_CUES) && !precedingHas(context, NATURAL_DISASTER_CUES);
}

function hasRefugeCue(context: SentenceContext): boolean {
  return context.has(REFUGE_CUES) || precedingHas(context, REFUGE_CUES);
}

/**
 * Words that carry on a poll's subject in the sentence after it: who backs or opposes what, among whom,
 * what share, who thinks what, where a party stands or by how much it leads ("Backing was strongest among
 * pensioners, at 64%"; "Labour is on 30%"; "12% thought so"; "the gap, 9 points, is the widest").
 */
const POLL_CONTINUATION =
  /\b(?:(?:stand|stands|stood|sit|sits|sat|is|are|was|were|remains?) (?:on|at)|support\w*|back(?:ed|ing|s)?|oppos\w*|favou?r\w*|against(?! the (?:dollar|euro|pound|yen|yuan|greenback))|approv\w*|agree\w*|disagree\w*|undecided|unsure|not sure|no opinion|don[’']t know|asked|(?:%|per ?cent) said|trust\w*|prefer\w*|majority|minority|plurality|among|share|proportion|fewer|lead|led|gap|trail\w*|said so|say so|think|thinks|thought|believes?|believed|(?:up|down) [\w.]+ (?:percentage )?points)\b/i;

/** Digits joined by a dash to digits that the number stage did not read as a range: a score such as `3-1`. */
function isScoreSide(sentence: string, number: Pick<NumberExpression, 'start' | 'end'>): boolean {
  const { start, end } = number;
  return (
    (isScoreDash(sentence.charCodeAt(end)) && isDigit(sentence.charCodeAt(end + 1))) ||
    (start >= 2 && isDigit(sentence.charCodeAt(start - 2)) && isScoreDash(sentence.charCodeAt(start - 1)))
  );
}

const isScoreDash = (code: number): boolean => code === 0x2d || code === 0x2013;

/** A poll's margin of error, which is no share of the people polled: "a margin of error of 2.8 points". */
const MARGIN_OF_ERROR_BEFORE = /\bmargin of error (?:of |is |was )?(?:plus or minus |\+\/-|±)?\s*$/i;

function isMarginOfError(sentence: string, spanStart: number): boolean {
  const before = sentence.slice(Math.max(0, spanStart - 40), spanStart);
  return before.includes('error') && MARGIN_OF_ERROR_BEFORE.test(before);
}

/**
 * Whether the sentence is a line of a list or a table ("Mexico: 72% / 21%") in an article that opens by
 * telling of a poll.
 */
function isPollTableLine(context: SentenceContext): boolean {
  return context.pollStory && isListLine(context.text, 0);
}

/** Whether the sentence reports a survey of a population, or carries on the subject of one just before. */
function inPoll(context: SentenceContext): boolean {
  if (context.has(FORECASTERS_POLLED)) return false;
  if (context.has(POLL_CUES)) return true;
  return (
    (context.has(POLL_CONTINUATION) || context.has(STANDING_ON_SHARE)) &&
    (context.pollStory || precedingHas(context, POLL_CUES))
  );
}

/**
 * Classifies the number `number` whose span (with qualifier words) starts at `spanStart`, all offsets
 * relative to the sentence of `context`.
 */
export function classify(
  context: SentenceContext,
  number: Pick<NumberExpression, 'start' | 'end' | 'value' | 'unit'>,
  spanStart: number,
): Classification {
  const { unit, category, elliptical, total } = countedBy(context, number, spanStart);
  return { unit, category, cumulative: answerTotal(context, total), elliptical };
}

/**
 * What the number counts and its category, as classify reads them, with the question whether it is a
 * running total left for the running-total stage to answer.
 */
export function countedBy(
  context: SentenceContext,
  number: Pick<NumberExpression, 'start' | 'end' | 'value' | 'unit'>,
  spanStart: number,
): Counted {
  const sentence = context.text;
  const figure = { start: spanStart, end: number.end };
  const total = (category: Category, countsThings = false): TotalQuestion => ({
    figure,
    category,
    countsThings,
  });

  // "He lost 30 pounds": under a thousand, after a verb of weight, pounds are a body's weight.
  if (number.unit === 'GBP' && number.value < 1000 && isBodyWeight(sentence, spanStart, number.end)) {
    return { unit: 'pounds', category: 'other', elliptical: false, total: null };
  }
  if (number.unit && CURRENCIES.has(number.unit)) {
    // "down $6.20 since January": a change in a sum adds nothing up; a sum lost or gained does.
    const question =
      isChange(sentence, spanStart) &&
      !SUM_LOST_OR_GAINED.test(sentence.slice(Math.max(0, spanStart - 8), spanStart))
        ? null
        : total('money');
    return { unit: number.unit, category: 'money', elliptical: false, total: question };
  }
  const share = isShareUnit(number.unit);
  if (
    share ||
    (mayBePointsAt(sentence, number.end) && POINTS_AFTER.test(sentence.slice(number.end, number.end + 20)))
  ) {
    const category: Category =
      (inPoll(context) || isPollTableLine(context)) && !isMarginOfError(sentence, spanStart)
        ? 'poll'
        : 'other';
    // "up nine points since November": a change adds nothing up; nor does a share ("slowed to 2.6% ... since
    // March"), which is a rate, not a running count.
    const question = share || isChange(sentence, spanStart) ? null : total(category);
    return { unit: share ? number.unit : 'points', category, elliptical: false, total: question };
  }

  if (number.unit !== null) {
    // A measure written with the number ("187mm", "44C", "12km") is what it counts.
    return { unit: number.unit, category: 'other', elliptical: false, total: total('other') };
  }
  if (isScoreSide(sentence, number)) {
    // `lost 98-104`, `are now 9-2`: one side of a score or record counts no dead and no strikes
    return { unit: null, category: 'other', elliptical: false, total: total('other') };
  }

  const after = new TokensAfter(sentence, number.end);
  const currency = CURRENCY_WORDS.get(after.at(0)?.lower ?? '');
  if (currency) {
    return { unit: currency, category: 'money', elliptical: false, total: total('money') };
  }
  const counted = nounAfter(sentence, after, number.value);
  const numberOf =
    counted.noun === null && context.has(TOLL_HINT) && tollBefore(sentence, spanStart) === null
      ? numberOfBefore(sentence, spanStart)
      : null;
  const before = new WordsBefore(sentence, spanStart);
  const ownLabel = counted.noun === null ? labelBefore(sentence, spanStart, number.end) : null;
  // A row named by a place or a party counts what its table's heading names.
  const label =
    ownLabel !== null &&
    ownLabel.verb === null &&
    (ownLabel.noun === null || numberOfWord(ownLabel.noun) === 0)
      ? (headingLabel(context) ?? ownLabel)
      : ownLabel;
  const noun = nounBefore(context, counted, numberOf, label, before, spanStart);
  // The figure's own clause first, a verb taking it as object or as subject ("have drowned and 30,000
  // have been evacuated"); then a verb it shares across "and" ("flattening a market and two blocks",
  // "launched 188 drones and 4 missiles").
  const object = verbBefore(before);
  // A toll that reaches the figure ("the death toll from the attack to 15", "the toll hit 15") outranks an
  // event word or a verb of reaching between them.
  const toll =
    object.verb === 'strike' && context.has(TOLL_HINT) && tollBefore(sentence, spanStart) === 'toll'
      ? 'toll'
      : null;
  const verb =
    toll ??
    label?.verb ??
    (object.pastClauseLink ? null : object.verb) ??
    verbAfter(after, noun.next) ??
    // "have died and 11,000 have been forced from their homes": the figure's own clause outranks a verb
    // of the clause before.
    (object.pastClauseLink ? drivenOutVerb(context, number, spanStart) : null) ??
    object.verb ??
    coordinatedVerb(context, spanStart, before) ??
    (object.pastClauseLink ? null : drivenOutVerb(context, number, spanStart)) ??
    (numberOf
      ? verbClass(numberOf.participle)
      : context.has(TOLL_HINT)
        ? tollBefore(sentence, spanStart)
        : null) ??
    (noun.noun === null && isHowBadlyHurt(context, after) ? 'injury' : null);
  if (noun.noun === 'times' && isAttackRepeated(context, spanStart)) {
    // "shelled the town more than 50 times": each time is a strike.
    return { unit: 'strikes', category: 'strikes', elliptical: false, total: total('strikes', true) };
  }
  let category = isElidedStriker(context, noun, after)
    ? 'strikes'
    : isShippingStopped(sentence, spanStart, noun)
      ? 'other'
      : categoryOf(
          context,
          noun,
          isWholeOfHarmedPart(context, spanStart, verb) || isCapacity(before, verb) ? null : verb,
        );
  if (category === 'other' && noun.noun === null && isNetRating(context, number)) category = 'poll';
  category = refinedCategory(context, number.end, spanStart, after, noun, category);
  // "more than 4 million members of its civilian militia", "5.3 million militia members": the members of a
  // body of troops are troops.
  if (category === 'other' && verb !== 'captive' && verb !== 'missing') {
    const members = MEMBERS_AFTER.exec(sentence.slice(number.end, number.end + 40));
    if (
      members !== null &&
      ((members[1] !== undefined && TROOP_BODIES.has(lowerCase(members[1]))) ||
        OF_A_FORCE.test(
          sentence.slice(number.end + members[0].length, number.end + members[0].length + 40),
        ) ||
        FORCE_HAS_BEFORE.test(sentence.slice(Math.max(0, spanStart - 60), spanStart)))
    )
      category = 'troops';
  }
  // "Colombia alone now hosts about 2.8 million Venezuelans": the people of a nation that a country hosts.
  if (
    category === 'other' &&
    noun.capitalised &&
    isHuman(noun) &&
    HOSTS_BEFORE.test(sentence.slice(Math.max(0, spanStart - 16), spanStart))
  )
    category = 'displaced';
  // "deportation flights ..., returning 2,418 Venezuelans", "the flight landed with 187 passengers": the
  // people a deportation flight carries are deportees.
  if (
    category === 'other' &&
    // "landed with 187 passengers": a plane's landing, not a shell's impact.
    (verb === null || verb === 'impact' || verb === 'refuge') &&
    (isHuman(noun) || noun.noun === 'passengers') &&
    context.has(FLIGHT_WORDS) &&
    (context.has(DEPORTATION_CUES) || precedingHas(context, DEPORTATION_CUES))
  )
    category = 'displaced';
  // A nation's people on their way into another country ("intercepted 43 Venezuelans trying to land") or
  // sent back to their own ("flew 112 Venezuelans home from detention") are displaced.
  if (category === 'other' && isNationals(noun)) {
    const afterNoun = sentence.slice(after.at(noun.next - 1)?.end ?? number.end);
    if (
      CROSSING_AFTER.test(afterNoun) ||
      (HOME_AFTER.test(afterNoun) &&
        SENT_HOME_BEFORE.test(sentence.slice(Math.max(0, spanStart - 24), spanStart)))
    )
      category = 'displaced';
  }
  if (DUAL_USE_ASSETS.includes(noun.wordNumber)) {
    const modifiers = sentence.slice(number.end, after.at(noun.next - 1)?.start ?? number.end);
    // "40 merchant vessels" are never military; "30 tanks and six patrol boats" are.
    if (category === 'military_assets' && CIVILIAN_MODIFIERS.test(modifiers)) category = 'other';
    else if (category === 'other' && MILITARY_MODIFIERS.test(modifiers)) category = 'military_assets';
    else if (category === 'other' && listedWithMilitaryAsset(context, spanStart, before, after, noun)) {
      category = 'military_assets';
    }
  }
  // "9,400 Syrian-born residents": people born in another nation are migrants.
  if (category === 'other' && noun.noun !== null && isHuman(noun)) {
    const modifiers = sentence.slice(number.end, after.at(noun.next - 1)?.start ?? number.end);
    if (modifiers.includes('-born') && BORN_ABROAD.test(modifiers)) category = 'displaced';
  }
  // Forces called up or sent tell where a force stands, not a count that adds up ("3,000 reservists").
  const countsThings = noun.noun !== null && !MEASURES.includes(noun.wordNumber) && category !== 'troops';
  // "six remain in intensive care": patients in hospital are counted apart from the injured, unless named
  // as the injured ("a dozen of the wounded remain in a serious condition").
  const inCare =
    context.has(IN_CARE_HINT) &&
    (noun.noun === null || !(isThing(noun.wordNumber) || INJURY_NOUNS.includes(noun.wordNumber))) &&
    isInCare(sentence, after, noun, number.end);
  if (inCare) category = 'other';
  // "40,000 people have left Dravik": people who left a place, tested only where nothing else was found.
  if (
    category === 'other' &&
    number.value > 1 &&
    (noun.noun === null || isHuman(noun)) &&
    hasLeftPlace(context, number.end)
  )
    category = 'displaced';
  // "two were killed and two survivors were pulled from the water": survivors are not the dead of a verb
  // of another clause, though a strike may kill them ("killed two survivors").
  if (category === 'deaths' && noun.noun === 'survivors' && object.pastClauseLink) category = 'other';
  // "lose two forwards to injury": players lost to injury are hurt, not dead.
  if (verb === 'loss' && LOST_TO_INJURY_AFTER.test(sentence.slice(number.end, number.end + 40)))
    category = 'injuries';
  if (
    category === 'other' &&
    context.has(CARRIED_OFF_HINT) &&
    CARRIED_OFF_AFTER.test(sentence.slice(number.end, number.end + 60))
  )
    category = 'injuries';
  // "holds upwards of 40 soldiers and civilians hostage": captives are not a force.
  if (category === 'troops' && HELD_HOSTAGE_AFTER.test(sentence.slice(number.end, number.end + 48)))
    category = 'other';
  // "fired 14 missiles at towed target drones": practice fire in a drill is no attack.
  if (category === 'strikes' && context.has(PRACTICE_CUES)) category = 'other';
  return {
    unit: inCare ? 'people' : normalisedUnit(noun, category),
    category,
    // A category read from the words around a bare figure ("some 3,100 are staying in sports halls")
    // is its own, not the figure before it.
    elliptical: noun.noun === null && verb === null && !inCare && category === 'other',
    total: total(category, countsThings),
  };
}

/**
 * A label that opens its line and names what the figure after it counts, as in a fact box or a list:
 * "Deaths: 41", "Boats struck: 14", "- Troops deployed: 15,000".
 */
const LABEL_BEFORE = asciiFirst(/^\s*(?:[-–•*·]\s*)?(\p{L}[\p{L}\p{N}’'./ -]{0,40}?)\s*:\s*$/u);

/** A place a label's people are put up in: "in shelters", "in camps". */
const SHELTERED = /^(?:in|at)\s+(?:\S+\s+)?(?:shelters|camps|evacuation centres|evacuation centers)\b/i;

/** The end of a participle, which a label's first word may be: "Killed", "Wounded", "Sheltering". */
const PARTICIPLE_END = /(?:ed|en|ing)$/;

/** Characters before a figure within which a label may open its line. */
const LABEL_REACH = 48;

/**
 * Nothing but closing punctuation, or an aside ("52 (9 critically)", "6, 2 of them firefighters"): the
 * figure is a label's whole value, not the start of a phrase.
 */
const VALUE_ENDS_LINE = /^(?:[\s.;,]*$|\s*[,(;–—])/;

/**
 * The noun and the verb of a label whose whole value is the figure ("Boats struck: 14"), or null; not a
 * headline's topic before its phrase ("Wildfire: four dead and 3,000 evacuated").
 */
function labelBefore(sentence: string, spanStart: number, end: number): Label | null {
  if (spanStart > LABEL_REACH) return null;
  const colon = sentence.lastIndexOf(':', spanStart);
  if (colon === -1) return sentence.includes('|') ? pipeRowLabel(sentence, spanStart, end) : null;
  if (!VALUE_ENDS_LINE.test(sentence.slice(end))) return null;
  const match = LABEL_BEFORE.exec(sentence.slice(0, spanStart));
  if (match === null) return null;
  return labelWords(match[1]);
}

/** A row of a table drawn with bars, up to a figure: its first cell, then cells of figures only. */
const PIPE_ROW_BEFORE = asciiFirst(/^\s*(\p{L}[\p{L}\p{N}’'./ -]{0,40}?)\s*\|(?:\s*[\d.,]+%?\s*\|)*\s*$/u);

/** The end of a table's cell after its figure. */
const VALUE_ENDS_CELL = /^\s*(?:\||$)/;

/**
 * The noun and the verb that the first cell of a table's row names, for a figure in one of its cells:
 * "Submarines | 1 | 2 | 1", "Personnel | 12,000 | 15,500".
 */
function pipeRowLabel(sentence: string, spanStart: number, end: number): Label | null {
  if (!VALUE_ENDS_CELL.test(sentence.slice(end))) return null;
  const match = PIPE_ROW_BEFORE.exec(sentence.slice(0, spanStart));
  return match === null ? null : labelWords(match[1]);
}

/** What a label names: the noun counted, and the verb that tells what befell it. */
interface Label {
  noun: string | null;
  verb: VerbClass | null;
}

/** The noun and the verb that a label's words (or a heading's) name. */
function labelWords(label: string): Label {
  let noun: string | null = null;
  let verb: VerbClass | null = null;
  const words = label.trim().split(/\s+/);
  for (const [i, word] of words.entries()) {
    const lower = lowerCase(word);
    // The head noun comes before a phrase that places or qualifies it: "F-35B jets in Puerto Rico: 10",
    // "Children screened for malnutrition: 18,960", "Toll at month's end: 17". People placed in a
    // shelter or a camp are displaced: "People in shelters: 12,400".
    if ((noun !== null || verb !== null) && PHRASE_ENDS.has(lower)) {
      if (SHELTERED.test(words.slice(i).join(' '))) verb ??= 'displace';
      break;
    }
    // "Toll: 46", "Death toll: 46": the label counts the dead.
    if (lower === 'toll' || lower === 'tolls') {
      verb = 'toll';
      noun = null;
      continue;
    }
    // "Shelters open: 37", "Attack submarine: 1": a first word that is also a verb names the thing counted,
    // or its role, when a word follows that goes on with the label; "Killed in strikes", "Wounded
    // civilians" keep their verb.
    const namesThing =
      noun === null &&
      i + 1 < words.length &&
      !PARTICIPLE_END.test(lower) &&
      !PHRASE_ENDS.has(lowerCase(words[i + 1]));
    const wordVerb = namesThing ? null : verbClass(lower);
    if (wordVerb !== null) verb ??= wordVerb;
    else if (noun !== null && lower.endsWith('ed')) break;
    else {
      noun = lower;
      // "Toll roads: 31": a noun after "toll" is what the label counts.
      if (verb === 'toll') verb = null;
    }
  }
  // A label names a kind in the singular as often as in the plural: "Attack submarine: 1".
  if (noun !== null && numberOfWord(noun) === 0 && numberOfWord(`${noun}s`) !== 0) noun = `${noun}s`;
  return { noun, verb };
}

/**
 * What the heading of a table counts, for a row whose label names no count but a place or a party
 * ("Colombia: 21,150" under "Arrivals by country, February 2026"): the words of the line leading in to
 * the list, before its date or period. Null for a line of no list, or a heading that names nothing.
 */
function headingLabel(context: SentenceContext): Label | null {
  const preceding = context.preceding;
  if (!preceding.endsWith('\n')) return null;
  const text = preceding + context.text;
  const leadIn = leadInOf(text, preceding.length);
  if (leadIn === null) return null;
  const heading = HEADING_WORDS.exec(text.slice(leadIn.start, leadIn.end));
  const label = heading ? labelWords(heading[0]) : null;
  return label && (label.noun !== null || label.verb !== null) ? label : null;
}

/** A heading's words, up to a comma, a bracket, a colon or a digit: "Arrivals by country". */
const HEADING_WORDS = /^[^,(:\d]+/;

/**
 * What the figure counts, named before it when nothing after it does: the number it brings to a level
 * ("the number of vessels hit ... to 21") or the subject that reached one ("troop levels reached 9,000").
 */
function nounBefore(
  context: SentenceContext,
  counted: Noun,
  numberOf: { noun: string } | null,
  label: { noun: string | null } | null,
  wordsBeforeIt: WordsBefore,
  spanStart: number,
): Noun {
  if (numberOf) return withNoun(counted, numberOf.noun);
  if (label?.noun) return withNoun(counted, label.noun);
  const subject =
    counted.noun === null
      ? (subjectOfLevel(context, wordsBeforeIt) ?? objectBroughtTo(context, wordsBeforeIt, spanStart))
      : null;
  return subject ? withNoun(counted, subject) : counted;
}

/** The phrase `counted` with its noun replaced by `noun`. */
function withNoun(counted: Noun, noun: string): Noun {
  return { ...counted, noun, wordNumber: numberOfWord(noun) };
}

/**
 * The category of a figure refined by what stands around it: the places raids hit, sorties flown or
 * flown at a target, people treated for or suffering injuries.
 */
function refinedCategory(
  context: SentenceContext,
  end: number,
  spanStart: number,
  after: TokensAfter,
  noun: Noun,
  read: Category,
): Category {
  const sentence = context.text;
  let category = read;
  // "raids on three farming villages": the places an attack hit.
  if (
    category === 'other' &&
    noun.noun !== null &&
    endsWithOn(sentence, spanStart) &&
    !MEASURES.includes(noun.wordNumber) &&
    !isHuman(noun) &&
    ATTACKS_ON_BEFORE.test(sentence.slice(Math.max(0, spanStart - 24), spanStart)) &&
    !context.has(POLICE_CUES)
  )
    category = 'strikes';
  // "sent 27 drones across the border": projectiles sent over a line or into a place are an attack.
  if (
    (category === 'military_assets' || category === 'other') &&
    noun.noun !== null &&
    PROJECTILES.includes(noun.wordNumber)
  ) {
    const nounEnd = after.at(noun.next - 1)?.end ?? end;
    if (
      SENT_ACROSS.test(sentence.slice(nounEnd, nounEnd + 40)) &&
      SENT_BEFORE.test(sentence.slice(Math.max(0, spanStart - 40), spanStart)) &&
      (context.has(FIRING_CUES) || precedingHas(context, FIRING_CUES))
    )
      category = 'strikes';
  }
  // Sorties flown are what the air force's aircraft did; sorties against a target are strikes. Missions
  // flown by military aircraft, named in the sentence or before it, are sorties ("B-52 bombers flew three
  // missions").
  const sorties =
    (category === 'strikes' && noun.noun === 'sorties') ||
    (category === 'other' &&
      noun.noun === 'missions' &&
      FLOWN_BEFORE.test(sentence.slice(Math.max(0, spanStart - 16), spanStart)) &&
      (context.has(MILITARY_CUES) || precedingHas(context, MILITARY_CUES)));
  if (sorties) {
    const nounEnd = after.at(noun.next - 1)?.end ?? end;
    category = AGAINST_TARGET.test(sentence.slice(nounEnd, nounEnd + 40)) ? 'strikes' : 'military_assets';
  }
  if (category === 'other' && (noun.noun === null || !isThing(noun.wordNumber))) {
    if (context.has(TREATED_HINT) && isTreatedForInjury(sentence, spanStart, end)) category = 'injuries';
    else if (
      (SUFFER_VERBS.includes(after.at(0)?.wordNumber ?? 0) ||
        SUFFER_VERBS.includes(after.at(noun.next)?.wordNumber ?? 0)) &&
      SUFFERED_INJURY.test(sentence.slice(end, end + 60))
    )
      category = 'injuries';
    else if (context.has(REFUGE_PLACE_HINT) && IN_REFUGE_AFTER.test(sentence.slice(end, end + 80)))
      category = 'displaced';
    // "evacuated 12,000 people, and some 3,100 are staying in sports halls": the evacuated who stay in a
    // place of shelter.
    else if (
      context.has(EVACUATION_HINT) &&
      context.has(EVACUATION_CUES) &&
      IN_MAKESHIFT_SHELTER_AFTER.test(sentence.slice(end, end + 80))
    )
      category = 'displaced';
    // "says 4.5 million have joined its militia": people who joined a force are troops.
    else if (
      context.has(JOINING_HINT) &&
      hasWordSoonAfter(sentence, end, JOINING_WORDS, 24) &&
      JOINED_FORCE_AFTER.test(sentence.slice(end, end + 60))
    )
      category = 'troops';
  }
  return category;
}

/** Patients' condition after them: "are in intensive care", "remain in a serious condition". */
const IN_CARE_AFTER =
  /^\s+(?:are|is|were|was|remain|remains|remained)\s+(?:still\s+)?in\s+(?:intensive care|(?:a\s+)?(?:serious|critical|grave|stable)\s+condition)\b/i;
const IN_CARE_HINT = /intensive|condition/i;

/** Whether the people counted by the figure are told as in hospital care, not as hurt. */
function isInCare(sentence: string, after: TokensAfter, noun: Noun, end: number): boolean {
  const nounEnd = noun.noun === null ? end : (after.at(noun.next - 1)?.end ?? end);
  return IN_CARE_AFTER.test(sentence.slice(nounEnd, nounEnd + 60));
}
