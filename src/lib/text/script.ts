/**
 * The writing direction and, where the letters tell, the language of a text: Hebrew letters
 * mean Hebrew; Arabic letters mean Arabic, Persian or Urdu, told apart by the letters each
 * language adds to or prefers over the Arabic alphabet. Latin, Cyrillic and other left-to-right
 * scripts give a direction but no language (their letters are shared by too many languages).
 */

/** The direction a text is written in. */
export type TextDirection = 'ltr' | 'rtl';

/** What the letters of a text tell about it. */
export interface ScriptGuess {
  /** `rtl` when most strong (directional) letters belong to right-to-left scripts; null: no letters. */
  dir: TextDirection | null;
  /** A BCP 47 language subtag when the letters tell it (`ar`, `fa`, `ur`, `he`), else null. */
  lang: string | null;
}

// Right-to-left letters: the Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan and Mandaic blocks
// (U+0590–U+08FF) and the Hebrew and Arabic presentation forms (the BOM at U+FEFF excluded).
const isRtl = (code: number): boolean =>
  (code >= 0x0590 && code <= 0x08ff) ||
  (code >= 0xfb1d && code <= 0xfdff) ||
  (code >= 0xfe70 && code <= 0xfefc);
const isHebrew = (code: number): boolean =>
  (code >= 0x0590 && code <= 0x05ff) || (code >= 0xfb1d && code <= 0xfb4f);
// Letters only Urdu writes (ٹ ڈ ڑ ں ے ہ ھ ۔), letters Persian adds or prefers (پ چ ژ گ ک ی),
// and letters only Arabic uses among the three (ي ك ة ى).
const URDU = new Set('ٹڈڑںےہھ۔');
const PERSIAN = new Set('پچژگکی');
const ARABIC = new Set('يكةى');

/** Languages written right to left (primary subtags), for a `lang` given without text to tell. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/**
 * Reads the direction and language of a text from its letters. Linear in the text's length;
 * never throws.
 */
export function guessScript(text: string): ScriptGuess {
  let rtl = 0;
  let ltr = 0;
  let hebrew = 0;
  let urdu = 0;
  let persian = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ltr++;
    } else if (isRtl(code)) {
      rtl++;
      const char = text[i]!;
      if (isHebrew(code)) hebrew++;
      else if (URDU.has(char)) urdu++;
      else if (PERSIAN.has(char)) persian++;
      else if (ARABIC.has(char)) arabic++;
    } else if (LETTER.test(text[i]!)) {
      ltr++;
    }
  }
  if (rtl === 0 && ltr === 0) return { dir: null, lang: null };
  if (rtl <= ltr) return { dir: 'ltr', lang: null };
  if (hebrew * 2 > rtl) return { dir: 'rtl', lang: 'he' };
  // Persian never writes Urdu's own letters, while Urdu writes Persian's ک and ی as well: a
  // steady sprinkling of them (1 letter in 100) makes the text Urdu. Most letters are shared.
  if (urdu * 100 >= rtl) return { dir: 'rtl', lang: 'ur' };
  if (persian > arabic) return { dir: 'rtl', lang: 'fa' };
  if (arabic > persian) return { dir: 'rtl', lang: 'ar' };
  return { dir: 'rtl', lang: null };
}

// Outside the right-to-left blocks a letter is left to right: Latin, Greek, Cyrillic, CJK, …
// (a surrogate half is not a letter here: few scripts beyond U+FFFF are written in news).
const LETTER = /\p{L}/u;

/** The direction of a language tag's script when it is one written right to left, else ltr. */
export function languageDirection(lang: string): TextDirection {
  const tag = lang.toLowerCase();
  if (/-arab\b/.test(tag) || /-(?:hebr|syrc|thaa|nkoo)\b/.test(tag)) return 'rtl';
  return RTL_LANGUAGES.has(tag.split('-')[0]!) ? 'rtl' : 'ltr';
}
