// The mission page's activity feed: who changed what, when, a page at a time.
import { z } from "zod";
import { zId, zPagination } from "./common.ts";

export const ZMissionActivityInput = z.object({ missionId: zId, ...zPagination.shape });
export type TMissionActivityInput = z.infer<typeof ZMissionActivityInput>;
