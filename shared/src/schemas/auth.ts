import { z } from "zod";
import { languageSchema } from "../languages.ts";
import { zPassword } from "./users.ts";

export const ZLoginInput = z.object({
  email: z.email().trim().toLowerCase().max(254),
  password: z.string().min(1, "enterPassword").max(200),
});
export type TLoginInput = z.infer<typeof ZLoginInput>;

/** Ends one of the caller's own sessions (`auth.revokeSession`). */
export const ZRevokeSessionInput = z.object({ id: z.string().min(1).max(200) });
export type TRevokeSessionInput = z.infer<typeof ZRevokeSessionInput>;

/** The caller changes their own password: the current one is required, the new one follows the password rule. */
export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1, "enterPassword").max(200),
  newPassword: zPassword,
});
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

/** The caller's own language for the screens and their documents; null follows the browser's. */
export const ZSetLanguageInput = z.object({ language: languageSchema.nullable() });
export type TSetLanguageInput = z.infer<typeof ZSetLanguageInput>;
