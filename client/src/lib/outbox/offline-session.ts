// The last signed-in user, kept beside the outbox so that the app shell opens without a
// connection (the shell's loader cannot ask the server who is signed in). Only who the
// user is, as `auth.session` answered it; forgotten on signing out.
import { outboxDb, type SignedInUser } from "./store.ts";

const KEY = "actor";

export async function rememberSignedInUser(actor: SignedInUser): Promise<void> {
  try {
    await (await outboxDb()).put("session", actor, KEY);
  } catch {
    // No IndexedDB (a private window in some browsers): the app only does not open offline.
  }
}

export async function rememberedSignedInUser(): Promise<SignedInUser | null> {
  try {
    return (await (await outboxDb()).get("session", KEY)) ?? null;
  } catch {
    return null;
  }
}

export async function forgetSignedInUser(): Promise<void> {
  try {
    await (await outboxDb()).delete("session", KEY);
  } catch {
    // Nothing was kept.
  }
}
