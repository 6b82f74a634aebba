import { z } from "zod";

export const ZLoginInput = z.object({
  email: z.email("Enter a valid e-mail address").trim().toLowerCase().max(254),
  password: z.string().min(1, "Enter your password").max(200),
});
export type TLoginInput = z.infer<typeof ZLoginInput>;
