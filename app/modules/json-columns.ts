// Lists stored as JSON text in the database (SQLite has no arrays). Reading is forgiving: anything malformed, or an
// entry that does not fit the schema, is left out instead of breaking the page.
import { z } from "zod";

export function readJsonList<T>(value: string, item: z.ZodType<T>): T[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry) => {
    const result = item.safeParse(entry);
    return result.success ? [result.data] : [];
  });
}

export const textList = (value: string) => readJsonList(value, z.string());
export const missionLanguageList = (value: string) => readJsonList(value, z.object({ code: z.string(), required: z.boolean() }));
export const photoList = (value: string) => readJsonList(value, z.object({ id: z.string(), path: z.string().startsWith("/"), alt: z.string() }));

/** An object stored as JSON text (event details); anything else reads as an empty object. */
export function parseJsonObject(value: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
