// Lists stored as JSON text in the database (SQLite has no arrays). Reading is forgiving: anything malformed, or an
// entry that does not fit the schema, is left out instead of breaking the page.
import { z } from "zod";

export function readJsonList<T>(value: string, item: z.ZodType<T>): T[] {
  const parsed = parseJson(value);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry) => {
    const result = item.safeParse(entry);
    return result.success ? [result.data] : [];
  });
}

/** Hand-written checks for the two lists read hundreds of times per ranking, where a schema per entry costs more than the ranking. */
export function textList(value: string): string[] {
  const parsed = parseJson(value);
  return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === "string") : [];
}

export function missionLanguageList(value: string): { code: string; required: boolean }[] {
  const parsed = parseJson(value);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: unknown) => {
    const candidate = entry as { code?: unknown; required?: unknown } | null;
    return candidate && typeof candidate.code === "string" && typeof candidate.required === "boolean"
      ? [{ code: candidate.code, required: candidate.required }]
      : [];
  });
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

const photoSchema = z.object({ id: z.string(), path: z.string().startsWith("/"), alt: z.string() });
export const photoList = (value: string) => readJsonList(value, photoSchema);

/** An object stored as JSON text (event details); anything else reads as an empty object. */
export function parseJsonObject(value: string): Record<string, unknown> {
  const parsed = parseJson(value);
  return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
}
