// Lines of mixed-direction text in the order they are drawn. PDFKit lays text out left to
// right in the order it is given; fontkit shapes Arabic (joining forms and ligatures from
// DejaVu Sans's OpenType tables) and reverses a run of a right-to-left script, but neither
// reorders a line of mixed directions, and PDFKit measures a line word by word. So each
// line is split by the Unicode Bidirectional Algorithm (bidi-js) into runs of one level and
// one style, put in visual order, and each run handed over so that it comes out right:
// a right-to-left run with Arabic or Hebrew letters as it is (fontkit reverses it whole),
// one without (spaces, brackets, punctuation) reversed here with its brackets mirrored.
import bidiFactory from "bidi-js";

const bidi = bidiFactory();

/** A style index (the caller's) for each stretch of a line, in logical order. */
export type StyledSpan = { text: string; style: number };

/** What to draw, left to right: `text` is in the order fontkit wants it. */
export type VisualRun = { text: string; style: number; rtl: boolean };

const RTL_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

/** True when fontkit reverses this text by itself (its script is written right to left). */
export function hasRtlScript(text: string): boolean {
  return RTL_SCRIPT.test(text);
}

/** The visual runs of one line of text whose paragraph reads in `direction`. */
export function visualRuns(spans: readonly StyledSpan[], direction: "ltr" | "rtl"): VisualRun[] {
  const text = spans.map((s) => s.text).join("");
  if (text.length === 0) return [];
  const styles = new Uint16Array(text.length);
  let offset = 0;
  for (const span of spans) {
    styles.fill(span.style, offset, offset + span.text.length);
    offset += span.text.length;
  }
  // Plain left-to-right text, the common case, needs no reordering.
  if (direction === "ltr" && !hasRtlScript(text)) return mergeLogical(text, styles, 0, text.length, false);

  const embedding = bidi.getEmbeddingLevels(text, direction);
  const { levels } = embedding;
  // Logical runs of one level and one style…
  type LogicalRun = { start: number; end: number; level: number };
  const runs: LogicalRun[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs.at(-1);
    if (last && last.level === levels[i] && styles[last.start] === styles[i]) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level: levels[i] ?? 0 });
  }
  // …then in visual order (rule L2: from the highest level down, reverse each sequence at that level or above).
  const maxLevel = Math.max(...runs.map((r) => r.level));
  const minOddLevel = Math.min(...runs.map((r) => (r.level % 2 === 1 ? r.level : Infinity)), maxLevel + 1);
  for (let level = maxLevel; level >= minOddLevel; level--) {
    for (let i = 0; i < runs.length; i++) {
      if ((runs[i]?.level ?? 0) < level) continue;
      let j = i;
      while (j + 1 < runs.length && (runs[j + 1]?.level ?? 0) >= level) j++;
      runs.splice(i, j - i + 1, ...runs.slice(i, j + 1).reverse());
      i = j;
    }
  }
  const mirrored = bidi.getMirroredCharactersMap(text, levels);
  return runs.map(({ start, end, level }) => {
    const rtl = level % 2 === 1;
    let piece = "";
    for (let i = start; i < end; i++) piece += mirrored.get(i) ?? text[i];
    if (rtl && !hasRtlScript(piece)) piece = [...piece].reverse().join("");
    return { text: piece, style: styles[start] ?? 0, rtl };
  });
}

function mergeLogical(text: string, styles: Uint16Array, start: number, end: number, rtl: boolean): VisualRun[] {
  const runs: VisualRun[] = [];
  let from = start;
  for (let i = start + 1; i <= end; i++) {
    if (i === end || styles[i] !== styles[from]) {
      runs.push({ text: text.slice(from, i), style: styles[from] ?? 0, rtl });
      from = i;
    }
  }
  return runs;
}

/**
 * The direction of a text's first strong character (rules P2–P3 of the algorithm), or
 * undefined when it has none: how a paragraph of people's own writing is laid out, as a
 * browser lays out `dir="auto"`.
 */
export function firstStrongDirection(text: string): "ltr" | "rtl" | undefined {
  for (const char of text) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === "L") return "ltr";
    if (type === "R" || type === "AL") return "rtl";
  }
  return undefined;
}
