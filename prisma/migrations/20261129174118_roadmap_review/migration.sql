-- AlterTable
ALTER TABLE "roadmaps" ADD COLUMN     "baselineRevision" INTEGER;

-- CreateTable
CREATE TABLE "roadmap_revision_views" (
    "userId" TEXT NOT NULL,
    "roadmapId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "roadmap_revision_views_pkey" PRIMARY KEY ("userId","roadmapId")
);

-- AddForeignKey
ALTER TABLE "roadmap_revision_views" ADD CONSTRAINT "roadmap_revision_views_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "roadmap_revision_views" ADD CONSTRAINT "roadmap_revision_views_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "roadmaps"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Revisions and review decisions are the record of what was submitted and endorsed: the
-- database itself refuses to change one, whatever the application code does. (Deleting
-- stays possible only as the cascade of deleting the roadmap. Written by hand: Prisma's
-- schema has no notion of triggers.)
CREATE FUNCTION "roadmap_record_immutable"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is immutable', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "roadmap_revisions_no_update"
  BEFORE UPDATE ON "roadmap_revisions"
  FOR EACH ROW EXECUTE FUNCTION "roadmap_record_immutable"();

CREATE TRIGGER "review_decisions_no_update"
  BEFORE UPDATE ON "review_decisions"
  FOR EACH ROW EXECUTE FUNCTION "roadmap_record_immutable"();
