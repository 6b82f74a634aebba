// The name a file is shown and downloaded under: the user's own name, made harmless. It is
// only ever displayed and put in a Content-Disposition (exports/file-name.ts encodes it);
// the bytes on disk are named by a random key, never by this.

const MAX_NAME_LENGTH = 200;

/** The last path segment, without control or bidi-override characters, at most 200 characters. */
export function safeDisplayName(raw: string | undefined, fallbackExtension: string): string {
  const base = (raw ?? "").normalize("NFC").split(/[/\\]/).pop() ?? "";
  const clean = base
    // C0/C1 controls (CR, LF, NUL…) and the bidi controls that can disguise an extension.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (!clean) return `file.${fallbackExtension}`;
  if (clean.length <= MAX_NAME_LENGTH) return clean;
  // Keep the extension when shortening.
  const dot = clean.lastIndexOf(".");
  const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
  return clean.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
}
