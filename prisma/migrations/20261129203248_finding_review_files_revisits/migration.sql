-- CreateEnum
CREATE TYPE "RevisitOutcome" AS ENUM ('STILL_OPEN', 'IMPROVED', 'RESOLVED');

-- AlterTable
ALTER TABLE "attachments" ADD COLUMN     "sha256" TEXT,
ADD COLUMN     "thumbnailKey" TEXT;

-- AlterTable
ALTER TABLE "findings" ADD COLUMN     "revisitOutcome" "RevisitOutcome",
ADD COLUMN     "revisitsId" TEXT;

-- CreateTable
CREATE TABLE "finding_review_notes" (
    "id" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "fromStatus" "FindingStatus" NOT NULL,
    "toStatus" "FindingStatus" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finding_review_notes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "finding_review_notes_findingId_createdAt_idx" ON "finding_review_notes"("findingId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "attachments_thumbnailKey_key" ON "attachments"("thumbnailKey");

-- CreateIndex
CREATE INDEX "findings_revisitsId_idx" ON "findings"("revisitsId");

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_revisitsId_fkey" FOREIGN KEY ("revisitsId") REFERENCES "findings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_review_notes" ADD CONSTRAINT "finding_review_notes_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "findings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_review_notes" ADD CONSTRAINT "finding_review_notes_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A reviewer's reason is part of the record: it is never rewritten (deleted only with its finding).
CREATE TRIGGER "finding_review_notes_no_update"
  BEFORE UPDATE ON "finding_review_notes"
  FOR EACH ROW EXECUTE FUNCTION "roadmap_record_immutable"();
