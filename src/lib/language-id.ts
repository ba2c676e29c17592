// Tells which language a short passage is in, offline, with the Efficient Language Detector (eld):
// n-gram scores shipped inside its npm package, so nothing is fetched, and good on passages as short
// as a link title ("Do Not Sell or Share My Personal Information"), where trigram detectors guess.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The part of eld's interface Paragraf uses. */
interface Detector {
  detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean };
  setLanguageSubset(languages: string[] | false): unknown;
  newInstance(): Detector;
}

export interface Identification {
  /** The language's ISO 639-1 code, e.g. "en". */
  language: string;
  /** How far its score is ahead of `against`'s (0 to 1). */
  lead: number;
}

let shared: Detector | undefined;

/**
 * Loads eld's smallest database, once, on first use: it takes most of a second, so only a check that
 * has passages to test pays for it. eld is an ES module with an "import"-only export map; Node 24 can
 * require such a file synchronously, which keeps `npm run check` synchronous.
 */
function getDetector(): Detector {
  if (!shared) {
    const require = createRequire(import.meta.url);
    const folder = require.resolve.paths('eld')?.map((dir) => path.join(dir, 'eld')).find((dir) => fs.existsSync(path.join(dir, 'package.json')));
    if (!folder) throw new Error('The "eld" package is missing: run npm install.');
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { exports: Record<string, { import: string }> };
    shared = (require(path.join(folder, manifest.exports['./extrasmall'].import)) as { eld: Detector }).eld;
  }
  return shared;
}

const detectors = new Map<string, Detector>();

/**
 * The language of `text` among `candidates` (ISO 639-1 codes), when eld is sure of it, with its lead
 * over `against` (the language the passage was expected to be in). Undefined when eld cannot tell.
 */
export function identifyLanguage(text: string, candidates: readonly string[], against: string): Identification | undefined {
  const key = [...candidates].sort().join(',');
  let detector = detectors.get(key);
  if (!detector) {
    detector = getDetector().newInstance();
    detector.setLanguageSubset([...candidates]);
    detectors.set(key, detector);
  }
  const result = detector.detect(text);
  if (!result.language || !result.isReliable()) return undefined;
  const scores = result.getScores();
  return { language: result.language, lead: (scores[result.language] ?? 0) - (scores[against] ?? 0) };
}
