// The one upload of an evidence file (POST /files/findings/:id, multipart field `file`),
// for the finding page's panel and the outbox alike. XMLHttpRequest is the one browser API
// that reports upload progress; the session cookie goes along as for tRPC. A refusal
// carries the route's reason (server/src/http/routes/finding-files.ts) for the caller to word.

/** What the server answers for a stored file. */
export type UploadedFile = { id: string; name: string; size: number; type: string };

/** Why an upload failed: the server's reason (http/routes/finding-files.ts), or no answer at all. */
export type UploadFailure =
  | "unauthorized"
  | "crossOrigin"
  | "notFound"
  | "forbidden"
  | "noFile"
  | "tooLarge"
  | "typeNotAllowed"
  | "busy"
  | "network"
  | "server";

export class FileUploadError extends Error {
  readonly reason: UploadFailure;
  /** The HTTP status, or 0 when no answer came (offline, connection lost). */
  readonly status: number;
  /** For `tooLarge`: the server's limit in bytes. */
  readonly maxBytes: number | undefined;

  constructor(reason: UploadFailure, status: number, maxBytes?: number) {
    super(`upload failed: ${reason}`);
    this.name = "FileUploadError";
    this.reason = reason;
    this.status = status;
    this.maxBytes = maxBytes;
  }

  /** Worth sending again later as it is: no answer, a busy or failing server. Anything else needs a change. */
  get retryable(): boolean {
    return this.reason === "network" || this.reason === "busy" || this.reason === "server";
  }
}

const KNOWN: ReadonlySet<string> = new Set<UploadFailure>([
  "unauthorized",
  "crossOrigin",
  "notFound",
  "forbidden",
  "noFile",
  "tooLarge",
  "typeNotAllowed",
  "busy",
]);

function failureOf(xhr: XMLHttpRequest): FileUploadError {
  let body: { reason?: unknown; maxBytes?: unknown } = {};
  try {
    body = JSON.parse(xhr.responseText) as typeof body;
  } catch {
    // Not our JSON (a proxy's page): the status alone tells.
  }
  const reason =
    typeof body.reason === "string" && KNOWN.has(body.reason)
      ? (body.reason as UploadFailure)
      : xhr.status === 413
        ? "tooLarge"
        : xhr.status === 429
          ? "busy" // the rate limit's refusal, which names no reason
          : "server";
  return new FileUploadError(reason, xhr.status, typeof body.maxBytes === "number" ? body.maxBytes : undefined);
}

/**
 * Uploads one file to a finding; `onProgress` gets the share sent so far (0 to 1). Resolves
 * with the stored file, rejects with a FileUploadError. The outbox reuses this for photos
 * taken offline. `signal` cancels the upload.
 */
export function uploadFindingFile(
  findingId: string,
  file: Blob,
  onProgress?: (sent: number) => void,
  options: { fileName?: string; signal?: AbortSignal } = {},
): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/files/findings/${encodeURIComponent(findingId)}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        try {
          resolve(JSON.parse(xhr.responseText) as UploadedFile);
        } catch {
          reject(new FileUploadError("server", xhr.status));
        }
      } else reject(failureOf(xhr));
    };
    xhr.onerror = () => reject(new FileUploadError("network", 0));
    xhr.onabort = () => reject(new DOMException("The upload was cancelled", "AbortError"));
    options.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    const form = new FormData();
    const name = options.fileName ?? (file instanceof File ? file.name : "file");
    form.append("file", file, name);
    xhr.send(form);
  });
}
