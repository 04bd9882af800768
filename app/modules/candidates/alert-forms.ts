import { z } from "zod";

export const createAlertForm = z.object({
  query: z.string().max(2000),
  frequency: z.enum(["daily", "weekly"]),
});
