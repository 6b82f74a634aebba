// PGlite runs in the server's own thread, and a query does no I/O: the promise of one
// query resolves straight into the next caller's, so a backlog of requests runs as one
// long turn of the event loop. Node (libuv ≥ 1.45) accepts one new connection per turn,
// so under load a turn lasted as long as one request of every open connection, and a new
// connection (a /health probe, a browser's second socket, a client that reconnected after
// a timeout) waited seconds in the kernel's queue, up to 20 s, and 2.7 % of the reads of
// `pnpm load` timed out (docs/performance.md, "PGlite against PostgreSQL").
//
// Here every statement sent outside a transaction waits its turn in one queue, which runs
// them back to back for at most `SLICE_MS` (with what their callers do with the answers),
// then lets the event loop take a turn (setImmediate: accept, read sockets, timers) before
// the next slice. Transactions, and the statements inside them, go straight to PGlite,
// which runs a transaction alone: queued statements wait for its end there.
import { AsyncLocalStorage } from "node:async_hooks";
import type { PGlite } from "@electric-sql/pglite";

/** Work of up to this many milliseconds runs between two turns of the event loop. */
export const SLICE_MS = 8;

type Job = {
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  scope: RequestScope | undefined;
};

/**
 * The HTTP request a statement is sent for (http/app.ts enters one for every request on
 * PGlite); `started` is set once one of its statements has been queued.
 */
export type RequestScope = { clientGone: () => boolean; started?: boolean };
export const requestScope = new AsyncLocalStorage<RequestScope>();

/** A request's first statement is not run once its client has closed the connection: no one would read the answer. */
export class ClientGoneError extends Error {
  constructor() {
    super("the client closed the connection before the request's turn");
    this.name = "ClientGoneError";
  }
}

/**
 * A queue that runs its jobs one at a time, in slices of `sliceMs` between event-loop
 * turns. The statements of a request that already ran one go first (in order): a request
 * runs to its end before the requests read after it start (first come, first served, as
 * without the queue), instead of every request's statements taking turns and all of
 * them ending late. Which request a statement belongs to is `requestScope`'s; statements
 * sent outside a request (start-up, seeding, scripts) simply take their turn in order.
 */
export function turnQueue(sliceMs = SLICE_MS) {
  const next: Job[] = [];
  const fresh: Job[] = [];
  let draining = false;
  // When the current slice began: reset only once the event loop has had its turn, never
  // by a new request's first statement, since requests read in one turn of the event loop
  // run one after another (each one's statements ending before the next one's start).
  let sliceStart = Number.NEGATIVE_INFINITY;

  async function drain() {
    let ranThisTurn = false;
    while (next.length || fresh.length) {
      // A turn of the event loop when the slice is spent, and before a request that has not
      // started yet: the answer of the statement just run may still be on its way to its
      // caller (through promise callbacks), and the caller's next statement goes first.
      if (performance.now() - sliceStart >= sliceMs || (ranThisTurn && !next.length)) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
        ranThisTurn = false;
        continue;
      }
      ranThisTurn = true;
      const job = (next.length ? next : fresh).shift()!;
      // Under overload a client that gave up (a timeout) leaves its request in the queue
      // and sends another: work for no one, which would keep the queue from ever draining.
      if (job.scope?.clientGone()) {
        job.reject(new ClientGoneError());
        continue;
      }
      try {
        job.resolve(await job.run());
      } catch (error) {
        job.reject(error);
      }
    }
    draining = false;
  }

  return {
    run<T>(run: () => Promise<T>): Promise<T> {
      const scope = requestScope.getStore();
      const queue = scope?.started ? next : fresh;
      if (scope) scope.started = true;
      return new Promise<T>((resolve, reject) => {
        queue.push({
          run,
          resolve: resolve as (value: unknown) => void,
          reject,
          scope: queue === fresh ? scope : undefined,
        });
        if (!draining) {
          draining = true;
          void drain();
        }
      });
    },
    get waiting() {
      return next.length + fresh.length;
    },
  };
}

/** `pglite` whose query and exec take their turn (what Prisma's adapter and the app call). */
export function withTurns(pglite: PGlite, queue = turnQueue()): PGlite {
  // HC_PGLITE_TURNS=off: PGlite as it was, to measure the difference (docs/performance.md).
  if (process.env.HC_PGLITE_TURNS === "off") return pglite;
  const query: PGlite["query"] = (...args) => queue.run(() => pglite.query(...args));
  const exec: PGlite["exec"] = (...args) => queue.run(() => pglite.exec(...args));
  // A transaction does not wait in the queue: PGlite runs it alone anyway (the statements
  // queued meanwhile wait for its end), and Prisma gives up on a transaction that has not
  // started within 2 s (maxWait), which a queue of requests could exceed.
  // A request that committed a transaction has started: what it writes next is never
  // dropped for a client that left meanwhile (that would leave half of its work done).
  const transaction: PGlite["transaction"] = (callback) => {
    const scope = requestScope.getStore();
    if (scope) scope.started = true;
    return pglite.transaction(callback);
  };
  return new Proxy(pglite, {
    get(target, property) {
      if (property === "query") return query;
      if (property === "exec") return exec;
      if (property === "transaction") return transaction;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
