// Text that hides itself: characters that draw nothing, and bidirectional controls that
// reorder what follows them. The shared text schemas (schemas/common.ts) strip the
// controls and refuse a name with nothing visible in it; the client's page title strips
// them again, since <title> cannot isolate. See docs/security.md.

/**
 * Bidirectional embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069):
 * a U+202E in a title makes the rest of the line, and what a list shows after it, read
 * backwards. Nobody types them on purpose; the marks U+200E/U+200F/U+061C, which only
 * nudge neutral characters and do not leak out of the text, are kept.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Characters that draw nothing, besides white space (`\s` covers the Unicode spaces and
 * U+FEFF): the soft hyphen, the combining grapheme joiner, the Arabic letter mark, the
 * Hangul and Khmer fillers, the Mongolian selectors and vowel separator, zero-width spaces,
 * joiners and direction marks, bidirectional controls, the invisible operators
 * (U+2060–U+206F), the Braille blank, variation selectors, musical formatting and tag
 * characters. Joiners inside a word (Arabic ZWNJ, an emoji ZWJ sequence, Devanagari ZWJ)
 * stay: only a text made of nothing else is empty.
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x2800, 0x2800],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
];

function isInvisible(char: string): boolean {
  if (/\s/.test(char)) return true;
  const code = char.codePointAt(0)!;
  return INVISIBLE_RANGES.some(([first, last]) => code >= first && code <= last);
}

/** The text without bidirectional embeddings, overrides and isolates. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/** Whether the text has at least one character that shows on screen. */
export function hasVisibleText(text: string): boolean {
  for (const char of text) if (!isInvisible(char)) return true;
  return false;
}
