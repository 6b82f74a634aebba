// What concerns one user changed: a notification written or read, an export job's
// progress. Told by the database itself (pg_notify from triggers, migration
// notifications_jobs_and_instances) once the change commits, so every instance hears of
// it, and a change rolled back is never told. The event carries only the user it concerns;
// the subscriber reads the rest through that user's scope.

export type UserTopic = "notifications" | "exportJobs";

export type UserEventListener = () => void;

export interface UserEvents {
  /**
   * Calls `listener` each time something of `topic` changed for `userId`, and also after
   * the connection that listens was lost and made again (changes may have been missed:
   * read again). Returns the unsubscribe function.
   */
  subscribe(userId: string, topic: UserTopic, listener: UserEventListener): () => void;
  /**
   * Resolves once the topic is being listened to (its LISTEN in place), or once that
   * failed: a feed that reads after this misses nothing committed since.
   */
  ready?(topic: UserTopic): Promise<void>;
}

/** The channel each topic's trigger notifies on. */
export const USER_TOPIC_CHANNELS: Record<UserTopic, string> = {
  notifications: "hemicycle_notifications",
  exportJobs: "hemicycle_export_jobs",
};

/** Listens on each topic's channel once, and fans its notices out to the subscribers of the user they name. */
export function createUserEvents(
  listen: (channel: string, onNotify: (payload: string) => void, onReconnect?: () => void) => Promise<unknown>,
): UserEvents {
  const listeners = new Map<string, Set<UserEventListener>>();
  const started = new Map<UserTopic, Promise<void>>();
  const keyOf = (userId: string, topic: UserTopic) => `${topic}:${userId}`;
  const start = (topic: UserTopic) => {
    if (started.has(topic)) return started.get(topic)!;
    const everyone = () => {
      for (const [key, set] of listeners) if (key.startsWith(`${topic}:`)) for (const listener of set) listener();
    };
    const listening = listen(
      USER_TOPIC_CHANNELS[topic],
      (userId) => {
        for (const listener of listeners.get(keyOf(userId, topic)) ?? []) listener();
      },
      everyone,
    ).then(
      () => undefined,
      () => void started.delete(topic),
    );
    started.set(topic, listening);
    return listening;
  };
  return {
    ready: (topic) => start(topic),
    subscribe(userId, topic, listener) {
      void start(topic);
      const key = keyOf(userId, topic);
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(key) === set) listeners.delete(key);
      };
    },
  };
}
