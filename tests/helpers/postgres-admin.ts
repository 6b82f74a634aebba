// The superuser connection that creates and drops the per-file test databases.
import pg from "pg";

/** The URL of database `name` on the server of `adminUrl` (same user, host and options). */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = "/" + encodeURIComponent(name);
  return url.toString();
}

/** Test databases copied from `template` are named with this prefix and a random suffix. */
export function testDatabasePrefix(template: string): string {
  return template.replace(/^hc_template_/, "hc_test_") + "_";
}

export async function withAdminClient<T>(adminUrl: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string, options: { isTemplate?: boolean } = {}) {
  await withAdminClient(adminUrl, async (client) => {
    if (options.isTemplate) {
      await client.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE false`).catch(() => {});
    }
    // FORCE ends connections a test may have left open (PostgreSQL 13+).
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}
