// The outbox in IndexedDB (through `idb`): one database for the browser, every item
// tagged with its user's id and read only for that user. Changes are announced to this
// page (subscribe) and to the app's other tabs (BroadcastChannel), so every badge and
// list shows the same count.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { RouterOutputs } from "../router-types.ts";
import { newClientId } from "../client-id.ts";
import type { NewOutboxItem, OutboxItem } from "./types.ts";
import { announceOutboxChange } from "./changes.ts";

export const OUTBOX_DB = "hemicycle-outbox";

/** Who `auth.session` says is signed in. */
export type SignedInUser = NonNullable<RouterOutputs["auth"]["session"]>;

interface OutboxDb extends DBSchema {
  items: { key: string; value: OutboxItem; indexes: { userId: string } };
  /** The last signed-in user, so that the app shell opens offline (see offline-session.ts). */
  session: { key: string; value: SignedInUser };
}

let opening: Promise<IDBPDatabase<OutboxDb>> | null = null;

export function outboxDb(): Promise<IDBPDatabase<OutboxDb>> {
  opening ??= openDB<OutboxDb>(OUTBOX_DB, 1, {
    upgrade(db) {
      db.createObjectStore("items", { keyPath: "id" }).createIndex("userId", "userId");
      db.createObjectStore("session");
    },
  });
  return opening;
}

/** Closes the connection (tests delete the database between cases). */
export async function closeOutboxDb(): Promise<void> {
  const db = await opening;
  opening = null;
  db?.close();
}

export { subscribeOutbox } from "./changes.ts";

let lastSeq = 0;
function nextSeq(): number {
  lastSeq = Math.max(Date.now(), lastSeq + 1);
  return lastSeq;
}

export type OutboxStore = ReturnType<typeof outboxStore>;

export function outboxStore(userId: string) {
  return {
    userId,
    /** This user's items in sending order. */
    async list(): Promise<OutboxItem[]> {
      const items = await (await outboxDb()).getAllFromIndex("items", "userId", userId);
      return items.sort((a, b) => a.seq - b.seq);
    },

    async add(fresh: NewOutboxItem): Promise<OutboxItem> {
      const item = {
        ...fresh,
        id: newClientId(),
        userId,
        seq: nextSeq(),
        queuedAt: new Date().toISOString(),
        status: "waiting",
        failure: null,
        attempts: 0,
      } as OutboxItem;
      await (await outboxDb()).put("items", item);
      announceOutboxChange();
      return item;
    },

    async update(id: string, patch: Partial<OutboxItem>): Promise<void> {
      const db = await outboxDb();
      const tx = db.transaction("items", "readwrite");
      const item = await tx.store.get(id);
      if (item && item.userId === userId) await tx.store.put({ ...item, ...patch } as OutboxItem);
      await tx.done;
      announceOutboxChange();
    },

    /** Removes an item and, for a queued finding, the files waiting for it. */
    async remove(id: string): Promise<void> {
      const db = await outboxDb();
      const tx = db.transaction("items", "readwrite");
      const item = await tx.store.get(id);
      if (item && item.userId === userId) {
        await tx.store.delete(id);
        if (item.kind === "create") {
          for (const other of await tx.store.index("userId").getAll(userId)) {
            if (other.kind === "file" && "clientId" in other.target && other.target.clientId === item.input.clientId)
              await tx.store.delete(other.id);
          }
        }
      }
      await tx.done;
      announceOutboxChange();
    },

    /** A queued finding reached the server: it leaves, and its files now name the stored finding. */
    async completeCreate(id: string, clientId: string, findingId: string): Promise<void> {
      const db = await outboxDb();
      const tx = db.transaction("items", "readwrite");
      await tx.store.delete(id);
      for (const other of await tx.store.index("userId").getAll(userId)) {
        if (other.kind === "file" && "clientId" in other.target && other.target.clientId === clientId)
          await tx.store.put({ ...other, target: { findingId } });
      }
      await tx.done;
      announceOutboxChange();
    },
  };
}
