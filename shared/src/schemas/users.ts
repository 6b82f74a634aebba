import { z } from "zod";
import { ROLES, type Role } from "../enums.ts";
import { zId, zPagination, zRequiredText, zSearch, zVersion } from "./common.ts";

export const ZUserListInput = zPagination.extend({ search: zSearch, role: z.enum(ROLES).optional() });
export type TUserListInput = z.infer<typeof ZUserListInput>;

/** The password rule: every password set in Hemicycle (by an admin or by its owner). */
export const zPassword = z.string().min(12).max(200);

/**
 * The records an account of this role is tied to: parliament staff to their parliament
 * (required), an expert to their directory record (optional), other roles to neither.
 */
export function recordsOfRole(role: Role | "" | undefined): { parliament: boolean; expert: boolean } {
  return { parliament: role === "PARLIAMENT_STAFF", expert: role === "EXPERT" };
}

/** Parliament staff belong to a parliament: `.refine(...staffBelongToAParliament)` on a schema with both fields. */
export const staffBelongToAParliament: [
  (v: { role?: string; parliamentId?: string | null }) => boolean,
  { message: string; path: string[] },
] = [
  (v) => v.role !== "PARLIAMENT_STAFF" || !!v.parliamentId,
  { message: "staffNeedParliament", path: ["parliamentId"] },
];

export const ZCreateUserInput = z
  .object({
    name: zRequiredText(200),
    email: z.email().trim().toLowerCase().max(254),
    password: zPassword,
    role: z.enum(ROLES),
    parliamentId: zId.nullish(),
    expertId: zId.nullish(),
  })
  .refine(...staffBelongToAParliament);
export type TCreateUserInput = z.infer<typeof ZCreateUserInput>;

export const ZUpdateUserInput = z.object({
  id: zId,
  version: zVersion,
  name: zRequiredText(200).optional(),
  role: z.enum(ROLES).optional(),
  parliamentId: zId.nullish(),
  expertId: zId.nullish(),
  active: z.boolean().optional(),
  /** A new password set by the admin (e.g. for a user who lost theirs); ends the user's sessions. */
  password: zPassword.optional(),
});
export type TUpdateUserInput = z.infer<typeof ZUpdateUserInput>;
