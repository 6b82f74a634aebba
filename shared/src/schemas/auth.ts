import { z } from "zod";

export const ZLoginInput = z.object({
  email: z.email().trim().toLowerCase().max(254),
  password: z.string().min(1, "enterPassword").max(200),
});
export type TLoginInput = z.infer<typeof ZLoginInput>;
