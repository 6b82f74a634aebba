// The signed-in user's long exports, run as jobs on the server (docs/operations.md,
// "Exports as jobs"): start one with the options of its direct download, follow the list
// of one's own jobs live (`exportJobs.onChange` yields the list as it opens and after each
// change, from whichever instance runs the job), cancel one, download a finished file.
// Without the live feed (no EventSource, or it failed) the list is read again every two
// seconds while a job waits or runs.
import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useCallback, useEffect } from "react";
import { isExportJobFinished, type TExportJobStartInput } from "@hemicycle/shared/export-jobs";
import { isUnauthorized } from "../../../lib/errors.ts";
import type { RouterOutputs } from "../../../lib/router-types.ts";
import { onUnauthorized } from "../../../lib/session-events.ts";
import { trpc } from "../../../lib/trpc.ts";

export type ExportJob = RouterOutputs["exportJobs"]["list"][number];

/** How often the list is read again without the live feed, while a job is under way. */
const POLL_MS = 2000;
/** A feed the server ended (not an error, e.g. a restart) is opened again after this. */
const REOPEN_MS = 3000;

/** The live feed: each list it yields goes straight into the list's query. `live` is false when the feed cannot run. */
function useExportJobsLive(): { live: boolean } {
  const queryClient = useQueryClient();
  const supported = typeof EventSource !== "undefined";
  const onData = useCallback(
    (jobs: ExportJob[]) => queryClient.setQueryData(trpc.exportJobs.list.queryKey(), jobs),
    [queryClient],
  );
  const subscription = useSubscription(
    trpc.exportJobs.onChange.subscriptionOptions(supported ? undefined : skipToken, {
      onData,
      onError: (error) => {
        if (isUnauthorized(error)) onUnauthorized();
      },
    }),
  );
  const { status, reset } = subscription;
  useEffect(() => {
    if (!supported || status !== "idle") return;
    void queryClient.invalidateQueries(trpc.exportJobs.list.pathFilter());
    const timer = setTimeout(reset, REOPEN_MS);
    return () => clearTimeout(timer);
  }, [supported, status, reset, queryClient]);
  return { live: supported && status === "pending" };
}

/** The caller's recent jobs, newest first, kept live. */
export function useExportJobs() {
  const { live } = useExportJobsLive();
  const query = useQuery({
    ...trpc.exportJobs.list.queryOptions(),
    refetchInterval: (q) =>
      !live && (q.state.data ?? []).some((job) => !isExportJobFinished(job.status)) ? POLL_MS : false,
  });
  return { ...query, live };
}

export function useStartExport() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.exportJobs.start.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries(trpc.exportJobs.list.pathFilter()),
    }),
  );
}

export function useCancelExport() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.exportJobs.cancel.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries(trpc.exportJobs.list.pathFilter()),
    }),
  );
}

export type ExportRequest = TExportJobStartInput;
