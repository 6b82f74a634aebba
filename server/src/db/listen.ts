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
  /** Per channel, its LISTEN on the current connection: a second listener waits for the first's. */
  const listening = new Map<string, Promise<void>>();
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
    listening.clear();
    for (const channel of channels.keys()) listening.set(channel, Promise.resolve());
    client = next;
    retryMs = 250;
    return next;
  }

  function lost(which: pg.Client) {
    if (client !== which || closed) return;
    client = null;
    listening.clear();
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
      try {
        const connection = await ready();
        // Resolves once LISTEN is in place, whoever asked for it first: a notice committed
        // after this resolves is heard.
        let done = listening.get(channel);
        if (!done || first) {
          done = connection.query(`LISTEN ${quoted(channel)}`).then(() => undefined);
          listening.set(channel, done);
          done.catch(() => listening.get(channel) === done && listening.delete(channel));
        }
        await done;
      } catch (error) {
        set.delete(handlers);
        if (set.size === 0 && channels.get(channel) === set) channels.delete(channel);
        throw error;
      }
      return async () => {
        set.delete(handlers);
        if (set.size > 0 || channels.get(channel) !== set) return;
        channels.delete(channel);
        listening.delete(channel);
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
