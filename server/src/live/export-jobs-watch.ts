// One user's live feed of their export jobs (`exportJobs.onChange`, docs/operations.md,
// "Exports as jobs"): the list of their recent jobs at once, then again after each change
// of a job's status or progress, on whichever instance runs it (the export_jobs trigger's
// pg_notify), until the caller goes away or their account is closed, as the notification
// centre's feed ends (live/user-topic-watch.ts).
import type { Db } from "../db/types.ts";
import { listExportJobs, type ExportJobView } from "../services/export-jobs.ts";
import type { UserEvents } from "./user-events.ts";
import { watchUserTopic } from "./user-topic-watch.ts";

export function watchExportJobs(options: {
  db: Db;
  userEvents: UserEvents;
  userId: string;
  signal: AbortSignal | undefined;
}): AsyncGenerator<ExportJobView[], void, undefined> {
  const { db, userId } = options;
  return watchUserTopic({
    ...options,
    topic: "exportJobs",
    async read() {
      const [user, jobs] = await Promise.all([
        db.user.findUnique({ where: { id: userId }, select: { active: true } }),
        listExportJobs(db, { id: userId }),
      ]);
      return user?.active ? jobs : null;
    },
  });
}
