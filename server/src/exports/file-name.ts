// The Content-Disposition of a download: `filename` in plain ASCII that no browser or
// proxy can misread (no quotes, slashes, semicolons or control characters), and the same
// name in UTF-8 as RFC 5987's `filename*` (RFC 6266), which browsers prefer when present.

/** Letters, digits, dot, dash and underscore; anything else becomes a dash. */
export function asciiFileName(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|-+$/g, "");
  return ascii || "download";
}

/** RFC 5987 `value-chars`: percent-encoded UTF-8 but for the attribute characters. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function attachment(name: string): string {
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${rfc5987(name)}`;
}

/** `SADC-ZMB-2026-roadmap-2026-11-27.csv`: the mission's code, what it is and the day it was taken. */
export function roadmapFileName(missionCode: string, today: Date, extension: "csv" | "pdf"): string {
  return `${missionCode}-roadmap-${today.toISOString().slice(0, 10)}.${extension}`;
}

/** `SADC-ZMB-2026-assessment-report-fr-2026-11-30.pdf`: the mission, the document, its language and the day. */
export function assessmentReportFileName(
  missionCode: string,
  language: string,
  today: Date,
  extension: "pdf" | "docx",
): string {
  return `${missionCode}-assessment-report-${language}-${today.toISOString().slice(0, 10)}.${extension}`;
}
