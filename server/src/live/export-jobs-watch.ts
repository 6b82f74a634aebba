// One user's live feed of their export jobs (`exportJobs.onChange`, docs/operations.md,
// "Exports as jobs"): the list of their recent jobs at once, then again after each change
// of a job's status or progress, on whichever instance runs it (the export_jobs trigger's
// pg_notify, live/user-events.ts), and after the listening connection was made again.
// Changes that come while the list is being read are answered by one read, not one each.
import type { Db } from "../db/types.ts";
import { listExportJobs, type ExportJobView } from "../services/export-jobs.ts";
import type { UserEvents } from "./user-events.ts";

export async function* watchExportJobs(options: {
  db: Db;
  userEvents: UserEvents;
  userId: string;
  signal: AbortSignal | undefined;
}): AsyncGenerator<ExportJobView[], void, undefined> {
  const { db, userEvents, userId, signal } = options;
  let changed = true;
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    wake?.();
    wake = null;
  };
  const unsubscribe = userEvents.subscribe(userId, "exportJobs", () => {
    changed = true;
    wakeUp();
  });
  signal?.addEventListener("abort", wakeUp);
  try {
    // Heard from every instance before the first list is read: no change falls in between.
    await userEvents.ready?.("exportJobs");
    while (!signal?.aborted) {
      if (!changed) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      changed = false;
      // A closed account's feed ends, as the notification centre's does.
      const [user, jobs] = await Promise.all([
        db.user.findUnique({ where: { id: userId }, select: { active: true } }),
        listExportJobs(db, { id: userId }),
      ]);
      if (!user?.active || signal?.aborted) return;
      yield jobs;
    }
  } finally {
    signal?.removeEventListener("abort", wakeUp);
    unsubscribe();
  }
}
