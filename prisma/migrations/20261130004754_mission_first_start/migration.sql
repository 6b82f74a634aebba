-- The missions list pages in order of each mission's first phase's start (issue 10,
-- docs/decisions/0019-keyset-cursors.md): that start is stored on the mission, so that an
-- index serves the order, and kept by the database itself whenever phases are written,
-- whoever writes them. (The triggers are written by hand: Prisma's schema has no notion of
-- them, so the schema diff ignores them.)

-- AlterTable
ALTER TABLE "missions" ADD COLUMN     "firstStartDate" DATE;

-- CreateIndex
CREATE INDEX "missions_firstStartDate_id_idx" ON "missions"("firstStartDate", "id");

-- Once per statement, for the missions whose phases it wrote; a mission whose first start
-- did not change is not written (nor locked).
CREATE FUNCTION "missions_first_start_from_phases"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "missions" m SET "firstStartDate" = f.first
      FROM (SELECT c."missionId", (SELECT min(p."startDate") FROM "phases" p WHERE p."missionId" = c."missionId") AS first
              FROM (SELECT DISTINCT "missionId" FROM new_phases) c) f
     WHERE m."id" = f."missionId" AND m."firstStartDate" IS DISTINCT FROM f.first;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "missions" m SET "firstStartDate" = f.first
      FROM (SELECT c."missionId", (SELECT min(p."startDate") FROM "phases" p WHERE p."missionId" = c."missionId") AS first
              FROM (SELECT DISTINCT "missionId" FROM old_phases) c) f
     WHERE m."id" = f."missionId" AND m."firstStartDate" IS DISTINCT FROM f.first;
  ELSE
    UPDATE "missions" m SET "firstStartDate" = f.first
      FROM (SELECT c."missionId", (SELECT min(p."startDate") FROM "phases" p WHERE p."missionId" = c."missionId") AS first
              FROM (SELECT "missionId" FROM new_phases UNION SELECT "missionId" FROM old_phases) c) f
     WHERE m."id" = f."missionId" AND m."firstStartDate" IS DISTINCT FROM f.first;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "phases_first_start_insert" AFTER INSERT ON "phases"
  REFERENCING NEW TABLE AS new_phases
  FOR EACH STATEMENT EXECUTE FUNCTION "missions_first_start_from_phases"();

CREATE TRIGGER "phases_first_start_update" AFTER UPDATE ON "phases"
  REFERENCING OLD TABLE AS old_phases NEW TABLE AS new_phases
  FOR EACH STATEMENT EXECUTE FUNCTION "missions_first_start_from_phases"();

CREATE TRIGGER "phases_first_start_delete" AFTER DELETE ON "phases"
  REFERENCING OLD TABLE AS old_phases
  FOR EACH STATEMENT EXECUTE FUNCTION "missions_first_start_from_phases"();

-- The missions there are.
UPDATE "missions" m SET "firstStartDate" = (SELECT min(p."startDate") FROM "phases" p WHERE p."missionId" = m."id");
