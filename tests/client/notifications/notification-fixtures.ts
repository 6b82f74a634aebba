// Notices as `notifications.list` answers them, typed by the router's own output, and a
// stand-in for the notification procedures over the tRPC wire (serveTrpc): the list pages
// by cursor, unreadOnly filters, markRead and markAllRead change what later calls answer.
import type { NotificationItem } from "../../../client/src/features/notifications/api/notifications.ts";
import { Refusal, serveTrpc } from "../roadmaps/review-fixtures.ts";

// Ages are counted from when the tests start, so "2 minutes ago" reads as such.
const NOW = Date.now();
export const minutesAgo = (minutes: number) => new Date(NOW - minutes * 60_000);

export function notice(overrides: Partial<NotificationItem> & Pick<NotificationItem, "id">): NotificationItem {
  return {
    kind: "FINDING_VALIDATED",
    params: { actor: "Amina Diallo", finding: "No backup of the voting system", mission: "SADC-ZMB-2026" },
    link: "/findings/f-1",
    readAt: null,
    createdAt: minutesAgo(5),
    ...overrides,
  } as NotificationItem;
}

/** Three notices: a phase assignment (unread), a validated finding (unread), a reminder (read). */
export function threeNotices(): NotificationItem[] {
  return [
    notice({
      id: "n-assigned",
      kind: "PHASE_ASSIGNED",
      params: {
        actor: "Carlos Mendes",
        mission: "SADC-ZMB-2026",
        phaseKind: "ASSESSMENT",
        role: "LEAD",
        startDate: "2027-03-01",
        endDate: "2027-03-12",
      },
      link: "/missions/m-1",
      createdAt: minutesAgo(2),
    }),
    notice({ id: "n-validated", createdAt: minutesAgo(90) }),
    notice({
      id: "n-due",
      kind: "REPORT_DUE_SOON",
      params: { mission: "SADC-ZMB-2026", phaseKind: "ASSESSMENT", dueDate: "2026-12-02" },
      link: "/missions/m-1",
      readAt: minutesAgo(60),
      createdAt: minutesAgo(60 * 30),
    }),
  ];
}

type Preferences = { kinds: string[]; emailConfigured: boolean };

/** Serves the notification procedures from `notices` (newest first), changing them as marked read. */
export function serveNotifications(
  notices: NotificationItem[],
  options: { preferences?: Preferences; failList?: boolean } = {},
) {
  let rows = notices.map((n) => ({ ...n }));
  let preferences: Preferences = options.preferences ?? { kinds: [], emailConfigured: true };
  const unread = () => rows.filter((n) => n.readAt === null).length;
  const calls = serveTrpc({
    "notifications.unreadCount": () => ({ unread: unread() }),
    "notifications.list": (input: { cursor?: string | null; limit: number; unreadOnly?: boolean }) => {
      if (options.failList) throw new Refusal("INTERNAL_SERVER_ERROR", { code: "internal" });
      const shown = rows.filter((n) => !input.unreadOnly || n.readAt === null);
      const start = input.cursor ? shown.findIndex((n) => n.id === input.cursor) + 1 : 0;
      const items = shown.slice(start, start + input.limit);
      const more = start + input.limit < shown.length;
      return { items, nextCursor: more ? items.at(-1)!.id : null };
    },
    "notifications.markRead": (input: { ids: string[] }) => {
      const marked = rows.filter((n) => input.ids.includes(n.id) && n.readAt === null).length;
      rows = rows.map((n) => (input.ids.includes(n.id) && n.readAt === null ? { ...n, readAt: new Date(NOW) } : n));
      return { marked, unread: unread() };
    },
    "notifications.markAllRead": () => {
      const marked = unread();
      rows = rows.map((n) => (n.readAt === null ? { ...n, readAt: new Date(NOW) } : n));
      return { marked, unread: 0 };
    },
    "notifications.emailPreferences": () => preferences,
    "notifications.setEmailPreferences": (input: { kinds: string[] }) => {
      preferences = { ...preferences, kinds: input.kinds };
      return preferences;
    },
  });
  return { calls, rows: () => rows, preferences: () => preferences };
}
