import { z } from "zod";

/** The command palette's question: a few letters of a mission, parliament or expert. */
export const ZGlobalSearchInput = z.object({ q: z.string().trim().min(1).max(100) });
export type TGlobalSearchInput = z.infer<typeof ZGlobalSearchInput>;

/** At most this many of each kind come back. */
export const GLOBAL_SEARCH_LIMIT = 5;
