// What each project's globalSetup hands to its test workers through `provide`/`inject`.
import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Which database `createTestDatabase()` builds for this project. */
    databaseKind: "pglite" | "postgresql";
    /** server-pglite: file holding `dumpDataDir("none")` of a migrated PGlite. */
    pgliteDumpPath: string;
    /** server-postgres: superuser URL for CREATE/DROP DATABASE. */
    postgresAdminUrl: string;
    /** server-postgres: name of the migrated template database. */
    postgresTemplate: string;
  }
}
