// The outbox at work in the page: the transport (the findings procedures and the file
// upload route) and one runner per signed-in user that sends on start, when the
// connection returns, every 30 seconds while items wait, and on "Send now".
import { MutationObserver, type MutationObserverOptions } from "@tanstack/react-query";
import type { TUpdateFindingInput } from "@hemicycle/shared/schemas/findings";
import { FileUploadError, uploadFindingFile } from "../finding-file-upload.ts";
import { queryClient, shownInForm, trpc } from "../trpc.ts";
import { outboxStore, type OutboxStore } from "./store.ts";
import { sendOutbox, UploadFailed, type OutboxTransport, type SendRound } from "./sender.ts";
import type { QueuedCreateInput } from "./types.ts";

/**
 * A procedure called outside a component: through the query client, so the session's
 * end is handled as everywhere, with no toast (the outbox shows its own failures) and
 * sent even when the browser believes it is offline (the sender decides what a failure means).
 */
function callMutation<TData, TError, TVariables, TContext>(
  options: MutationObserverOptions<TData, TError, TVariables, TContext>,
  input: TVariables,
): Promise<TData> {
  const observer = new MutationObserver(queryClient, { ...options, meta: shownInForm, networkMode: "always" });
  return observer.mutate(input);
}

/**
 * The page's upload (lib/finding-file-upload.ts), its failure told in the sender's terms:
 * the HTTP status (0: no answer) and the route's refusal for the outbox to word.
 */
async function uploadQueuedFile(findingId: string, file: Blob, name: string): Promise<unknown> {
  try {
    return await uploadFindingFile(findingId, file, undefined, { fileName: name });
  } catch (error) {
    if (!(error instanceof FileUploadError)) throw error;
    const refused = error.reason !== "network" && error.reason !== "server";
    throw new UploadFailed(
      error.status,
      null,
      refused
        ? { reason: error.reason, ...(error.maxBytes === undefined ? {} : { maxBytes: error.maxBytes }) }
        : undefined,
    );
  }
}

export const appTransport: OutboxTransport = {
  createFinding: (input: QueuedCreateInput) => callMutation(trpc.findings.create.mutationOptions(), input),
  updateFinding: (input: TUpdateFindingInput) => callMutation(trpc.findings.update.mutationOptions(), input),
  uploadFile: uploadQueuedFile,
};

/** While items wait: a round every 30 s. */
const INTERVAL_MS = 30_000;
/** After a round that found no connection: 5 s, 10 s, 20 s… up to 5 minutes. */
const FIRST_RETRY_MS = 5_000;
const MAX_BACKOFF_MS = 5 * 60_000;
/** How often the runner looks whether a round is due. */
const TICK_MS = 5_000;
/**
 * The browser says "online" a moment before requests go through again (the network
 * layer follows the event): the first round waits this long.
 */
const AFTER_ONLINE_MS = 1_000;

export type OutboxRunner = {
  store: OutboxStore;
  /** Sends what waits now (unless a round is already running), whatever the backoff. */
  sendNow: () => Promise<SendRound | null>;
  start: () => () => void;
};

export function createOutboxRunner(
  store: OutboxStore,
  transport: OutboxTransport,
  onSent: (round: SendRound) => void,
  isOnline: () => boolean = () => navigator.onLine,
): OutboxRunner {
  let running: Promise<SendRound | null> | null = null;
  let failures = 0;
  let nextRoundAt = 0;

  async function round(): Promise<SendRound | null> {
    const result = await sendOutbox(store, transport);
    if (result.interrupted) {
      failures++;
      nextRoundAt = Date.now() + Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), MAX_BACKOFF_MS);
    } else {
      failures = 0;
      nextRoundAt = Date.now() + INTERVAL_MS;
    }
    if (result.sent > 0) onSent(result);
    return result;
  }

  function sendNow(): Promise<SendRound | null> {
    running ??= round()
      .catch(() => null)
      .finally(() => {
        running = null;
      });
    return running;
  }

  function start() {
    // Items left "sending" by a closed tab go back to waiting.
    void store
      .list()
      .then(async (items) => {
        for (const item of items) if (item.status === "sending") await store.update(item.id, { status: "waiting" });
      })
      .then(() => (isOnline() ? sendNow() : null))
      // No IndexedDB here (an old or locked-down browser): nothing can wait, nothing to send.
      .catch(() => null);
    let afterOnline: number | undefined;
    const onOnline = () => {
      failures = 0;
      window.clearTimeout(afterOnline);
      afterOnline = window.setTimeout(() => void sendNow(), AFTER_ONLINE_MS);
    };
    window.addEventListener("online", onOnline);
    const timer = window.setInterval(() => {
      if (isOnline() && Date.now() >= nextRoundAt) void sendNow();
    }, TICK_MS);
    return () => {
      window.removeEventListener("online", onOnline);
      window.clearTimeout(afterOnline);
      window.clearInterval(timer);
    };
  }

  return { store, sendNow, start };
}

/** After a round: the pages on screen (findings, their files) show what was sent. */
function refreshAfter() {
  void queryClient.invalidateQueries();
}

const runners = new Map<string, OutboxRunner>();

/** The one runner of this user's outbox in this page. */
export function outboxRunnerFor(userId: string): OutboxRunner {
  let runner = runners.get(userId);
  if (!runner) {
    runner = createOutboxRunner(outboxStore(userId), appTransport, refreshAfter);
    runners.set(userId, runner);
  }
  return runner;
}
