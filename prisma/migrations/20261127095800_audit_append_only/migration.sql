-- The audit log is append-only: the database itself refuses to change or delete an
-- event, whatever the application code does. (Written by hand: Prisma's schema has no
-- notion of triggers, so the schema diff ignores them.)
CREATE FUNCTION "audit_events_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "audit_events_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();
