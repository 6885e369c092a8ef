/**
 * Step 1 of the pipeline: turn an article file's bytes into its source text, or say exactly why
 * not. The source text is the file decoded from UTF-8 with a leading BOM removed; it is never
 * rewritten further, so every offset later steps produce indexes it directly (the BOM is the only
 * thing dropped, and the data contract excludes it). Line endings and invisible characters are
 * handled by the steps that read the text (`splitLines`, `displayText`).
 */

import { ArticleError, reasons } from '../model/index.ts';
import { displayText } from '../text/index.ts';

/** Default largest article file accepted, in bytes. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export interface DecodeOptions {
  /** Largest file accepted, in bytes (default 2 MiB). */
  maxBytes?: number;
}

/**
 * Decodes an article file.
 *
 * @param bytes the file's raw content
 * @param file the file's path, used in error messages
 * @returns the source text: UTF-8 decoded, leading BOM removed, nothing else changed
 * @throws ArticleError when the file is over the size limit, empty (or only whitespace), holds
 *   NUL bytes (binary), or is not valid UTF-8 (naming the byte offset of the first bad sequence,
 *   and how to convert it when it looks like Windows-1252)
 */
export function decodeArticle(
  bytes: Uint8Array,
  file: string,
  options: DecodeOptions = {},
): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new ArticleError(file, reasons.tooLarge(bytes.length, maxBytes));
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ArticleError(file, reasons.binary(), nul);
  const invalidAt = findInvalidUtf8(bytes);
  if (invalidAt !== -1) {
    const hint = looksLikeWindows1252(bytes) ? reasons.windows1252() : undefined;
    throw new ArticleError(file, reasons.invalidUtf8(), invalidAt, hint);
  }
  let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (displayText(text) === '') throw new ArticleError(file, reasons.empty());
  return text;
}

/**
 * Finds the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629: no
 * overlongs, no surrogates, nothing above U+10FFFF).
 *
 * @returns the byte offset, or -1 when the whole buffer is valid
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * Whether bytes that are not UTF-8 look like Windows-1252 (or Latin-1) text: every byte from
 * 0x80 up stands alone between ASCII bytes, as "é", "£" or a curly quote do in that encoding,
 * and none is one that Windows-1252 leaves undefined. UTF-8 never has a lone byte of 0x80 or
 * more, so such a file was saved in a single-byte encoding; a UTF-8 file with a few damaged
 * bytes has multi-byte runs and does not qualify.
 */
export function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let lone = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (UNDEFINED_IN_WINDOWS_1252.has(b)) return false;
    if ((bytes[i + 1] ?? 0) >= 0x80) return false;
    lone++;
  }
  return lone > 0;
}

// Code points Windows-1252 does not assign; in Latin-1 they are C1 controls, never text.
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
