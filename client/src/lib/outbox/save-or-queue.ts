// Saving a finding where the connection may be gone: sent at once when the browser is
// online, put in the outbox when it is not or when the request never reached the
// server. A refusal by the server (a 4xx) goes back to the form as before.
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { TUpdateFindingInput } from "@hemicycle/shared/schemas/findings";
import { errorInfo } from "../errors.ts";
import { useMe } from "../session.ts";
import { outboxRunnerFor } from "./runtime.ts";
import type { QueuedCreateInput } from "./types.ts";

type Callbacks = { onSuccess: () => void; onError: (error: unknown) => void };
type Mutation<TInput> = { mutate: (input: TInput, callbacks: Callbacks) => void };

type SaveOptions = {
  /** What the outbox shows for where it was entered (the phase, the mission). */
  placeLabel: string;
  /** queued: it went to the outbox, not yet to the server. */
  onSuccess: (queued: boolean) => void;
  onError: (error: unknown) => void;
};

const here = () => window.location.pathname + window.location.search;

/** The request never reached the server (or its answer never came back). */
export function isConnectionFailure(error: unknown): boolean {
  return errorInfo(error).code === "NETWORK";
}

function useQueueing() {
  const { t } = useTranslation();
  return useCallback(
    <TInput>(mutation: Mutation<TInput>, input: TInput, queue: () => Promise<unknown>, options: SaveOptions) => {
      const toOutbox = () =>
        queue().then(() => {
          toast.success(t("outbox.savedToOutbox"), { description: t("outbox.savedToOutboxHint") });
          options.onSuccess(true);
        }, options.onError);
      if (!navigator.onLine) {
        void toOutbox();
        return;
      }
      mutation.mutate(input, {
        onSuccess: () => options.onSuccess(false),
        onError: (error) => (isConnectionFailure(error) ? void toOutbox() : options.onError(error)),
      });
    },
    [t],
  );
}

/** `save(create, input, options)`: the form's create mutation, its input (with its clientId). */
export function useSaveFindingOrQueue() {
  const me = useMe();
  const queueing = useQueueing();
  return useCallback(
    (create: Mutation<QueuedCreateInput>, input: QueuedCreateInput, options: SaveOptions) =>
      queueing(
        create,
        input,
        () =>
          outboxRunnerFor(me.id).store.add({
            kind: "create",
            input,
            place: { label: options.placeLabel, path: here() },
          }),
        options,
      ),
    [me.id, queueing],
  );
}

/** `save(update, input, options)` for an edit: queued with its version, so a stale edit is refused on return (CONFLICT). */
export function useSaveFindingEditOrQueue() {
  const me = useMe();
  const queueing = useQueueing();
  return useCallback(
    (update: Mutation<TUpdateFindingInput>, input: TUpdateFindingInput, options: SaveOptions & { title: string }) =>
      queueing(
        update,
        input,
        () =>
          outboxRunnerFor(me.id).store.add({
            kind: "edit",
            input,
            title: options.title,
            place: { label: options.placeLabel, path: here() },
          }),
        options,
      ),
    [me.id, queueing],
  );
}
