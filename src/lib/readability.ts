// Readability formulas for notice texts: LIX (Swedish), Kandel–Moles (French) and Flesch reading ease (English).

export type ReadabilityLanguage = 'sv' | 'fr' | 'en';

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
  /** Words of more than six letters, which LIX counts as long. */
  longWords: number;
}

export interface Sentence {
  words: string[];
  /** 1-based line where the sentence starts. */
  line: number;
}

export interface TextMeasure {
  counts: TextCounts;
  /** The sentence with the most words, the first one on a tie; undefined for a text without words. */
  longestSentence?: Sentence;
}

/** A block of visible text and the line it starts on; outline blocks fit. */
export interface TextBlock {
  text: string;
  line: number;
}

const VOWELS: Record<ReadabilityLanguage, string> = {
  sv: 'aeiouyåäöéü',
  fr: 'aeiouyàâäéèêëîïôöùûüÿœæ',
  en: 'aeiouy',
};

/** Which formula a locale code gets, by its language (`en-GB` → `en`); undefined when none fits. */
export function getReadabilityLanguage(locale: string): ReadabilityLanguage | undefined {
  const language = locale.toLowerCase().split('-')[0];
  return language === 'sv' || language === 'fr' || language === 'en' ? language : undefined;
}

/**
 * Splits blocks into sentences. Every block (heading, paragraph, table row) ends a sentence; inside
 * one, `. ! ? …` end a sentence when a capital letter follows, so abbreviations such as "Inc. in"
 * or "org. no. 5599" do not. Swedish also ends sentences at a colon, as LIX counts them.
 */
export function splitSentences(blocks: readonly TextBlock[], language: ReadabilityLanguage): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    for (const piece of getSentenceSpans(block.text, language)) {
      const words = getWords(block.text.slice(piece.start, piece.end));
      if (words.length === 0) continue;
      sentences.push({ words, line: block.line + countNewlines(block.text.slice(0, piece.start)) });
    }
  }
  return sentences;
}

/** Where each sentence of one block's text starts and ends, leading white space left out (same rules as splitSentences). */
export function getSentenceSpans(text: string, language: ReadabilityLanguage): { start: number; end: number }[] {
  const terminators = language === 'sv' ? '.!?…:' : '.!?…';
  const boundary = new RegExp(`[${terminators}]+["'”’»)\\]]*\\s+(?=["'“‘«(\\[]?\\p{Lu})`, 'gu');
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    const piece = text.slice(start, end);
    spans.push({ start: start + (piece.length - piece.trimStart().length), end });
  };
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}

/**
 * The words of a text. Addresses (`privacy@…`, `https://…`, `www.imy.se`) and numbers are not words a
 * formula can weigh, so they are left out; a word keeps its inner hyphens and apostrophes ("two-factor", "d’accès").
 */
export function getWords(text: string): string[] {
  const words: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (token.includes('@') || token.includes('://') || /\p{L}\.\p{L}/u.test(token)) continue;
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (/\p{L}/u.test(word)) words.push(word);
  }
  return words;
}

/** Counts letters only, so "two-factor" has nine. */
export function countLetters(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0;
}

/** Each language's vowel patterns, compiled once: a vowel, a run of vowels, a mute final e or es. */
const VOWEL_PATTERNS = Object.fromEntries(
  Object.entries(VOWELS).map(([language, vowels]) => [
    language,
    { one: new RegExp(`[${vowels}]`, 'gu'), run: new RegExp(`[${vowels}]+`, 'gu'), muteEnding: new RegExp(`[^${vowels}]es?$`, 'u') },
  ]),
) as Record<ReadabilityLanguage, { one: RegExp; run: RegExp; muteEnding: RegExp }>;

/** Words already measured (syllables, letters), per language: a notice repeats its words many times over. */
const wordMemo: Record<ReadabilityLanguage, Map<string, { syllables: number; letters: number }>> = { sv: new Map(), fr: new Map(), en: new Map() };
const WORD_MEMO_LIMIT = 100_000;

function measureWord(word: string, language: ReadabilityLanguage): { syllables: number; letters: number } {
  const memo = wordMemo[language];
  let measure = memo.get(word);
  if (measure === undefined) {
    measure = { syllables: estimateSyllables(word, language), letters: countLetters(word) };
    if (memo.size >= WORD_MEMO_LIMIT) memo.clear();
    memo.set(word, measure);
  }
  return measure;
}

/**
 * Estimates a word's syllables from its vowel groups, with each language's commonest exceptions.
 * English drops a silent final e ("make") and the -es/-ed endings that add no syllable ("makes",
 * "used"); French drops a mute final e or es ("personne", "elles") and reads qu/gu as one consonant;
 * Swedish has no diphthongs in native words, so every vowel letter is a syllable.
 */
export function countSyllables(word: string, language: ReadabilityLanguage): number {
  return measureWord(word, language).syllables;
}

function estimateSyllables(word: string, language: ReadabilityLanguage): number {
  let letters = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (language === 'en') letters = letters.normalize('NFD').replace(/[^a-z]/g, '');
  if (!letters) return 0;
  const patterns = VOWEL_PATTERNS[language];
  const groups = (text: string) => text.match(patterns.run)?.length ?? 0;
  switch (language) {
    case 'sv':
      return Math.max(1, letters.match(patterns.one)?.length ?? 0);
    case 'fr': {
      const spelled = letters.replace(/qu/g, 'q').replace(/gu(?=[eéèêiîy])/g, 'g');
      let count = groups(spelled);
      if (count > 1 && patterns.muteEnding.test(spelled)) count -= 1;
      return Math.max(1, count);
    }
    case 'en': {
      if (letters.length <= 3) return 1;
      let count = groups(letters);
      if (/[^aeiouy]e$/.test(letters) && !/[^aeiouy]le$/.test(letters)) count -= 1;
      else if (/[^aeiouytd]ed$/.test(letters)) count -= 1;
      else if (/[^aeiouy]es$/.test(letters) && !/(?:[sxzcg]|ch|sh)es$/.test(letters)) count -= 1;
      return Math.max(1, count);
    }
  }
}

/** Counts the words, sentences, syllables and long words of visible text blocks. */
export function measureText(blocks: readonly TextBlock[], language: ReadabilityLanguage): TextMeasure {
  const counts: TextCounts = { words: 0, sentences: 0, syllables: 0, longWords: 0 };
  let longestSentence: Sentence | undefined;
  for (const sentence of splitSentences(blocks, language)) {
    counts.sentences += 1;
    for (const word of sentence.words) {
      const { syllables, letters } = measureWord(word, language);
      counts.words += 1;
      counts.syllables += syllables;
      if (letters > 6) counts.longWords += 1;
    }
    if (!longestSentence || sentence.words.length > longestSentence.words.length) longestSentence = sentence;
  }
  return { counts, longestSentence };
}

/** LIX (Björnsson): words per sentence plus the percentage of long words. Higher is harder. */
export function getLix(counts: TextCounts): number {
  return counts.words / counts.sentences + (100 * counts.longWords) / counts.words;
}

/** Kandel & Moles' adaptation of Flesch to French. Higher is easier, on Flesch's scale. */
export function getKandelMoles(counts: TextCounts): number {
  return 207 - 1.015 * (counts.words / counts.sentences) - 73.6 * (counts.syllables / counts.words);
}

/** Flesch reading ease. Higher is easier: 60–70 is plain English, below 30 is very difficult. */
export function getFleschReadingEase(counts: TextCounts): number {
  return 206.835 - 1.015 * (counts.words / counts.sentences) - 84.6 * (counts.syllables / counts.words);
}

/** The usual Swedish reading of a LIX figure. */
export function describeLix(lix: number): string {
  if (lix < 30) return 'very easy';
  if (lix < 40) return 'easy';
  if (lix < 50) return 'medium';
  if (lix < 60) return 'hard';
  return 'very hard';
}

/** Flesch's own bands, which Kandel–Moles shares. */
export function describeReadingEase(score: number): string {
  if (score >= 90) return 'very easy';
  if (score >= 80) return 'easy';
  if (score >= 70) return 'fairly easy';
  if (score >= 60) return 'standard';
  if (score >= 50) return 'fairly difficult';
  if (score >= 30) return 'difficult';
  return 'very difficult';
}

function countNewlines(text: string): number {
  return text.split('\n').length - 1;
}
