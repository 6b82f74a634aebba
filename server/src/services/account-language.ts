// A user's own language (User.language): the screens' and the documents' language,
// chosen from the shell's language menu. Null goes back to following the browser.
// docs/languages.md, "Choosing a language".
import type { Language } from "@hemicycle/shared/languages";
import type { TSetLanguageInput } from "@hemicycle/shared/schemas/auth";
import { lockRows } from "../db/locks.ts";
import type { Db } from "../db/types.ts";
import { recordAudit } from "./audit.ts";
import { storedLanguage, type SessionUser } from "./auth.ts";

/** Stores the caller's language; the log keeps the old and the new one (nothing is written when it is unchanged). */
export async function setLanguage(
  deps: { db: Db; user: SessionUser },
  input: TSetLanguageInput,
): Promise<{ language: Language | null }> {
  return deps.db.$transaction(async (tx) => {
    // Locked first, so that two changes at once each log the language the other left.
    await lockRows(tx, "users", [deps.user.id]);
    const before = await tx.user.findUniqueOrThrow({ where: { id: deps.user.id }, select: { language: true } });
    const previous = storedLanguage(before.language);
    if (previous === input.language) return { language: previous };
    await tx.user.update({ where: { id: deps.user.id }, data: { language: input.language } });
    await recordAudit(tx, deps.user, {
      action: "auth.setLanguage",
      entityType: "user",
      entityId: deps.user.id,
      before: { language: previous },
      after: { language: input.language },
    });
    return { language: input.language };
  });
}
