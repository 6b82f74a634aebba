// Downloads the assessment report's file (GET /export/missions/:id/assessment-report.pdf
// or .docx) with fetch, reading the body as it arrives so that the dialog can show how far
// it has come, and cancel it. The PDF streams while the server writes it and announces an
// estimate of its length (x-content-length-estimate, from its number of findings); the
// DOCX is built whole first, then sent with its exact Content-Length. docs/documents.md,
// "Progress".
import { assessmentReportPath, type ReportFormat } from "@hemicycle/shared/schemas/assessment-report";
import type { Language } from "@hemicycle/shared/languages";

export type ReportProgress = {
  /** Bytes received so far. */
  received: number;
  /** The length announced: exact (Content-Length) or an estimate; null when neither came. */
  total: number | null;
  estimated: boolean;
};

export type ReportRequest = { missionId: string; phaseId: string | null; language: Language; format: ReportFormat };

/** A refusal the dialog words: not found (or out of reach), busy, signed out, or anything else. */
export class ReportDownloadError extends Error {
  constructor(readonly kind: "notFound" | "busy" | "signedOut" | "failed") {
    super(kind);
  }
}

/** The file name of a Content-Disposition: RFC 5987's UTF-8 `filename*` first, else `filename`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // A malformed name: the plain one below.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

function refusal(status: number): ReportDownloadError {
  if (status === 404) return new ReportDownloadError("notFound");
  if (status === 429) return new ReportDownloadError("busy");
  if (status === 401) return new ReportDownloadError("signedOut");
  return new ReportDownloadError("failed");
}

/**
 * The report's file as a Blob and its name; `onProgress` is told each time bytes arrive.
 * Aborting `signal` stops the download (and the server's work on it: the response closes).
 */
export async function downloadAssessmentReport(
  request: ReportRequest,
  onProgress: (progress: ReportProgress) => void,
  signal: AbortSignal,
): Promise<{ blob: Blob; fileName: string }> {
  const response = await fetch(assessmentReportPath(request, request.format), {
    credentials: "same-origin",
    signal,
  });
  if (!response.ok) throw refusal(response.status);
  const exact = Number(response.headers.get("content-length"));
  const estimate = Number(response.headers.get("x-content-length-estimate"));
  const total = exact > 0 ? exact : estimate > 0 ? estimate : null;
  const estimated = !(exact > 0) && total !== null;
  const type = response.headers.get("content-type") ?? "application/octet-stream";
  const fileName = fileNameOf(
    response.headers.get("content-disposition"),
    `assessment-report-${request.language}.${request.format}`,
  );
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress({ received, total, estimated });
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress({ received, total, estimated });
    }
  } else {
    const bytes = new Uint8Array(await response.arrayBuffer());
    chunks.push(bytes);
    received = bytes.byteLength;
    onProgress({ received, total, estimated });
  }
  return { blob: new Blob(chunks as BlobPart[], { type }), fileName };
}

/** Hands a file to the browser as a download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
