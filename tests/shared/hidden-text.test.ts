// Text that hides itself (issue 9, capability 2): a name made only of characters that draw
// nothing is empty, and bidirectional controls never reach storage, while real scripts that
// need joiners inside their words (Arabic, Devanagari, emoji sequences) stay as typed.
import { describe, expect, it } from "vitest";
import { zOptionalText, zRequiredText } from "@hemicycle/shared/schemas/common";
import { messageFromIssue } from "@hemicycle/shared/messages";
import { hasVisibleText, stripBidiControls } from "@hemicycle/shared/text";

const invisible: Record<string, string> = {
  "zero-width space": "\u200B",
  "zero-width non-joiner": "\u200C",
  "zero-width joiner": "\u200D",
  "left-to-right mark": "\u200E",
  "right-to-left mark": "\u200F",
  "Arabic letter mark": "\u061C",
  "word joiner": "\u2060",
  "invisible times": "\u2062",
  "invisible plus": "\u2064",
  "byte order mark": "\uFEFF",
  "soft hyphen": "\u00AD",
  "Mongolian vowel separator": "\u180E",
  "combining grapheme joiner": "\u034F",
  "Hangul choseong filler": "\u115F",
  "Hangul jungseong filler": "\u1160",
  "Hangul filler": "\u3164",
  "halfwidth Hangul filler": "\uFFA0",
  "variation selector 16": "\uFE0F",
  "variation selector 17": "\u{E0100}",
  "tag characters": "\u{E0001}\u{E0068}\u{E0069}\u{E007F}",
  "Braille blank": "\u2800",
  "right-to-left override": "\u202E",
  "left-to-right isolate": "\u2066",
  "pop directional isolate": "\u2069",
  "no-break space": "\u00A0",
  "ideographic space": "\u3000",
  "line separator": "\u2028",
  "tab and newline": "\t\n",
  "a mix": " \u200B\u00AD\u2060\uFEFF\u3164 \u202E\u{E0020} ",
};

const visible: Record<string, string> = {
  "Arabic with ZWNJ inside a word": "می\u200Cخواهم",
  "Persian title with ZWNJ": "ارزیابی\u200Cهای فناوری",
  "emoji ZWJ sequence": "👩\u200D💻",
  "emoji with variation selector": "❤\uFE0F",
  "flag tag sequence": "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
  "Devanagari with ZWJ": "क्\u200Dष",
  "Hangul syllables": "국회",
  "Latin with a soft hyphen": "Parlia\u00ADment",
  "a single dot": ".",
};

const required = zRequiredText(200);
const optional = zOptionalText(200);

describe("hasVisibleText", () => {
  it.each(Object.entries(invisible))("finds nothing visible in %s", (_name, text) => {
    expect(hasVisibleText(text)).toBe(false);
    expect(hasVisibleText(`${text}${text}${text}`)).toBe(false);
  });

  it.each(Object.entries(visible))("finds %s visible", (_name, text) => {
    expect(hasVisibleText(text)).toBe(true);
  });
});

describe("zRequiredText", () => {
  it.each(Object.entries(invisible))("refuses a text made only of %s as required", (_name, text) => {
    const result = required.safeParse(`${text}${text}`);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => messageFromIssue(issue));
    expect(messages).toEqual([{ code: "required" }]);
  });

  it("refuses the empty string with a single required", () => {
    const result = required.safeParse("   ");
    expect(result.error!.issues.map((issue) => messageFromIssue(issue))).toEqual([{ code: "required" }]);
  });

  it.each(Object.entries(visible))("keeps %s exactly as typed", (_name, text) => {
    expect(required.parse(`  ${text} `)).toBe(text);
  });

  it("strips bidirectional overrides, embeddings and isolates", () => {
    expect(required.parse("Budget \u202Efdp.exe\u202C review")).toBe("Budget fdp.exe review");
    expect(required.parse("\u202A\u202B\u202D\u2066\u2067\u2068Hansard\u2069")).toBe("Hansard");
  });

  it("keeps direction marks, which do not leak out of the text", () => {
    expect(required.parse("Hansard \u200F(مجلس)\u200F")).toBe("Hansard \u200F(مجلس)\u200F");
  });

  it("counts the limit after stripping", () => {
    expect(zRequiredText(3).parse("\u202Eabc\u202C")).toBe("abc");
  });
});

describe("zOptionalText", () => {
  it.each(Object.entries(invisible))("reads a text made only of %s as none", (_name, text) => {
    expect(optional.parse(text)).toBeNull();
  });

  it.each(Object.entries(visible))("keeps %s exactly as typed", (_name, text) => {
    expect(optional.parse(text)).toBe(text);
  });

  it("strips bidirectional controls and keeps the rest", () => {
    expect(optional.parse("Room \u202E12\u202C B")).toBe("Room 12 B");
  });
});

describe("stripBidiControls", () => {
  it("removes U+202A–U+202E and U+2066–U+2069 only", () => {
    const all = "a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j\u200Ek\u200Fl\u061Cm";
    expect(stripBidiControls(all)).toBe("abcdefghij\u200Ek\u200Fl\u061Cm");
  });
});
