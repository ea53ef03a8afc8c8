/**
 * The shortcuts the keystroke path takes over whole-message text checks, against the plain
 * computations they replace, on random texts of awkward characters: the rewrite's "only spacing or
 * capitals changed" test (samePlainText) and the language check summed over paragraphs
 * (languageCounts), which the analyzer keeps per paragraph.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '@/lib/analysis/index';
import { countsReadNotEnglish, isNotEnglish, languageCounts } from '@/lib/analysis/deadlines/language';
import { samePlainText } from '@/lib/analysis/rewrite';
import { context } from './fixtures';

const plain = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();

/** Letters in both cases, every kind of whitespace, letters whose lower case is special, surrogates. */
const ALPHABET = [
  'a', 'A', 'b', 'B', 'k', 'K', 'z', ' ', ' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028', '\u200b',
  'é', 'É', 'ß', 'ẞ', 'İ', 'i', 'ı', 'Σ', 'σ', 'ς', 'K', 'Ω', 'ω', 'Ω', '’', '.', '!', '9',
  '🙏', '𐐀', '𐐨', '\ud800', '\udc00', 'Я', 'я', 'ж', '日', 'ا',
];
const WORDS = ['the', 'der', 'und', 'bitte', 'vendredi', 'please', 'you', 'morgen', 'mañana', 'hoy', 'Ä', 'Привет', 'データ', 'send', 'le', 'la'];

function random(seed: number) {
  return (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
}

describe('samePlainText', () => {
  it('answers as plain(a) === plain(b) on 20,000 random pairs, many of them equal in plain form', () => {
    const pick = random(11);
    for (let n = 0; n < 20_000; n++) {
      const a = Array.from({ length: pick(14) }, () => ALPHABET[pick(ALPHABET.length)]).join('');
      // b: a with its spacing and capitals changed at random, or another text
      const b =
        pick(3) === 0
          ? Array.from({ length: pick(14) }, () => ALPHABET[pick(ALPHABET.length)]).join('')
          : [...a]
              .map((c) => (/\s/.test(c) && pick(2) ? [' ', '\n', '  \t', '\u3000'][pick(4)] : pick(3) === 0 ? c.toUpperCase() : pick(5) === 0 ? c.toLowerCase() : c))
              .join('') + (pick(4) === 0 ? ' \n' : '');
      expect(samePlainText(a, b), JSON.stringify([a, b])).toBe(plain(a) === plain(b));
      expect(samePlainText(b, a), JSON.stringify([b, a])).toBe(plain(a) === plain(b));
    }
  });

  it('a run of spaces against a letter, and trailing spaces, as plain() reads them', () => {
    expect(samePlainText('Hi  there\n', 'hi there')).toBe(true);
    expect(samePlainText('Hi there', 'Hithere')).toBe(false);
    expect(samePlainText('ΟΔΟΣ', 'οδος')).toBe(plain('ΟΔΟΣ') === plain('οδος'));
    expect(samePlainText('İ', 'i')).toBe(plain('İ') === plain('i'));
  });
});

describe('languageCounts', () => {
  it('counted over pieces cut at whitespace, reads a text as isNotEnglish reads it whole', () => {
    const pick = random(5);
    for (let n = 0; n < 5_000; n++) {
      const pieces = Array.from({ length: 1 + pick(4) }, () =>
        Array.from({ length: pick(8) }, () => (pick(2) ? WORDS[pick(WORDS.length)] : ALPHABET[pick(ALPHABET.length)])).join(pick(3) ? ' ' : ''),
      ).filter((p) => p.trim() !== '');
      const whole = pieces.join('\n\n');
      const sum = { nonLatin: 0, latin: 0, foreign: 0, english: 0 };
      for (const p of pieces) {
        const c = languageCounts(p);
        sum.nonLatin += c.nonLatin;
        sum.latin += c.latin;
        sum.foreign += c.foreign;
        sum.english += c.english;
      }
      expect(countsReadNotEnglish(sum), JSON.stringify(whole)).toBe(isNotEnglish(whole));
      // The letter counts are the regexes' counts.
      const c = languageCounts(whole);
      expect(c.latin).toBe(whole.match(/[A-Za-z\u00c0-\u024f]/g)?.length ?? 0);
      expect(c.nonLatin).toBe(whole.match(/[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu)?.length ?? 0);
    }
  });

  it('the analyzer follows a message into another language and back, paragraph by paragraph', () => {
    const analyzer = createAnalyzer();
    const english = 'Hi Ana,\n\nThe numbers changed after the audit.\n\nCan you send the deck by Friday?';
    const german = 'Hallo Ana,\n\nkannst du bitte die Folien bis morgen schicken?\n\nDie Zahlen sind nicht mehr aktuell und wir brauchen sie für den Vorstand.';
    for (const text of [english, german, `${english}\n\n${german}`, english, `${german}\n\nThanks!`, german]) {
      const ours = analyzer.analyze(text, context());
      expect(ours, text).toEqual(analyze(text, context()));
    }
    expect(analyzer.analyze(german, context()).rewrite).toBeNull();
    expect(analyzer.analyze(english, context()).rewrite).not.toBeNull();
  });
});
