// A notice's sentence in the reader's language: `notifications.kinds.<KIND>` with the values
// the notice carries (shared/src/notifications.ts). Names, titles and the comment's words
// are people's text in any script: each is isolated (FSI … PDI, any bidirectional control
// in it removed first), so that an Arabic title in an English sentence, or the reverse,
// keeps its own direction and leaves the sentence's alone (docs/security.md).
import type { TFunction } from "i18next";
import type { NotificationKind } from "@hemicycle/shared/enums";
import { notificationKey } from "@hemicycle/shared/notifications";
import { stripBidiControls } from "@hemicycle/shared/text";

/** The values that are people's text; the others are codes and dates the catalogue words. */
const PEOPLES_TEXT = new Set(["actor", "mission", "finding", "roadmap", "subject", "excerpt", "expert", "reason"]);

function isolated(params: unknown): Record<string, unknown> {
  if (params === null || typeof params !== "object" || Array.isArray(params)) return {};
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      PEOPLES_TEXT.has(key) && typeof value === "string" ? `\u2068${stripBidiControls(value)}\u2069` : value,
    ]),
  );
}

export function notificationSentence(t: TFunction, notice: { kind: NotificationKind; params: unknown }): string {
  return t(notificationKey(notice.kind), isolated(notice.params));
}
