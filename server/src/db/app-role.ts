// The role the application connects as in production (docs/security.md, "Audit log"):
// reads and writes the application's tables, but may only add to and read the record
// tables, and owns nothing, so it can neither change the schema nor truncate, nor switch
// the append-only triggers off. The owner (the role that runs the migrations and restores
// backups) runs this after every migration: `pnpm db:app-role` grants on the tables as
// they are now, and installs the job queue's schema as the owner (jobs/runner.ts).
import { JOB_SCHEMA } from "../jobs/queue.ts";

/** The tables the app may only insert into and read. The three review records are also
 * deleted by the cascade of deleting their finding or roadmap, which PostgreSQL runs with
 * the table owner's rights, so the app needs no DELETE on them either. */
export const APPEND_ONLY_TABLES = ["audit_events", "finding_review_notes", "roadmap_revisions", "review_decisions"];

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * The statements that create (or update) `role` and set its rights on the current
 * database's `public` schema. Idempotent: run again after a migration, it grants on the new
 * tables and takes back anything granted since.
 */
export function appRoleStatements(role: string, options: { password?: string | null } = {}): string[] {
  if (!IDENTIFIER.test(role)) throw new Error(`Not a plain role name: ${role}`);
  const tables = APPEND_ONLY_TABLES.map((t) => `"${t}"`).join(", ");
  return [
    `DO $$ BEGIN
       IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${literal(role)}) THEN
         CREATE ROLE "${role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
       END IF;
     END $$`,
    ...(options.password ? [`ALTER ROLE "${role}" WITH LOGIN PASSWORD ${literal(options.password)}`] : []),
    `DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO "${role}"', current_database()); END $$`,
    // Nothing created in the schema (PostgreSQL 15 already refuses PUBLIC; older ones do not).
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `REVOKE ALL ON SCHEMA public FROM "${role}"`,
    `GRANT USAGE ON SCHEMA public TO "${role}"`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "${role}"`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${role}"`,
    `REVOKE UPDATE, DELETE ON ${tables} FROM "${role}"`,
    // Migrations are the owner's: the app only reads which ones are applied (/ready).
    `REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM "${role}"`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "${role}"`,
    // The job queue's schema (jobs/runner.ts), installed with its queues by the owner
    // (installJobSchema): the app reads and writes its rows and calls its functions, and
    // creates nothing there either.
    `DO $$ BEGIN
       IF EXISTS (SELECT FROM pg_namespace WHERE nspname = ${literal(JOB_SCHEMA)}) THEN
         REVOKE ALL ON SCHEMA "${JOB_SCHEMA}" FROM "${role}";
         GRANT USAGE ON SCHEMA "${JOB_SCHEMA}" TO "${role}";
         REVOKE ALL ON ALL TABLES IN SCHEMA "${JOB_SCHEMA}" FROM "${role}";
         GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${JOB_SCHEMA}" TO "${role}";
         GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA "${JOB_SCHEMA}" TO "${role}";
       END IF;
     END $$`,
  ];
}
