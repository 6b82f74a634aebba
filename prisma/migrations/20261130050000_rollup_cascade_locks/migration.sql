-- The counters of dashboard_rollups (decision 0020) stay exact when a roadmap, phase or
-- mission is deleted or moved while its items or findings are being changed: the trigger
-- that takes the children's counts off first locks those children (FOR UPDATE, in id
-- order), so a concurrent change of an item's progress or a finding's status either
-- commits before the count is read (which then sees it) or waits until the deletion has
-- happened. Without the lock, an item moved from one progress to another while its
-- roadmap was being deleted was counted off under the progress it had before.

CREATE OR REPLACE FUNCTION "mission_tally_rows"(mission_id TEXT, parliament_id TEXT, programme_id TEXT, delta INTEGER) RETURNS void AS $$
  SELECT 1 FROM "findings" f JOIN "phases" p ON p."id" = f."phaseId"
   WHERE p."missionId" = mission_id ORDER BY f."id" FOR UPDATE OF f;
  SELECT 1 FROM "roadmap_items" i JOIN "roadmaps" r ON r."id" = i."roadmapId"
   WHERE r."missionId" = mission_id ORDER BY i."id" FOR UPDATE OF i;
  SELECT "finding_tallies_add"(array_agg(parliament_id), array_agg(programme_id), array_agg(f."area"),
                               array_agg(f."severity"), array_agg(delta))
    FROM "findings" f JOIN "phases" p ON p."id" = f."phaseId"
   WHERE p."missionId" = mission_id AND f."status" = 'VALIDATED';
  SELECT "item_tallies_add"(array_agg(parliament_id), array_agg(i."progress"), array_agg(delta))
    FROM "roadmap_items" i JOIN "roadmaps" r ON r."id" = i."roadmapId"
   WHERE r."missionId" = mission_id;
$$ LANGUAGE sql;

CREATE OR REPLACE FUNCTION "phases_tally_findings"() RETURNS trigger AS $$
BEGIN
  PERFORM 1 FROM "findings" f WHERE f."phaseId" = OLD."id" ORDER BY f."id" FOR UPDATE;
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

CREATE OR REPLACE FUNCTION "roadmaps_tally_items"() RETURNS trigger AS $$
BEGIN
  PERFORM 1 FROM "roadmap_items" i WHERE i."roadmapId" = OLD."id" ORDER BY i."id" FOR UPDATE;
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
