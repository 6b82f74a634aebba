// LISTEN for both databases (Database.listen). On PostgreSQL one dedicated connection per
// process listens on every channel this process cares about, and is made again (with a
// growing pause) when it is lost; on PGlite the database is in this process and tells its
// own listeners.
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

type Handlers = { onNotify: (payload: string) => void; onReconnect?: () => void };

const quoted = (channel: string) => `"${channel.replaceAll('"', '""')}"`;

export function pgliteListener(pglite: PGlite) {
  return async (channel: string, onNotify: (payload: string) => void) => {
    const stop = await pglite.listen(channel, onNotify);
    return async () => {
      if (!pglite.closed) await stop();
    };
  };
}

export function pgListener(url: string) {
  const channels = new Map<string, Set<Handlers>>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;
  let retryMs = 250;

  async function connect(): Promise<pg.Client> {
    const next = new pg.Client({ connectionString: url, application_name: "hemicycle-listen" });
    next.on("notification", (message) => {
      for (const handlers of channels.get(message.channel) ?? []) handlers.onNotify(message.payload ?? "");
    });
    next.on("error", () => lost(next));
    next.on("end", () => lost(next));
    await next.connect();
    for (const channel of channels.keys()) await next.query(`LISTEN ${quoted(channel)}`);
    client = next;
    retryMs = 250;
    return next;
  }

  function lost(which: pg.Client) {
    if (client !== which || closed) return;
    client = null;
    const reconnect = () => {
      if (closed) return;
      connecting = connect()
        .then((made) => {
          for (const set of channels.values()) for (const handlers of set) handlers.onReconnect?.();
          return made;
        })
        .catch((error: unknown) => {
          retryMs = Math.min(retryMs * 2, 10_000);
          setTimeout(reconnect, retryMs).unref();
          throw error;
        })
        .finally(() => (connecting = null));
      connecting.catch(() => undefined);
    };
    setTimeout(reconnect, retryMs).unref();
  }

  async function ready(): Promise<pg.Client> {
    if (client) return client;
    connecting ??= connect().finally(() => (connecting = null));
    return connecting;
  }

  return {
    async listen(channel: string, onNotify: (payload: string) => void, onReconnect?: () => void) {
      const handlers: Handlers = { onNotify, onReconnect };
      const set = channels.get(channel) ?? new Set();
      const first = set.size === 0;
      set.add(handlers);
      channels.set(channel, set);
      const connection = await ready();
      if (first) await connection.query(`LISTEN ${quoted(channel)}`);
      return async () => {
        set.delete(handlers);
        if (set.size > 0 || channels.get(channel) !== set) return;
        channels.delete(channel);
        if (client) await client.query(`UNLISTEN ${quoted(channel)}`).catch(() => undefined);
      };
    },
    async close() {
      closed = true;
      channels.clear();
      const open = client;
      client = null;
      await open?.end().catch(() => undefined);
    },
  };
}
