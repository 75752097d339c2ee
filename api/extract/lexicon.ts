/** Word lists for reading numbers and for telling figures from dates, times and designations. All keys are lower case. */

/**
 * A table of words, as a Map: looking up any word of an article ("constructor", "__proto__") finds only
 * its entries, and a Map looks up a freshly cut word about twice as fast as an object without prototype,
 * which V8 keeps as a dictionary.
 */
export function wordTable<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

const shapeIndex = (first: number, length: number): number => first * 64 + Math.min(length, 63);

/**
 * The shapes of a table's words: first character and length. Looking a word just read up in a table costs far
 * more than testing its shape (its hash is not known yet), and the shapes rule out most words of an article.
 * Kept as a bitmap over ASCII first characters, so that a test is one load.
 */
export class WordShapes {
  private readonly known = new Uint8Array(128 * 64);

  constructor(...lists: Iterable<string>[]) {
    for (const list of lists)
      for (const word of list)
        if (word.charCodeAt(0) < 128) this.known[shapeIndex(word.charCodeAt(0), word.length)] = 1;
  }

  /** False when no word of the table has the shape of `word`; a first character beyond ASCII is not ruled out. */
  mayHold(word: string): boolean {
    return this.mayHoldShape(word.charCodeAt(0), word.length);
  }

  /** As `mayHold`, for a word not cut from its text: the code of its first character, and its length. */
  mayHoldShape(first: number, length: number): boolean {
    return first >= 128 || this.known[shapeIndex(first, length)] === 1;
  }
}

/**
 * Words that set a number against another ("against 2,410", "versus 12", "compared with 25"), for
 * patterns that read them just before a figure.
 */
export const COMPARISON_WORDS = 'against|versus|vs\\.?|compared (?:with|to)';

/** The unit of a sum of money as the extractor writes it: a currency code, or pence. */
export const MONEY_UNIT = /^(?:[A-Z]{3}|pence)$/;

/** Possessive determiners, which name whose a thing is: "their losses", "her 200m time". */
export const POSSESSIVE_WORDS = 'their his her its our my your';

/** Verbs that bring a count to a figure: "taking his tally to", "lifting the campaign toll to". */
export const BRINGING_VERBS =
  'bring|brings|bringing|brought|take|takes|taking|took|lift|lifts|lifting|lifted|raise|raises|raising|raised|push|pushes|pushing|pushed|swell|swells|swelling|swelled';

/** Whether a UTF-16 code is an ASCII digit: false for NaN, what `charCodeAt` gives past the text. */
export const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Whether a UTF-16 code is an ASCII letter, A to Z in either case. */
export const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 97 && (code | 0x20) <= 122;

/** Whether a UTF-16 code is an ASCII capital, A to Z. */
export const isUpper = (code: number): boolean => code >= 65 && code <= 90;

/**
 * `word` in lower case, with `toLowerCase` called only when a character may change: case mapping a
 * slice of a two-byte text (a curly quote makes a whole article so) goes through ICU, and most words are
 * in lower case already.
 */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code >= 128) return lowerCaseMapped(word);
  }
  return word;
}

/**
 * Lower-case forms already mapped, by the word as written: words with capitals recur (the first words of
 * sentences, names, months), and finding one here costs far less than case mapping it again. Emptied when
 * full. Only short words are kept: a longer slice is a view into its whole text, which would stay alive.
 */
const lowerCaseForms = new Map<string, string>();
const MAX_LOWER_CASE_FORMS = 1024;
const LONGEST_KEPT_WORD = 12;

function lowerCaseMapped(word: string): string {
  let lower = lowerCaseForms.get(word);
  if (lower === undefined) {
    lower = word.toLowerCase();
    if (word.length <= LONGEST_KEPT_WORD) {
      if (lowerCaseForms.size >= MAX_LOWER_CASE_FORMS) lowerCaseForms.clear();
      lowerCaseForms.set(word, lower);
    }
  }
  return lower;
}

/**
 * `t(?:wo|hree)|f(?:our|ive)`: alternatives of a pattern grouped by their first letter, which lets the
 * engine pass over most places with one test; each group keeps the order the alternatives come in.
 */
export function alternativesByFirstLetter(alternatives: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const alternative of alternatives)
    groups.set(alternative[0], [...(groups.get(alternative[0]) ?? []), alternative.slice(1)]);
  return [...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|');
}

/** A class of a pattern's source, `[...]`, with its escapes; or `\p{L}` or `\p{N}` standing alone. */
const CLASS_OR_PROPERTY = /\[(?:\\.|[^\]\\])*\]|\\p\{[LN]\}|\\./g;

/**
 * `pattern` with each class of letters or digits (`\p{L}`, `[\p{L}-]`, `[\p{L}\p{N}]`) tried first on
 * ASCII, which matches the same characters. In a text of two-byte characters (one curly quote makes a
 * whole article so) a compiled pattern tests a character against the hundreds of ranges of `\p{L}` by a
 * call out of its code, which in a run of letters costs more than all the rest of the match; an ASCII
 * character, as most of English text is, is decided by one range test.
 */
export function asciiFirst(pattern: RegExp): RegExp {
  if (!pattern.unicode) throw new TypeError('asciiFirst needs a pattern with the u flag');
  const source = pattern.source.replace(CLASS_OR_PROPERTY, (token) => {
    if (!/\\p\{[LN]\}/.test(token) || token.startsWith('[^')) return token;
    const members = token.startsWith('[') ? token.slice(1, -1) : token;
    const ascii = members.replaceAll('\\p{L}', 'a-zA-Z').replaceAll('\\p{N}', '0-9');
    // The second branch tests for ASCII on both sides of the class, so that it is as quick read backwards
    // in a lookbehind.
    return `(?:[${ascii}]|(?![\\0-\\x7f])[${members}](?<=[^\\0-\\x7f]))`;
  });
  return new RegExp(source, pattern.flags);
}

export const UNIT_WORDS: ReadonlyMap<string, number> = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  nought: 0,
  naught: 0,
});

export const TENS_WORDS: ReadonlyMap<string, number> = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Multipliers that close a group: `two hundred thousand`. `hundred` is handled apart because it nests below them. */
export const SCALE_WORDS: ReadonlyMap<string, number> = wordTable({
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  crore: 1e7,
});

/** Scale letters written straight after digits: `3k`, `$50m`, `$1.2bn`. */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = wordTable({
  k: 1e3,
  m: 1e6,
  mil: 1e6,
  mn: 1e6,
  mln: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  t: 1e12,
  tn: 1e12,
  trn: 1e12,
  tln: 1e12,
});

/** Vague plural amounts, read as the smallest plain reading (gold README, after ACLED). */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = wordTable({
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
});

/** Words before `hundred`, `thousand` or `million` that make a vague amount: `several thousand`, `a few hundred`. */
export const VAGUE_LEADERS = new Set(['several', 'few', 'many']);

/** Abbreviations of `dozen` written after a number: `3 dzs`. */
export const DOZEN_WORDS = new Set(['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs']);

export const ORDINAL_WORDS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
]);

/** The months, in order. */
export const FULL_MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const WEEKDAY_NAMES: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/** Months as written next to a day number; capitalised in running text, which keeps the verb `may` out. */
export const MONTHS = new Set([
  ...FULL_MONTH_NAMES,
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
]);

/** Currency symbols written before the amount; the letters that may precede `$` name the dollar. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = wordTable({
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₩': 'KRW',
  '₪': 'ILS',
  '₺': 'TRY',
  '₴': 'UAH',
  '₦': 'NGN',
});

export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = wordTable({
  us: 'USD',
  a: 'AUD',
  au: 'AUD',
  c: 'CAD',
  ca: 'CAD',
  nz: 'NZD',
  hk: 'HKD',
  s: 'SGD',
  r: 'BRL',
  mx: 'MXN',
});

export const CURRENCY_CODES = new Set([
  'USD',
  'GBP',
  'EUR',
  'JPY',
  'CNY',
  'RMB',
  'INR',
  'CAD',
  'AUD',
  'NZD',
  'CHF',
  'HKD',
  'SGD',
  'RUB',
  'UAH',
  'ILS',
  'TRY',
  'BRL',
  'MXN',
  'ZAR',
  'NGN',
  'KRW',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'SAR',
  'AED',
  'EGP',
  'KES',
  'PKR',
  'VES',
]);

/** Currency names written after the amount (`5 dollars`, `420 million yen`). Singular and plural. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = wordTable({
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  quid: 'GBP',
  bucks: 'USD',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  peso: 'MXN',
  pesos: 'MXN',
  franc: 'CHF',
  francs: 'CHF',
  rand: 'ZAR',
  shekel: 'ILS',
  shekels: 'ILS',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  lira: 'TRY',
  naira: 'NGN',
  bolivar: 'VES',
  bolivars: 'VES',
  bolívar: 'VES',
  bolívars: 'VES',
  bolívares: 'VES',
  bolivares: 'VES',
});

/** Nationality words that name which dollar (`5 Canadian dollars`). */
export const DOLLAR_NATIONS: ReadonlyMap<string, string> = wordTable({
  us: 'USD',
  american: 'USD',
  canadian: 'CAD',
  australian: 'AUD',
  singapore: 'SGD',
  'hong kong': 'HKD',
  'new zealand': 'NZD',
});

/**
 * The text before `top` when it is the verb of a count crossing a number (`could top 200`, `casualties now top
 * 200`), not the adjective of a ranking (`the top 10`, `finished top 3`): a modal, `to` or an adverb of time,
 * or a plural noun as its subject.
 */
export const TOP_VERB_BEFORE = asciiFirst(
  /(?:(?<![\p{L}'’])(?:will|would|could|can|may|might|must|should|shall|to|now|already|soon|easily)|(?<![\p{L}'’])(?!(?:his|its|this|hers|ours|yours|theirs|was|has|is|as|us|plus|less)\s)\p{L}+[^\Ws'’]s)\s+$/iu,
);

/** Nouns after a model number with a variant (`787-9 jets`, `747-8 freighters`) that make it a name. */
export const VEHICLE_NOUNS = new Set([
  'jet',
  'jets',
  'jetliner',
  'jetliners',
  'plane',
  'planes',
  'aircraft',
  'airliner',
  'airliners',
  'airframes',
  'freighter',
  'freighters',
  'helicopter',
  'helicopters',
  'drone',
  'drones',
  'fighter',
  'fighters',
  'bomber',
  'bombers',
  'tank',
  'tanks',
  'engine',
  'engines',
  'variant',
  'variants',
  'model',
  'models',
  'version',
  'versions',
  'fleet',
  'order',
  'orders',
]);

/**
 * Nouns that a number joined by a hyphen turns into the name of a kind of thing (`three-pointers`, `a
 * two-seater`, `double-deckers`), so that the number counts nothing; plurals are read by dropping the `s`.
 */
export const NUMBER_COMPOUND_NOUNS = new Set([
  'pointer',
  'seater',
  'wheeler',
  'decker',
  'footer',
  'hander',
  'timer',
  'tonner',
  'liner',
  'striper',
  'bagger',
  'hitter',
]);

/** Plural nouns for people that an age bound can follow: `voters under 30`, `those over 65`. */
export const AGE_GROUP_NOUNS = new Set([
  'people',
  'those',
  'anyone',
  'everyone',
  'adults',
  'men',
  'women',
  'children',
  'kids',
  'voters',
  'respondents',
  'residents',
  'citizens',
  'patients',
  'drivers',
  'workers',
  'users',
  'pensioners',
]);

/** Words that, right before a number, make it a label rather than a count: `Article 5`, `Boeing 737`, `page 119`. */
export const DESIGNATORS = new Set([
  'act',
  'amendment',
  'annex',
  'apartment',
  'apollo',
  'appendix',
  'apt',
  'art',
  'article',
  'articles',
  'bay',
  'berth',
  'bill',
  'block',
  'boeing',
  'airbus',
  'building',
  'bus',
  'category',
  'channel',
  'chapter',
  'chapters',
  'clause',
  'clauses',
  'class',
  'code',
  'covid',
  'district',
  'division',
  'episode',
  'exhibit',
  'exit',
  'falcon',
  'fig',
  'figure',
  'flight',
  'floor',
  'form',
  'formula',
  'game',
  'gate',
  'grade',
  'grades',
  'hangar',
  'highway',
  'hole',
  'image',
  'interstate',
  'item',
  'junction',
  'junctions',
  'lap',
  'level',
  'ligue',
  'line',
  'lot',
  'mach',
  'mark',
  'mk',
  'model',
  'no',
  'nos',
  'number',
  'page',
  'pages',
  'para',
  'passcode',
  'paragraph',
  'paragraphs',
  'phase',
  'photo',
  'picture',
  'pier',
  'platform',
  'plot',
  'prop',
  'proposition',
  'protocol',
  'psalm',
  'question',
  'questions',
  'radio',
  'regulation',
  'regulations',
  'resolution',
  'room',
  'round',
  'route',
  'routes',
  'row',
  'rule',
  'runway',
  'scene',
  'schedule',
  'season',
  'seat',
  'section',
  'sections',
  'sector',
  'size',
  'slide',
  'stage',
  'suite',
  'table',
  'terminal',
  'tier',
  'title',
  'top',
  'track',
  'type',
  'unit',
  'verse',
  'version',
  'vol',
  'volume',
  'ward',
  'week',
  'windows',
  'zone',
]);

/** People named before an age in commas: `a woman, 29, was arrested`. */
export const PERSON_NOUNS = new Set([
  'man',
  'woman',
  'widow',
  'widower',
  'boy',
  'girl',
  'teenager',
  'mother',
  'father',
  'son',
  'daughter',
  'wife',
  'husband',
  'brother',
  'sister',
  'grandmother',
  'grandfather',
  'victim',
  'driver',
  'pensioner',
  'student',
  'resident',
  'suspect',
  'officer',
  'soldier',
  'player',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'captain',
  'singer',
  'actor',
  'actress',
  'star',
  'friend',
  'partner',
  'shepherd',
  'herder',
  'farmer',
  'fisher',
  'teacher',
  'nurse',
  'doctor',
  'surgeon',
  'worker',
  'labourer',
  'laborer',
  'pilot',
  'mechanic',
  'lawyer',
  'engineer',
  'grandson',
  'granddaughter',
  'grandparent',
  'nephew',
  'niece',
  'uncle',
  'aunt',
  'cousin',
  'boyfriend',
  'girlfriend',
  'fiance',
  'fiancee',
  'fiancé',
  'fiancée',
  'neighbour',
  'neighbor',
  'owner',
  'landlord',
  'tenant',
  'retiree',
  'veteran',
  'journalist',
  'reporter',
  'photographer',
  'priest',
  'pastor',
  'vicar',
  'imam',
  'rabbi',
  'nun',
  'monk',
  'activist',
  'protester',
  'witness',
  'survivor',
  'passenger',
  'pedestrian',
  'cyclist',
  'motorcyclist',
  'hiker',
  'climber',
  'swimmer',
  'runner',
  'rider',
  'jockey',
  'coach',
  'manager',
  'chef',
  'cook',
  'waiter',
  'waitress',
  'shopkeeper',
  'vendor',
  'trader',
  'clerk',
  'accountant',
  'banker',
  'guard',
  'teen',
  'youngster',
  'toddler',
  'child',
  'infant',
  'baby',
  'patient',
  'attacker',
  'assailant',
  'gunman',
  'defendant',
  'accused',
  'inmate',
  'prisoner',
  'detainee',
  'hostage',
  'migrant',
  'refugee',
  'tourist',
  'visitor',
  'volunteer',
  'carer',
  'caregiver',
  'cleaner',
  'businessman',
  'businesswoman',
  'spokesman',
  'spokeswoman',
  'fisherman',
  'policeman',
  'policewoman',
  'fireman',
  'firefighter',
  'chairman',
  'chairwoman',
  'grandma',
  'grandpa',
  'mum',
  'mom',
  'dad',
  'stepfather',
  'stepmother',
  'stepson',
  'stepdaughter',
  'son-in-law',
  'daughter-in-law',
  'father-in-law',
  'mother-in-law',
  'twin',
  'villager',
  'farmhand',
  'herdsman',
  'nanny',
  'teammate',
  'opponent',
  'forward',
  'winger',
  'batsman',
  'bowler',
  'pitcher',
  'quarterback',
  'boxer',
  'fighter',
  'golfer',
  'sprinter',
  'athlete',
  'author',
  'writer',
  'poet',
  'artist',
  'musician',
  'rapper',
  'comedian',
  'presenter',
  'host',
  'director',
  'producer',
  'founder',
  'boss',
  'chief',
  'executive',
  'mayor',
  'senator',
  'lawmaker',
  'councillor',
  'councilor',
  'minister',
  'candidate',
]);

export const STREET_WORDS = new Set([
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'lane',
  'boulevard',
  'blvd',
  'place',
  'square',
  'drive',
  'way',
  'close',
  'court',
  'terrace',
  'crescent',
  'gardens',
  'row',
]);

/** Words before a four-digit number that make it a count rather than a year: `about 2000 people`. */
export const COUNT_LEADERS = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'approximately',
  'roughly',
  'some',
  'over',
  'than',
  'least',
  'most',
  'estimated',
  'another',
  'additional',
  'extra',
]);

/** Verbs that take a count as their object, so that a year-like number after them is a count: `killed 2000`. */
export const COUNT_VERBS = new Set([
  'killed',
  'kills',
  'wounded',
  'injured',
  'sent',
  'sends',
  'deployed',
  'deploys',
  'mobilised',
  'mobilized',
  'evacuated',
  'arrested',
  'detained',
  'rescued',
  'freed',
  'displaced',
  'employs',
  'employed',
  'hired',
  'recruited',
]);

/**
 * Nouns after a year-like number that make it a count even at the start of a sentence or after `the`:
 * `2000 people marched`, `the 1900 staff`. Event nouns (`2019 elections`) are not among them.
 */
export const COUNTED_NOUNS = new Set([
  'people',
  'persons',
  'men',
  'women',
  'children',
  'staff',
  'personnel',
  'police',
  'troops',
  'soldiers',
  'civilians',
  'residents',
  'workers',
  'employees',
  'refugees',
  'migrants',
  'protesters',
  'demonstrators',
  'fans',
  'spectators',
  'families',
  'households',
  'students',
  'pupils',
  'patients',
  'passengers',
  'prisoners',
  'volunteers',
  'jobs',
  'homes',
]);

/** Words before a four-digit number that make it a year even when a plural follows: `in 2024 elections`. */
export const YEAR_LEADERS = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'of',
  'during',
  'before',
  'after',
  'the',
  'early',
  'late',
  'mid',
  'year',
  'fiscal',
  'and',
  'or',
  'to',
  'between',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'this',
  'that',
  'last',
  'next',
  'every',
  'for',
  'at',
  'on',
  'circa',
]);

/** Words before `10.30` that make it a clock time. */
export const CLOCK_LEADERS = new Set([
  'at',
  'by',
  'until',
  'till',
  'before',
  'after',
  'from',
  'since',
  'around',
]);

/** Time zones written in capitals after a clock time: `0300 GMT`. */
export const TIME_ZONES = new Set([
  'gmt',
  'bst',
  'utc',
  'cet',
  'cest',
  'est',
  'edt',
  'pst',
  'pdt',
  'et',
  'pt',
  'hrs',
]);

/** `one` as a pronoun or determiner: `no one`, `the one who`, `one of them`, `one day`. */
export const PRONOUN_ONE_BEFORE = new Set([
  'buy',
  'get',
  'no',
  'the',
  'this',
  'that',
  'which',
  'any',
  'every',
  'each',
  'such',
  'someone',
  'at',
  'like',
  'little',
  'loved',
  'right',
  'wrong',
  'last',
  'big',
  'new',
  'old',
]);

export const PRONOUN_ONE_AFTER = new Set([
  'of',
  'another',
  'day',
  'time',
  'point',
  'thing',
  'way',
  'hand',
  'side',
  'who',
  'that',
  'which',
  'could',
  'would',
  'might',
  'can',
  'must',
  'should',
  'will',
  'is',
  'was',
  'has',
  'had',
  'does',
  'did',
  'by',
  'after',
  'else',
  'night',
  'morning',
  'evening',
  'afternoon',
  'week',
  'year',
  'month',
  'thinks',
  'says',
  'said',
  'knows',
  // anonymous sources and abstract nouns: `one official said`, `one scenario is`
  'official',
  'source',
  'analyst',
  'expert',
  'diplomat',
  'insider',
  'aide',
  'observer',
  'scenario',
  'option',
  'possibility',
  'reason',
  'example',
  'question',
  'problem',
  'idea',
  'theory',
  'explanation',
]);

/** Words around `zero` that make an idiom, not a count: `zero tolerance`, `net zero`. */
export const ZERO_IDIOMS_AFTER = new Set([
  'tolerance',
  'sum',
  'hour',
  'hours',
  'day',
  'gravity',
  'point',
  'emission',
  'emissions',
  'carbon',
]);
export const ZERO_IDIOMS_BEFORE = new Set(['net', 'ground', 'absolute', 'year', 'patient']);

/** `one-off`, `one-sided`: compounds where `one` counts nothing. */
export const PRONOUN_ONE_COMPOUNDS = new Set([
  'off',
  'time',
  'sided',
  'way',
  'on',
  'party',
  'size',
  'stop',
  'liner',
  'note',
]);

/**
 * Words of sport anywhere in a sentence that make a hyphenated pair of bare numbers in it a result (`the final
 * score was 0-2`, `took 4-31 in the second innings`, `won it in overtime, 110-112`), not a range.
 */
export const SPORT_SENTENCE_CUES =
  /\b(?:overtime|extra time|stoppage time|injury time|half-time|half time|full-time|full time|final score|scoreline|scorelines|innings|overs|wicket|wickets|stumps|bowled|bowling figures|sets|tie-break|tiebreak)\b/i;

/**
 * Verbs of a result that make such a pair a score when a name stands right before it (`beat the Storm
 * 98-91`, `lost to the Hawks 97-112`); alone they are too common in war reports (`lost 20-30 in the assault`).
 */
export const RESULT_VERBS =
  /\b(?:beat|beats|beaten|beating|defeat|defeats|defeated|won|lost|drew|drawn|draw|thrashed|edged|routed)\b/i;

/** Words around a hyphenated pair of numbers that make it a score (`won 3-1`, `a 1-2 defeat`), not a range. */
export const SCORE_WORDS = new Set([
  'won',
  'win',
  'wins',
  'winning',
  'lost',
  'lose',
  'loses',
  'losing',
  'beat',
  'beats',
  'beating',
  'drew',
  'draw',
  'draws',
  'drawn',
  'led',
  'lead',
  'leading',
  'trail',
  'trailed',
  'trailing',
  'victory',
  'victories',
  'defeat',
  'defeats',
  'defeated',
  'loss',
  'thrashing',
  'scoreline',
  'score',
  'scored',
  'aggregate',
  'down',
  'up',
  'voted',
  'vote',
  'votes',
  'margin',
  'against',
]);

/** Suffixes of measurement written straight after digits (`10km`, `40mph`): the number is still a figure. */
export const MEASURE_SUFFIXES = new Set([
  'km',
  'kms',
  'kg',
  'kgs',
  'g',
  'mg',
  'cm',
  'mm',
  'ft',
  'in',
  'mi',
  'lb',
  'lbs',
  'oz',
  'mph',
  'kph',
  'kmh',
  'ha',
  'kw',
  'mw',
  'gw',
  'kwh',
  'mwh',
  'gwh',
  'kb',
  'mb',
  'gb',
  'tb',
  'l',
  'ml',
  't',
  'x',
]);

/** Events named by their distance, after it: `the 400m hurdles`, `the 100m final`. */
export const DISTANCE_EVENTS = new Set([
  'hurdles',
  'sprint',
  'dash',
  'final',
  'heats',
  'freestyle',
  'butterfly',
  'backstroke',
  'breaststroke',
  'medley',
  'relay',
  'steeplechase',
]);

/** Words after `100m` or `5k` that make it a distance: `the 100m final`, `5k run`. */
export const DISTANCE_CONTEXT = new Set([
  ...DISTANCE_EVENTS,
  'race',
  'races',
  'run',
  'swim',
  'long',
  'high',
  'deep',
  'wide',
  'tall',
  'away',
  'from',
  'above',
  'below',
  'across',
  'record',
  'title',
  'event',
]);

/** Words after a number word that make it a fraction (`two-thirds`), which is not a count. */
export const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = wordTable({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourths: 4,
  fifths: 5,
  sixths: 6,
  sevenths: 7,
  eighths: 8,
  ninths: 9,
  tenths: 10,
  hundredths: 100,
  thousandths: 1000,
});

/** Words before `X to Y` that make it a change and its result (`fell 12p to 245p`), not a range. */
export const CHANGE_VERBS = new Set([
  'rose',
  'rise',
  'rises',
  'risen',
  'fell',
  'fall',
  'falls',
  'fallen',
  'up',
  'down',
  'climbed',
  'climbs',
  'dropped',
  'drops',
  'jumped',
  'jumps',
  'grew',
  'grows',
  'increased',
  'increases',
  'decreased',
  'decreases',
  'slipped',
  'slumped',
  'soared',
  'surged',
  'plunged',
  'gained',
  'lost',
  'cut',
  'raised',
  'lowered',
  'reduced',
  'by',
]);

/** Capitalised words that open a sentence before a number without naming a team: `Only 10-12 Britons`. */
export const SENTENCE_OPENERS = new Set([
  'only',
  'just',
  'between',
  'from',
  'up',
  'under',
  'the',
  'some',
  'all',
  'another',
]);

/** Verbs before `the 100m` that make it a race distance. */
export const RACING_VERBS = new Set([
  'ran',
  'run',
  'runs',
  'running',
  'swam',
  'swim',
  'swims',
  'swimming',
  'won',
  'win',
  'wins',
  'raced',
  'race',
  'races',
  'sprinted',
  'clocked',
]);

/** Scales that may follow digits after a space; abbreviations only in lower case (`10 bn`, not `10 M`). */
export const SPACED_SCALES: ReadonlyMap<string, number> = wordTable({
  hundred: 100,
  dozen: 12,
  dozens: 12,
  dz: 12,
  dzs: 12,
  doz: 12,
  dozs: 12,
  bn: 1e9,
  bln: 1e9,
  mn: 1e6,
  mln: 1e6,
  tn: 1e12,
  tln: 1e12,
  trn: 1e12,
});

/** Words a title-case headline leaves in lower case: `Strike Kills Three in the Caribbean`. */
export const TITLE_CASE_SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'over',
  'the',
  'to',
  'with',
  'vs',
]);
