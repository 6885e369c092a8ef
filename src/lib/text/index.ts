/**
 * Words and display text, shared by the later stages: tokens with stems and kinds, WordNet
 * synonyms, and text as shown (invisible characters removed, shortened, counted).
 */
export { contentTokens, tokenize, type Token } from './tokens.ts';
export { synsetsOf } from './synonyms.ts';
export { countWords, displayText, segmentText, shorten, type TextSegment } from './display.ts';
export { guessScript, languageDirection, type ScriptGuess, type TextDirection } from './script.ts';
