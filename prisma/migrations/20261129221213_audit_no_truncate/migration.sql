-- The append-only and immutable tables refuse TRUNCATE too: a row trigger does not fire
-- on TRUNCATE, so without these one statement (or a TRUNCATE … CASCADE of a table they
-- reference) would empty them whatever the UPDATE/DELETE triggers say. (Written by
-- hand: Prisma's schema has no notion of triggers.)
CREATE TRIGGER "audit_events_no_truncate"
  BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_append_only"();

CREATE TRIGGER "finding_review_notes_no_truncate"
  BEFORE TRUNCATE ON "finding_review_notes"
  FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_record_immutable"();

CREATE TRIGGER "roadmap_revisions_no_truncate"
  BEFORE TRUNCATE ON "roadmap_revisions"
  FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_record_immutable"();

CREATE TRIGGER "review_decisions_no_truncate"
  BEFORE TRUNCATE ON "review_decisions"
  FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_record_immutable"();
