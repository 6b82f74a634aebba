// What waits in the outbox: findings, edits and files entered without a connection,
// kept in IndexedDB for the signed-in user until the server has them (docs/findings.md,
// "Offline and the outbox").
import type { Message } from "@hemicycle/shared/messages";
import type { TCreateFindingInput, TUpdateFindingInput } from "@hemicycle/shared/schemas/findings";

/** waiting: will be sent; sending: on its way now; failed: the server refused it (never resent by itself). */
export type OutboxStatus = "waiting" | "sending" | "failed";

/** Why the server refused an item: its tRPC code (or HTTP status) and what it said, to show as is. */
export type OutboxFailure = {
  code: string;
  message: Message;
  /** Field and form errors that came with a BAD_REQUEST. */
  details: Message[];
  /** A file upload's refusal (`reason` of POST /files/findings/:id: tooLarge, typeNotAllowed…) and its limit. */
  fileRefusal?: { reason: string; maxBytes?: number };
};

/** Where the item was entered: shown in the outbox and linked to. */
export type OutboxPlace = { label: string; path: string };

type ItemBase = {
  id: string;
  userId: string;
  /** Sending order: the order of entry. */
  seq: number;
  queuedAt: string;
  status: OutboxStatus;
  failure: OutboxFailure | null;
  /** Sends that did not reach the server (no connection, server error). */
  attempts: number;
  place: OutboxPlace;
};

export type QueuedCreateInput = TCreateFindingInput & { clientId: string };

export type OutboxCreate = ItemBase & { kind: "create"; input: QueuedCreateInput };
export type OutboxEdit = ItemBase & { kind: "edit"; input: TUpdateFindingInput; title: string };

/** A file for a finding the server has (findingId) or for a finding still in the outbox (clientId). */
export type OutboxFileTarget = { findingId: string } | { clientId: string };
export type OutboxFile = ItemBase & {
  kind: "file";
  target: OutboxFileTarget;
  findingTitle: string;
  name: string;
  type: string;
  size: number;
  /** The bytes (an ArrayBuffer clones into IndexedDB everywhere; a Blob not in every engine). */
  data: ArrayBuffer;
};

export type OutboxItem = OutboxCreate | OutboxEdit | OutboxFile;

type Fresh<T> = Omit<T, "id" | "userId" | "seq" | "queuedAt" | "status" | "failure" | "attempts">;
export type NewOutboxItem = Fresh<OutboxCreate> | Fresh<OutboxEdit> | Fresh<OutboxFile>;
