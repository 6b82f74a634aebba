-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('PHASE_ASSIGNED', 'PHASE_UNASSIGNED', 'FINDING_VALIDATED', 'FINDING_REJECTED', 'ROADMAP_SUBMITTED', 'ROADMAP_CHANGES_REQUESTED', 'ROADMAP_ENDORSED', 'COMMENT', 'CONFLICT_OVERRIDE', 'REPORT_DUE_SOON', 'REPORT_OVERDUE', 'REVIEW_WAITING', 'FIELDWORK_SOON', 'EXPORT_READY');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "ExportJobStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED');

-- AlterTable
ALTER TABLE "notifications" DROP COLUMN "title",
ADD COLUMN     "actorId" TEXT,
ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "emailStatus" "EmailStatus",
ADD COLUMN     "emailedAt" TIMESTAMP(3),
ADD COLUMN     "params" JSONB NOT NULL DEFAULT '{}',
DROP COLUMN "kind",
ADD COLUMN     "kind" "NotificationKind" NOT NULL;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "emailNotificationKinds" "NotificationKind"[] DEFAULT ARRAY[]::"NotificationKind"[];

-- CreateTable
CREATE TABLE "sign_in_failures" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sign_in_failures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "export_jobs" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "status" "ExportJobStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "fileName" TEXT,
    "contentType" TEXT,
    "bytes" INTEGER,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),

    CONSTRAINT "export_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "export_job_chunks" (
    "jobId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "export_job_chunks_pkey" PRIMARY KEY ("jobId","seq")
);

-- CreateIndex
CREATE INDEX "sign_in_failures_key_at_idx" ON "sign_in_failures"("key", "at");

-- CreateIndex
CREATE INDEX "sign_in_failures_at_idx" ON "sign_in_failures"("at");

-- CreateIndex
CREATE INDEX "rate_limits_expire_idx" ON "rate_limits"("expire");

-- CreateIndex
CREATE INDEX "export_jobs_userId_createdAt_id_idx" ON "export_jobs"("userId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "export_jobs_status_idx" ON "export_jobs"("status");

-- CreateIndex
CREATE INDEX "export_jobs_expiresAt_idx" ON "export_jobs"("expiresAt");

-- CreateIndex
CREATE INDEX "notifications_userId_createdAt_id_idx" ON "notifications"("userId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "notifications_emailStatus_createdAt_idx" ON "notifications"("emailStatus", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_userId_dedupeKey_key" ON "notifications"("userId", "dedupeKey");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "export_jobs" ADD CONSTRAINT "export_jobs_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "export_job_chunks" ADD CONSTRAINT "export_job_chunks_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "export_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Live updates across instances (docs/operations.md, "Live updates"): a notification
-- written or read, and an export job's progress, tell the owner's open tabs on every
-- instance. NOTIFY is transactional: listeners hear of it once the change commits, and
-- never of a change rolled back. The payload is the owner's user id; listeners read the
-- rest through the owner's own scope.
CREATE FUNCTION "notify_notification_owner"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hemicycle_notifications', COALESCE(NEW."userId", OLD."userId"));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "notifications_tell_owner"
  AFTER INSERT OR DELETE OR UPDATE OF "readAt" ON "notifications"
  FOR EACH ROW EXECUTE FUNCTION "notify_notification_owner"();

CREATE FUNCTION "notify_export_job_owner"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hemicycle_export_jobs', COALESCE(NEW."userId", OLD."userId"));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "export_jobs_tell_owner"
  AFTER INSERT OR DELETE OR UPDATE OF "status", "progress" ON "export_jobs"
  FOR EACH ROW EXECUTE FUNCTION "notify_export_job_owner"();
