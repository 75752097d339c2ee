// Short generated news articles, distinct for every index and each holding a handful of figures: for the
// soak benchmark and the fault tests, where thousands of small documents exercise the writer more than a
// few long ones would.

const PLACES = ['Kharkiv', 'Gaza City', 'Port-au-Prince', 'Khartoum', 'Caracas', 'Mosul', 'Goma', 'Aleppo'];
const PUBLISHERS = ['Harbour Post', 'Sky News', 'The Ledger', 'Daily Wire Service'];

/** A small deterministic generator, so that article `i` is the same text in every run. */
function numbersFor(seed: number) {
  let state = (seed * 2654435761) >>> 0 || 1;
  return (max: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % max) + 1;
  };
}

export interface GeneratedArticle {
  /** A file name for the article, sortable by index. */
  file: string;
  text: string;
  title: string;
  publisher: string;
  publishedAt: string;
}

/** The i-th generated article: a date line, then five to eight sentences carrying figures. */
export function generatedArticle(i: number): GeneratedArticle {
  const n = numbersFor(i + 1);
  const place = PLACES[i % PLACES.length];
  const day = String((i % 28) + 1).padStart(2, '0');
  const publishedAt = `2026-0${(i % 3) + 1}-${day}`;
  const sentences = [
    `At least ${n(90) + 3} people were killed in ${place} on Tuesday, officials said.`,
    `Another ${n(400) + 10} were injured, according to the health ministry.`,
    `About ${n(50) * 1000} residents have fled their homes since the fighting began.`,
    `The government pledged $${n(900)} million in emergency aid.`,
    `A poll of ${n(2000) + 500} voters found ${n(60) + 20}% support for the ceasefire.`,
    `The army said it had deployed ${n(5000) + 100} troops and ${n(40) + 2} tanks to the region.`,
    `More than ${n(300)} strikes were recorded in the first week.`,
    `Bulletin number ${i} was filed by ${n(20) + 1} reporters.`,
  ];
  // Drop up to three sentences (never the bulletin line that makes the text unique).
  const kept = sentences.filter((_, k) => k === sentences.length - 1 || n(8) > 3 || k < 2);
  return {
    file: `article-${String(i).padStart(6, '0')}.txt`,
    text: `date ${publishedAt}\n${place}: report ${i}\n${kept.join(' ')}\n`,
    title: `${place} report ${i}`,
    publisher: PUBLISHERS[i % PUBLISHERS.length],
    publishedAt,
  };
}
