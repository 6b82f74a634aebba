// Sends what waits in the outbox, in the order it was entered, one item at a time. A
// queued finding carries its clientId, so a resend after a lost answer returns the
// finding stored the first time; its files follow once the server has it. What the
// server refuses (4xx) stays, marked failed with the server's reason, and is never
// resent by itself; no connection or a server error stops the round, to try again later.
import { message, type Message } from "@hemicycle/shared/messages";
import { errorInfo } from "../errors.ts";
import type { OutboxStore } from "./store.ts";
import type { OutboxFailure, OutboxItem, QueuedCreateInput } from "./types.ts";
import type { TUpdateFindingInput } from "@hemicycle/shared/schemas/findings";

export type OutboxTransport = {
  createFinding: (input: QueuedCreateInput) => Promise<{ id: string }>;
  updateFinding: (input: TUpdateFindingInput) => Promise<unknown>;
  uploadFile: (findingId: string, file: Blob, name: string) => Promise<unknown>;
};

/** A file upload's answer that was not a success: its HTTP status (0: no answer) and what the server said. */
export class UploadFailed extends Error {
  constructor(
    readonly status: number,
    readonly said: Message | null,
    readonly refusal?: { reason: string; maxBytes?: number },
  ) {
    super(`file upload failed (${status || "no answer"})`);
  }
}

export type SendRound = {
  sent: number;
  /** Refused by the server in this round. */
  failed: number;
  /** The round stopped without a connection or on a server error: try again later. */
  interrupted: boolean;
  /** Kinds of what was sent, so the caller refreshes the right queries. */
  sentKinds: Set<OutboxItem["kind"]>;
};

type Outcome = { retry: true } | { retry: false; failure: OutboxFailure };

/** Codes another attempt may cure: no answer, a server fault, a session to renew, a busy server. */
const RETRY_CODES = new Set(["NETWORK", "INTERNAL_SERVER_ERROR", "TIMEOUT", "TOO_MANY_REQUESTS", "UNAUTHORIZED"]);

export function classifySendError(error: unknown): Outcome {
  if (error instanceof UploadFailed) {
    if (error.status === 0 || error.status >= 500 || [401, 408, 429].includes(error.status)) return { retry: true };
    const fallback = message("requestRefused");
    const failure: OutboxFailure = { code: String(error.status), message: error.said ?? fallback, details: [] };
    return { retry: false, failure: error.refusal ? { ...failure, fileRefusal: error.refusal } : failure };
  }
  const info = errorInfo(error);
  if (RETRY_CODES.has(info.code)) return { retry: true };
  const details = [...Object.values(info.fieldErrors).flat(), ...info.formErrors];
  return { retry: false, failure: { code: info.code, message: info.message, details } };
}

function waitsForQueuedFinding(item: OutboxItem): boolean {
  return item.kind === "file" && "clientId" in item.target;
}

/** One round over this user's outbox. Only one round runs at a time (the runner sees to it). */
export async function sendOutbox(store: OutboxStore, transport: OutboxTransport): Promise<SendRound> {
  const round: SendRound = { sent: 0, failed: 0, interrupted: false, sentKinds: new Set() };
  const items = await store.list();
  for (const [index, item] of items.entries()) {
    // Refused items wait for the person; a file waits for its finding to reach the server.
    if (item.status === "failed" || waitsForQueuedFinding(item)) continue;
    await store.update(item.id, { status: "sending" });
    try {
      if (item.kind === "create") {
        const finding = await transport.createFinding(item.input);
        await store.completeCreate(item.id, item.input.clientId, finding.id);
        // The files queued with it, later in this round, now name the stored finding.
        for (const later of items.slice(index + 1)) {
          if (later.kind === "file" && "clientId" in later.target && later.target.clientId === item.input.clientId)
            later.target = { findingId: finding.id };
        }
      } else if (item.kind === "edit") {
        await transport.updateFinding(item.input);
        await store.remove(item.id);
      } else if ("findingId" in item.target) {
        const file = new Blob([item.data], { type: item.type });
        await transport.uploadFile(item.target.findingId, file, item.name);
        await store.remove(item.id);
      }
      round.sent++;
      round.sentKinds.add(item.kind);
    } catch (error) {
      const outcome = classifySendError(error);
      if (outcome.retry) {
        await store.update(item.id, { status: "waiting", attempts: item.attempts + 1 });
        round.interrupted = true;
        return round;
      }
      await store.update(item.id, { status: "failed", failure: outcome.failure });
      round.failed++;
    }
  }
  return round;
}
