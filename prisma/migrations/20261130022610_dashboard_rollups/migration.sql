-- CreateTable
CREATE TABLE "phase_status_tallies" (
    "status" "PhaseStatus" NOT NULL,
    "phases" INTEGER NOT NULL DEFAULT 0,
    "missions" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "phase_status_tallies_pkey" PRIMARY KEY ("status")
);

-- CreateTable
CREATE TABLE "mission_phase_status_tallies" (
    "missionId" TEXT NOT NULL,
    "status" "PhaseStatus" NOT NULL,
    "phases" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "mission_phase_status_tallies_pkey" PRIMARY KEY ("missionId","status")
);

-- CreateTable
CREATE TABLE "validated_finding_tallies" (
    "parliamentId" TEXT NOT NULL,
    "area" "IctArea" NOT NULL,
    "severity" "Severity" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "validated_finding_tallies_pkey" PRIMARY KEY ("parliamentId","area","severity")
);

-- CreateTable
CREATE TABLE "programme_finding_tallies" (
    "programmeId" TEXT NOT NULL,
    "parliamentId" TEXT NOT NULL,
    "area" "IctArea" NOT NULL,
    "severity" "Severity" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "programme_finding_tallies_pkey" PRIMARY KEY ("programmeId","parliamentId","area","severity")
);

-- CreateTable
CREATE TABLE "roadmap_item_tallies" (
    "parliamentId" TEXT NOT NULL,
    "progress" "Progress" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "roadmap_item_tallies_pkey" PRIMARY KEY ("parliamentId","progress")
);

-- CreateIndex
CREATE INDEX "phases_status_startDate_idx" ON "phases"("status", "startDate");

-- CreateIndex
CREATE INDEX "phases_status_reportDueDate_idx" ON "phases"("status", "reportDueDate");

-- CreateIndex
CREATE INDEX "phases_endDate_startDate_idx" ON "phases"("endDate", "startDate");

-- The programme dashboard's rollups (issue 10, benchmark 3; docs/decisions/0020-dashboard-rollups.md).
-- The counters above are kept by the database itself, in the transaction of each write to
-- phases, findings, roadmap items, roadmaps and missions, whoever writes them, so that they
-- are exact and never stale. (The triggers are written by hand: Prisma's schema has no
-- notion of them, so the schema diff ignores them.)

-- ---------------------------------------------------------------------------------------
-- Phases per status, and the missions with a phase in it. Each mission's count per status
-- is kept too: a mission enters a status's tally when its count there leaves 0, and leaves
-- it when the count comes back to 0. The row locks of the upserts order concurrent writers.
CREATE FUNCTION "phase_tallies_add"(mission_ids TEXT[], statuses "PhaseStatus"[], deltas INTEGER[]) RETURNS void AS $$
  WITH d AS (
    SELECT u.m AS "missionId", u.s AS "status", sum(u.n)::int AS n
      FROM unnest(mission_ids, statuses, deltas) AS u(m, s, n)
     GROUP BY u.m, u.s
    HAVING sum(u.n) <> 0
  ), moved AS (
    INSERT INTO "mission_phase_status_tallies" AS t ("missionId", "status", "phases")
    SELECT "missionId", "status", n FROM d ORDER BY "missionId", "status"
    ON CONFLICT ("missionId", "status") DO UPDATE SET "phases" = t."phases" + EXCLUDED."phases"
    RETURNING t."missionId", t."status", t."phases"
  ), changes AS (
    SELECT m."status", sum(d.n)::int AS phases,
           sum(CASE WHEN m."phases" > 0 AND m."phases" - d.n <= 0 THEN 1
                    WHEN m."phases" <= 0 AND m."phases" - d.n > 0 THEN -1
                    ELSE 0 END)::int AS missions
      FROM moved m JOIN d ON d."missionId" = m."missionId" AND d."status" = m."status"
     GROUP BY m."status"
  )
  INSERT INTO "phase_status_tallies" AS t ("status", "phases", "missions")
  SELECT "status", phases, missions FROM changes ORDER BY "status"
  ON CONFLICT ("status") DO UPDATE
    SET "phases" = t."phases" + EXCLUDED."phases", "missions" = t."missions" + EXCLUDED."missions";
$$ LANGUAGE sql;

CREATE FUNCTION "phases_tally"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "phase_tallies_add"(array_agg("missionId"), array_agg("status"), array_agg(1)) FROM new_phases;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "phase_tallies_add"(array_agg("missionId"), array_agg("status"), array_agg(-1)) FROM old_phases;
  ELSE
    PERFORM "phase_tallies_add"(array_agg(c.m), array_agg(c.s), array_agg(c.n))
       FROM (SELECT "missionId" AS m, "status" AS s, 1 AS n FROM new_phases
             UNION ALL SELECT "missionId", "status", -1 FROM old_phases) c;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "phases_tally_insert" AFTER INSERT ON "phases"
  REFERENCING NEW TABLE AS new_phases FOR EACH STATEMENT EXECUTE FUNCTION "phases_tally"();
CREATE TRIGGER "phases_tally_update" AFTER UPDATE ON "phases"
  REFERENCING OLD TABLE AS old_phases NEW TABLE AS new_phases FOR EACH STATEMENT EXECUTE FUNCTION "phases_tally"();
CREATE TRIGGER "phases_tally_delete" AFTER DELETE ON "phases"
  REFERENCING OLD TABLE AS old_phases FOR EACH STATEMENT EXECUTE FUNCTION "phases_tally"();

-- ---------------------------------------------------------------------------------------
-- Validated findings per parliament (and per programme), ICT area and severity. A finding
-- counts under its phase's mission's parliament and programme: the writers of findings
-- lock those missions (FOR SHARE) before they count, so that a mission moved to another
-- parliament or programme at the same time moves its findings either before or after them.
CREATE FUNCTION "finding_tallies_add"(parliament_ids TEXT[], programme_ids TEXT[], areas "IctArea"[],
                                      severities "Severity"[], deltas INTEGER[]) RETURNS void AS $$
  WITH d AS (
    SELECT u.pa, u.pr, u.a, u.s, sum(u.n)::int AS n
      FROM unnest(parliament_ids, programme_ids, areas, severities, deltas) AS u(pa, pr, a, s, n)
     GROUP BY u.pa, u.pr, u.a, u.s
    HAVING sum(u.n) <> 0
  ), by_parliament AS (
    INSERT INTO "validated_finding_tallies" AS t ("parliamentId", "area", "severity", "count")
    SELECT pa, a, s, sum(n)::int FROM d GROUP BY pa, a, s HAVING sum(n) <> 0 ORDER BY pa, a, s
    ON CONFLICT ("parliamentId", "area", "severity") DO UPDATE SET "count" = t."count" + EXCLUDED."count"
  )
  INSERT INTO "programme_finding_tallies" AS t ("programmeId", "parliamentId", "area", "severity", "count")
  SELECT pr, pa, a, s, n FROM d WHERE pr IS NOT NULL ORDER BY pr, pa, a, s
  ON CONFLICT ("programmeId", "parliamentId", "area", "severity") DO UPDATE SET "count" = t."count" + EXCLUDED."count";
$$ LANGUAGE sql;

CREATE FUNCTION "findings_tally"() RETURNS trigger AS $$
DECLARE
  touched TEXT[];
BEGIN
  -- The phases whose counts may move: validated findings in or out, or a validated one
  -- given another area, severity or phase. Most writes (drafts, edits) move nothing.
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "phaseId") INTO touched FROM new_findings WHERE "status" = 'VALIDATED';
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "phaseId") INTO touched FROM old_findings WHERE "status" = 'VALIDATED';
  ELSE
    SELECT array_agg(DISTINCT c."phaseId") INTO touched
      FROM (SELECT o."phaseId", n."phaseId" AS "newPhaseId" FROM old_findings o JOIN new_findings n ON n."id" = o."id"
             WHERE (o."status" = 'VALIDATED' OR n."status" = 'VALIDATED')
               AND (o."status", o."area", o."severity", o."phaseId") IS DISTINCT FROM
                   (n."status", n."area", n."severity", n."phaseId")) moved
      CROSS JOIN LATERAL (VALUES (moved."phaseId"), (moved."newPhaseId")) AS c("phaseId");
  END IF;
  IF touched IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM "missions" m
    WHERE m."id" IN (SELECT p."missionId" FROM "phases" p WHERE p."id" = ANY (touched))
    ORDER BY m."id" FOR SHARE OF m;
  -- Findings whose phase was deleted in this transaction are left out: the phase's (or its
  -- mission's) own deletion took them off already.
  IF TG_OP = 'INSERT' THEN
    PERFORM "finding_tallies_add"(array_agg(m."parliamentId"), array_agg(m."programmeId"), array_agg(f."area"),
                                  array_agg(f."severity"), array_agg(1))
       FROM new_findings f JOIN "phases" p ON p."id" = f."phaseId" JOIN "missions" m ON m."id" = p."missionId"
      WHERE f."status" = 'VALIDATED';
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "finding_tallies_add"(array_agg(m."parliamentId"), array_agg(m."programmeId"), array_agg(f."area"),
                                  array_agg(f."severity"), array_agg(-1))
       FROM old_findings f JOIN "phases" p ON p."id" = f."phaseId" JOIN "missions" m ON m."id" = p."missionId"
      WHERE f."status" = 'VALIDATED';
  ELSE
    PERFORM "finding_tallies_add"(array_agg(m."parliamentId"), array_agg(m."programmeId"), array_agg(f."area"),
                                  array_agg(f."severity"), array_agg(f.n))
       FROM (SELECT "phaseId", "area", "severity", 1 AS n FROM new_findings WHERE "status" = 'VALIDATED'
             UNION ALL
             SELECT "phaseId", "area", "severity", -1 FROM old_findings WHERE "status" = 'VALIDATED') f
       JOIN "phases" p ON p."id" = f."phaseId" JOIN "missions" m ON m."id" = p."missionId";
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "findings_tally_insert" AFTER INSERT ON "findings"
  REFERENCING NEW TABLE AS new_findings FOR EACH STATEMENT EXECUTE FUNCTION "findings_tally"();
CREATE TRIGGER "findings_tally_update" AFTER UPDATE ON "findings"
  REFERENCING OLD TABLE AS old_findings NEW TABLE AS new_findings FOR EACH STATEMENT EXECUTE FUNCTION "findings_tally"();
CREATE TRIGGER "findings_tally_delete" AFTER DELETE ON "findings"
  REFERENCING OLD TABLE AS old_findings FOR EACH STATEMENT EXECUTE FUNCTION "findings_tally"();

-- ---------------------------------------------------------------------------------------
-- Roadmap items per parliament and progress, under their roadmap's mission's parliament
-- (locked FOR SHARE as for findings).
CREATE FUNCTION "item_tallies_add"(parliament_ids TEXT[], progresses "Progress"[], deltas INTEGER[]) RETURNS void AS $$
  INSERT INTO "roadmap_item_tallies" AS t ("parliamentId", "progress", "count")
  SELECT u.pa, u.p, sum(u.n)::int FROM unnest(parliament_ids, progresses, deltas) AS u(pa, p, n)
   GROUP BY u.pa, u.p
  HAVING sum(u.n) <> 0
   ORDER BY u.pa, u.p
  ON CONFLICT ("parliamentId", "progress") DO UPDATE SET "count" = t."count" + EXCLUDED."count";
$$ LANGUAGE sql;

CREATE FUNCTION "roadmap_items_tally"() RETURNS trigger AS $$
DECLARE
  touched TEXT[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "roadmapId") INTO touched FROM new_items;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "roadmapId") INTO touched FROM old_items;
  ELSE
    SELECT array_agg(DISTINCT c."roadmapId") INTO touched
      FROM (SELECT o."roadmapId", n."roadmapId" AS "newRoadmapId" FROM old_items o JOIN new_items n ON n."id" = o."id"
             WHERE (o."progress", o."roadmapId") IS DISTINCT FROM (n."progress", n."roadmapId")) moved
      CROSS JOIN LATERAL (VALUES (moved."roadmapId"), (moved."newRoadmapId")) AS c("roadmapId");
  END IF;
  IF touched IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM "missions" m
    WHERE m."id" IN (SELECT r."missionId" FROM "roadmaps" r WHERE r."id" = ANY (touched))
    ORDER BY m."id" FOR SHARE OF m;
  -- Items whose roadmap was deleted in this transaction are left out, as findings above.
  IF TG_OP = 'INSERT' THEN
    PERFORM "item_tallies_add"(array_agg(m."parliamentId"), array_agg(i."progress"), array_agg(1))
       FROM new_items i JOIN "roadmaps" r ON r."id" = i."roadmapId" JOIN "missions" m ON m."id" = r."missionId";
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "item_tallies_add"(array_agg(m."parliamentId"), array_agg(i."progress"), array_agg(-1))
       FROM old_items i JOIN "roadmaps" r ON r."id" = i."roadmapId" JOIN "missions" m ON m."id" = r."missionId";
  ELSE
    PERFORM "item_tallies_add"(array_agg(m."parliamentId"), array_agg(i."progress"), array_agg(i.n))
       FROM (SELECT "roadmapId", "progress", 1 AS n FROM new_items
             UNION ALL SELECT "roadmapId", "progress", -1 FROM old_items) i
       JOIN "roadmaps" r ON r."id" = i."roadmapId" JOIN "missions" m ON m."id" = r."missionId";
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "roadmap_items_tally_insert" AFTER INSERT ON "roadmap_items"
  REFERENCING NEW TABLE AS new_items FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_items_tally"();
CREATE TRIGGER "roadmap_items_tally_update" AFTER UPDATE ON "roadmap_items"
  REFERENCING OLD TABLE AS old_items NEW TABLE AS new_items FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_items_tally"();
CREATE TRIGGER "roadmap_items_tally_delete" AFTER DELETE ON "roadmap_items"
  REFERENCING OLD TABLE AS old_items FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_items_tally"();

-- ---------------------------------------------------------------------------------------
-- What the app never does but the database allows: the counts follow a mission moved to
-- another parliament or programme, a phase or roadmap moved to another mission, and the
-- deletion of a mission, phase or roadmap (whose findings and items go by cascade, after
-- their parent, where the statement triggers above can no longer see where they counted).
CREATE FUNCTION "mission_tally_rows"(mission_id TEXT, parliament_id TEXT, programme_id TEXT, delta INTEGER) RETURNS void AS $$
  SELECT "finding_tallies_add"(array_agg(parliament_id), array_agg(programme_id), array_agg(f."area"),
                               array_agg(f."severity"), array_agg(delta))
    FROM "findings" f JOIN "phases" p ON p."id" = f."phaseId"
   WHERE p."missionId" = mission_id AND f."status" = 'VALIDATED';
  SELECT "item_tallies_add"(array_agg(parliament_id), array_agg(i."progress"), array_agg(delta))
    FROM "roadmap_items" i JOIN "roadmaps" r ON r."id" = i."roadmapId"
   WHERE r."missionId" = mission_id;
$$ LANGUAGE sql;

CREATE FUNCTION "missions_tally_move"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "mission_tally_rows"(OLD."id", OLD."parliamentId", OLD."programmeId", -1);
    RETURN OLD;
  END IF;
  PERFORM "mission_tally_rows"(OLD."id", OLD."parliamentId", OLD."programmeId", -1);
  PERFORM "mission_tally_rows"(NEW."id", NEW."parliamentId", NEW."programmeId", 1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "missions_tally_move" AFTER UPDATE OF "parliamentId", "programmeId" ON "missions"
  FOR EACH ROW WHEN (OLD."parliamentId" IS DISTINCT FROM NEW."parliamentId" OR OLD."programmeId" IS DISTINCT FROM NEW."programmeId")
  EXECUTE FUNCTION "missions_tally_move"();
CREATE TRIGGER "missions_tally_delete" BEFORE DELETE ON "missions"
  FOR EACH ROW EXECUTE FUNCTION "missions_tally_move"();

CREATE FUNCTION "phases_tally_findings"() RETURNS trigger AS $$
BEGIN
  -- Joined to the mission: in a mission's cascade the mission is gone and took them off.
  PERFORM "finding_tallies_add"(array_agg(m."parliamentId"), array_agg(m."programmeId"), array_agg(f."area"),
                                array_agg(f."severity"), array_agg(-1))
     FROM "findings" f JOIN "missions" m ON m."id" = OLD."missionId"
    WHERE f."phaseId" = OLD."id" AND f."status" = 'VALIDATED';
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  PERFORM "finding_tallies_add"(array_agg(m."parliamentId"), array_agg(m."programmeId"), array_agg(f."area"),
                                array_agg(f."severity"), array_agg(1))
     FROM "findings" f JOIN "missions" m ON m."id" = NEW."missionId"
    WHERE f."phaseId" = NEW."id" AND f."status" = 'VALIDATED';
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "phases_tally_move" AFTER UPDATE OF "missionId" ON "phases"
  FOR EACH ROW WHEN (OLD."missionId" IS DISTINCT FROM NEW."missionId") EXECUTE FUNCTION "phases_tally_findings"();
CREATE TRIGGER "phases_tally_findings_delete" BEFORE DELETE ON "phases"
  FOR EACH ROW EXECUTE FUNCTION "phases_tally_findings"();

CREATE FUNCTION "roadmaps_tally_items"() RETURNS trigger AS $$
BEGIN
  PERFORM "item_tallies_add"(array_agg(m."parliamentId"), array_agg(i."progress"), array_agg(-1))
     FROM "roadmap_items" i JOIN "missions" m ON m."id" = OLD."missionId"
    WHERE i."roadmapId" = OLD."id";
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  PERFORM "item_tallies_add"(array_agg(m."parliamentId"), array_agg(i."progress"), array_agg(1))
     FROM "roadmap_items" i JOIN "missions" m ON m."id" = NEW."missionId"
    WHERE i."roadmapId" = NEW."id";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "roadmaps_tally_move" AFTER UPDATE OF "missionId" ON "roadmaps"
  FOR EACH ROW WHEN (OLD."missionId" IS DISTINCT FROM NEW."missionId") EXECUTE FUNCTION "roadmaps_tally_items"();
CREATE TRIGGER "roadmaps_tally_items_delete" BEFORE DELETE ON "roadmaps"
  FOR EACH ROW EXECUTE FUNCTION "roadmaps_tally_items"();

-- Emptied tables empty their counts (TRUNCATE fires no row or statement DELETE trigger).
CREATE FUNCTION "tallies_truncated"() RETURNS trigger AS $$
BEGIN
  IF TG_TABLE_NAME = 'phases' THEN
    DELETE FROM "phase_status_tallies";
    DELETE FROM "mission_phase_status_tallies";
  ELSIF TG_TABLE_NAME = 'findings' THEN
    DELETE FROM "validated_finding_tallies";
    DELETE FROM "programme_finding_tallies";
  ELSE
    DELETE FROM "roadmap_item_tallies";
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "phases_tally_truncate" AFTER TRUNCATE ON "phases" FOR EACH STATEMENT EXECUTE FUNCTION "tallies_truncated"();
CREATE TRIGGER "findings_tally_truncate" AFTER TRUNCATE ON "findings" FOR EACH STATEMENT EXECUTE FUNCTION "tallies_truncated"();
CREATE TRIGGER "roadmap_items_tally_truncate" AFTER TRUNCATE ON "roadmap_items" FOR EACH STATEMENT EXECUTE FUNCTION "tallies_truncated"();

-- ---------------------------------------------------------------------------------------
-- The counts recomputed from the tables: for the data there now, and for a restored backup
-- (server/src/db/backup.ts restores with the triggers off, and a backup taken before this
-- migration holds no counts at all).
CREATE FUNCTION "dashboard_tallies_rebuild"() RETURNS void AS $$
  DELETE FROM "phase_status_tallies";
  DELETE FROM "mission_phase_status_tallies";
  DELETE FROM "validated_finding_tallies";
  DELETE FROM "programme_finding_tallies";
  DELETE FROM "roadmap_item_tallies";

  INSERT INTO "mission_phase_status_tallies" ("missionId", "status", "phases")
  SELECT "missionId", "status", count(*)::int FROM "phases" GROUP BY "missionId", "status";

  INSERT INTO "phase_status_tallies" ("status", "phases", "missions")
  SELECT "status", sum("phases")::int, count(*)::int FROM "mission_phase_status_tallies" GROUP BY "status";

  INSERT INTO "validated_finding_tallies" ("parliamentId", "area", "severity", "count")
  SELECT m."parliamentId", f."area", f."severity", count(*)::int
    FROM "findings" f JOIN "phases" p ON p."id" = f."phaseId" JOIN "missions" m ON m."id" = p."missionId"
   WHERE f."status" = 'VALIDATED'
   GROUP BY m."parliamentId", f."area", f."severity";

  INSERT INTO "programme_finding_tallies" ("programmeId", "parliamentId", "area", "severity", "count")
  SELECT m."programmeId", m."parliamentId", f."area", f."severity", count(*)::int
    FROM "findings" f JOIN "phases" p ON p."id" = f."phaseId" JOIN "missions" m ON m."id" = p."missionId"
   WHERE f."status" = 'VALIDATED' AND m."programmeId" IS NOT NULL
   GROUP BY m."programmeId", m."parliamentId", f."area", f."severity";

  INSERT INTO "roadmap_item_tallies" ("parliamentId", "progress", "count")
  SELECT m."parliamentId", i."progress", count(*)::int
    FROM "roadmap_items" i JOIN "roadmaps" r ON r."id" = i."roadmapId" JOIN "missions" m ON m."id" = r."missionId"
   GROUP BY m."parliamentId", i."progress";
$$ LANGUAGE sql;

SELECT "dashboard_tallies_rebuild"();
