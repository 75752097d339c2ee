import { describe, expect, it } from 'vitest';
import { TokensAfter } from '../../api/extract/classify.ts';

/** The pattern the token reader follows, read by the regular expression engine. */
const TOKEN = /(\p{L}+(?:\.\p{L}+)+\.?|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)|(\p{N}+(?:[.,]\p{N}+)*)|\S/gu;

function byPattern(text: string, from: number) {
  const tokens = [];
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const kind = match[1] ? 'word' : match[2] ? 'number' : 'punct';
    tokens.push({ lower: match[0].toLowerCase(), start: match.index, end: TOKEN.lastIndex, kind });
  }
  return tokens;
}

function byReader(text: string, from: number) {
  const reader = new TokensAfter(text, from);
  const tokens = [];
  for (let i = 0, token = reader.at(0); token; token = reader.at(++i)) tokens.push(token);
  return tokens;
}

/** Pieces of text that stress the edges of the pattern: marks, astral letters and digits, odd spaces. */
const PIECES = [
  ...'a Z é e\u0301 \u0301 ß İ Σ ж 中 𝐀 𝟓 😀 \uD835 \uDC00 5 ٣ ½ ² Ⅻ . , \' ’ - – " % $ _'.split(' '),
  ...'U.S. aid-workers 3,000 1.5 don’t'.split(' '),
  ...[' ', '\u00a0', '\u2009', '\u3000', '\n', '\ufeff'],
];

/** A deterministic pseudo-random sequence, so that a failure can be reproduced. */
function* numbers(seed: number) {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    yield state;
  }
}

describe('TokensAfter', () => {
  it('reads the tokens the pattern reads, from any position', () => {
    const random = numbers(7);
    for (let n = 0; n < 3000; n++) {
      const length = (random.next().value as number) % 12;
      let text = '';
      for (let i = 0; i < length; i++) text += PIECES[(random.next().value as number) % PIECES.length];
      for (let from = 0; from <= text.length; from++) {
        expect(byReader(text, from), JSON.stringify([text, from])).toEqual(byPattern(text, from));
      }
    }
  });
});
