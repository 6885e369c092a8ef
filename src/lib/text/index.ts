/**
 * Words and display text, shared by the later stages: tokens with stems and kinds, WordNet
 * synonyms, text as shown (invisible characters removed, shortened, counted), and the number,
 * month and weekday words every stage reads.
 */
export { contentTokens, tokenize, type Token } from './tokens.ts';
export { synsetsOf } from './synonyms.ts';
export { countWords, displayText, segmentText, shorten, type TextSegment } from './display.ts';
export { guessScript, languageDirection, type ScriptGuess, type TextDirection } from './script.ts';
export {
  MONTHS,
  MONTH_NAMES,
  ORDINAL_WORDS,
  SMALL_NUMBERS,
  TENS,
  WEEKDAYS,
  WEEKDAY_NAMES,
} from './word-lists.ts';
