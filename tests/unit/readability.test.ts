// The readability formulas against small texts counted by hand.

import { describe, expect, it } from 'vitest';
import {
  countSyllables,
  describeLix,
  describeReadingEase,
  getFleschReadingEase,
  getKandelMoles,
  getLix,
  getReadabilityLanguage,
  getWords,
  measureText,
  splitSentences,
} from '../../src/lib/readability.ts';

const block = (text: string, line = 1) => ({ text, line });

describe('counting syllables', () => {
  it('drops the silent English e and the -es and -ed endings that add no syllable', () => {
    expect(countSyllables('make', 'en')).toBe(1);
    expect(countSyllables('makes', 'en')).toBe(1);
    expect(countSyllables('used', 'en')).toBe(1);
    expect(countSyllables('named', 'en')).toBe(1);
  });

  it('keeps English endings that are spoken: -le after a consonant, -ted/-ded, -es after s, c and g', () => {
    expect(countSyllables('simple', 'en')).toBe(2);
    expect(countSyllables('added', 'en')).toBe(2);
    expect(countSyllables('uses', 'en')).toBe(2);
    expect(countSyllables('notices', 'en')).toBe(3);
    expect(countSyllables('changes', 'en')).toBe(2);
    expect(countSyllables('understand', 'en')).toBe(3);
  });

  it('drops the mute French final e and es, and reads qu as one consonant', () => {
    expect(countSyllables('personne', 'fr')).toBe(2);
    expect(countSyllables('personnelles', 'fr')).toBe(3);
    expect(countSyllables('elle', 'fr')).toBe(1);
    expect(countSyllables('quelque', 'fr')).toBe(1);
    expect(countSyllables('données', 'fr')).toBe(2);
    expect(countSyllables('oiseau', 'fr')).toBe(2);
    expect(countSyllables('le', 'fr')).toBe(1);
  });

  it('counts every Swedish vowel letter as a syllable', () => {
    expect(countSyllables('personuppgifter', 'sv')).toBe(5);
    expect(countSyllables('integritet', 'sv')).toBe(4);
    expect(countSyllables('och', 'sv')).toBe(1);
  });
});

describe('finding words and sentences', () => {
  it('leaves out addresses and numbers but keeps hyphenated and elided words whole', () => {
    expect(getWords('Write to privacy@kvarnby.example, see https://x.example or www.imy.se (org. no. 559900-0000).')).toEqual([
      'Write',
      'to',
      'see',
      'or',
      'org',
      'no',
    ]);
    expect(getWords('two-factor d’accéder EU:s')).toEqual(['two-factor', 'd’accéder', 'EU:s']);
  });

  it('ends a sentence at a full stop before a capital letter, not after an abbreviation', () => {
    const sentences = splitSentences([block('Kvarnby Labs Inc. in San Francisco helps. We reply! Do you?')], 'en');
    expect(sentences.map((s) => s.words.join(' '))).toEqual([
      'Kvarnby Labs Inc in San Francisco helps',
      'We reply',
      'Do you',
    ]);
  });

  it('ends Swedish sentences at a colon too, as LIX counts them, but not English ones', () => {
    expect(splitSentences([block('Observera: Vi sparar data.')], 'sv')).toHaveLength(2);
    expect(splitSentences([block('Note: We keep data.')], 'en')).toHaveLength(1);
  });

  it('makes every block a sentence of its own and gives each sentence its line', () => {
    const sentences = splitSentences([block('A heading', 3), block('First line\ngoes on. Second one.', 5)], 'en');
    expect(sentences.map((s) => [s.words.length, s.line])).toEqual([
      [2, 3],
      [4, 5],
      [2, 6],
    ]);
  });
});

describe('the formulas', () => {
  it('gives "The cat sat on the mat." a Flesch reading ease of 116.145 (6 words, 1 sentence, 6 syllables)', () => {
    const { counts } = measureText([block('The cat sat on the mat.')], 'en');
    expect(counts).toEqual({ words: 6, sentences: 1, syllables: 6, longWords: 0 });
    expect(getFleschReadingEase(counts)).toBeCloseTo(206.835 - 1.015 * 6 - 84.6, 6);
    expect(getFleschReadingEase(counts)).toBeCloseTo(116.145, 6);
  });

  it('gives a two-sentence English text of 7 words and 13 syllables a Flesch reading ease of 46.17', () => {
    const { counts } = measureText([block('We make notices simple. Readers understand them.')], 'en');
    expect(counts).toMatchObject({ words: 7, sentences: 2, syllables: 13 });
    expect(getFleschReadingEase(counts)).toBeCloseTo(206.835 - 1.015 * 3.5 - (84.6 * 13) / 7, 6);
    expect(getFleschReadingEase(counts)).toBeCloseTo(46.168, 3);
  });

  it('gives a Swedish text of 8 words, 2 sentences and 1 long word a LIX of 16.5', () => {
    const { counts } = measureText([block('Vi sparar dina personuppgifter. Du kan läsa mer.')], 'sv');
    expect(counts).toMatchObject({ words: 8, sentences: 2, longWords: 1 });
    expect(getLix(counts)).toBeCloseTo(16.5, 6);
  });

  it('gives a French text of 9 words, 2 sentences and 14 syllables a Kandel–Moles score of 87.94', () => {
    const { counts } = measureText([block('Nous traitons vos données personnelles. Vous avez des droits.')], 'fr');
    expect(counts).toMatchObject({ words: 9, sentences: 2, syllables: 14 });
    expect(getKandelMoles(counts)).toBeCloseTo(207 - 1.015 * 4.5 - (73.6 * 14) / 9, 6);
    expect(getKandelMoles(counts)).toBeCloseTo(87.944, 3);
  });

  it('reports the longest sentence, the first one on a tie', () => {
    const { longestSentence } = measureText([block('One two three. Four five six.', 7), block('Seven eight nine ten.', 9)], 'en');
    expect(longestSentence).toEqual({ words: ['Seven', 'eight', 'nine', 'ten'], line: 9 });
  });

  it('names the usual bands of each scale', () => {
    expect([29, 35, 45, 56, 60].map(describeLix)).toEqual(['very easy', 'easy', 'medium', 'hard', 'very hard']);
    expect([95, 85, 75, 65, 55, 35, 20].map(describeReadingEase)).toEqual([
      'very easy',
      'easy',
      'fairly easy',
      'standard',
      'fairly difficult',
      'difficult',
      'very difficult',
    ]);
  });

  it('picks the formula by the language of a locale code', () => {
    expect(getReadabilityLanguage('en-GB')).toBe('en');
    expect(getReadabilityLanguage('sv')).toBe('sv');
    expect(getReadabilityLanguage('de')).toBeUndefined();
  });
});
