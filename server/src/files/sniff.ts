// What a file really is, read from its bytes, never from its name or the type the browser
// claimed: an executable renamed `.png` is an executable. Only the types on the allow-list
// are kept. Text (CSV, plain text) has no magic number, so it is accepted only when the
// bytes are UTF-8 text without NUL and the name says .csv or .txt.
import { readFile } from "node:fs/promises";

/** The evidence types Hemicycle keeps, by the MIME type sniffed from the bytes. */
export const ALLOWED_FILE_TYPES = {
  "image/jpeg": { ext: "jpg", photo: true },
  "image/png": { ext: "png", photo: true },
  "image/webp": { ext: "webp", photo: true },
  "application/pdf": { ext: "pdf", photo: false },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { ext: "docx", photo: false },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { ext: "xlsx", photo: false },
  "text/csv": { ext: "csv", photo: false },
  "text/plain": { ext: "txt", photo: false },
} as const;

export type AllowedFileType = keyof typeof ALLOWED_FILE_TYPES;

export function isPhotoType(type: string): boolean {
  return type in ALLOWED_FILE_TYPES && ALLOWED_FILE_TYPES[type as AllowedFileType].photo;
}

const TEXT_NAMES = { csv: "text/csv", txt: "text/plain" } as const satisfies Record<string, AllowedFileType>;

function isAllowed(mime: string): mime is AllowedFileType {
  return Object.hasOwn(ALLOWED_FILE_TYPES, mime);
}

/** Valid UTF-8 (a byte-order mark allowed) with no NUL byte: text, not a binary file. */
export function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The allowed type of the file at `path`, or null when it is not one Hemicycle keeps. */
export async function sniffFileType(path: string, name: string): Promise<AllowedFileType | null> {
  // file-type (and its parsers) is loaded by the first upload, not at start.
  const { fileTypeFromFile } = await import("file-type");
  const sniffed = await fileTypeFromFile(path);
  if (sniffed) return isAllowed(sniffed.mime) ? sniffed.mime : null;
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  const textType =
    extension && Object.hasOwn(TEXT_NAMES, extension) ? TEXT_NAMES[extension as keyof typeof TEXT_NAMES] : null;
  if (!textType) return null;
  // The size limit has already bounded the file, so reading it whole is bounded too.
  return isUtf8Text(await readFile(path)) ? textType : null;
}
