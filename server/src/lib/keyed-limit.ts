// Concurrency per key (a user, an address): at most `concurrency` tasks of one key run at
// once and the rest wait their turn in order (p-limit's FIFO queue). Each key has its own
// queue, so one key's backlog never delays another key's tasks. A key with `maxWaiting`
// tasks already waiting is refused rather than queued without bound, and a key's queue is
// dropped once it has no task left, so the map holds only keys with work in progress.
import { setImmediate as afterPendingIo } from "node:timers/promises";
import pLimit, { type LimitFunction } from "p-limit";

export type KeyedLimit = {
  /** Runs `task` in `key`'s turn; throws the refusal when `maxWaiting` tasks of that key already wait. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** How many keys have work running or waiting. */
  readonly keyCount: number;
};

type Queue = { limit: LimitFunction; tasks: number };

export function keyedLimit(options: { concurrency: number; maxWaiting: number; refusal: () => Error }): KeyedLimit {
  const queues = new Map<string, Queue>();
  return {
    async run(key, task) {
      let queue = queues.get(key);
      if (!queue) {
        queue = { limit: pLimit(options.concurrency), tasks: 0 };
        queues.set(key, queue);
      }
      if (queue.limit.pendingCount >= options.maxWaiting) throw options.refusal();
      // A task that waits is started by the end of the one before it, in the same chain of
      // promises; work that never waits on the network (PGlite runs in this thread) would
      // then hold the event loop until the whole backlog is done, and another key's request
      // could not even be read. Such a task starts after pending I/O instead.
      const waits = queue.limit.activeCount + queue.limit.pendingCount >= options.concurrency;
      // Counted here rather than read from p-limit, whose own count drops a tick after
      // the caller has its answer.
      queue.tasks++;
      try {
        return await queue.limit(waits ? () => afterPendingIo().then(task) : task);
      } finally {
        queue.tasks--;
        if (queue.tasks === 0 && queues.get(key) === queue) queues.delete(key);
      }
    },
    get keyCount() {
      return queues.size;
    },
  };
}
