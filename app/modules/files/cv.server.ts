// CVs: PDF or DOCX, at most 5 MB, the type read from the file's content (never from its name). They are kept in the
// database (StoredFile.content), so every server process can serve them, and only to those allowed. A DOCX is a
// zip: its directory must promise a sane unpacked size (zip-limits.server.ts).
import { fileTypeFromBuffer } from "file-type";
import { db } from "~/db.server";
import { judgeZip } from "./zip-limits.server";

export const maxCvBytes = 5 * 1024 * 1024;

const allowedTypes: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

export type CheckedCv = { bytes: Uint8Array<ArrayBuffer>; contentType: string; originalName: string };
export type CvProblem = "errors.cvTooBig" | "errors.cvWrongType" | "uploads.cvZipTooLarge" | "uploads.cvZipUnreadable";

/** Checks an uploaded file; an empty file input (no file chosen) gives null. */
export async function checkCv(file: File | null): Promise<CheckedCv | null | { problem: CvProblem }> {
  if (!file || file.size === 0) return null;
  if (file.size > maxCvBytes) return { problem: "errors.cvTooBig" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !(detected.mime in allowedTypes)) return { problem: "errors.cvWrongType" };
  if (allowedTypes[detected.mime] === "docx") {
    const verdict = await judgeZip(bytes);
    if (verdict !== "fits")
      return { problem: verdict === "too-large" ? "uploads.cvZipTooLarge" : "uploads.cvZipUnreadable" };
  }
  const originalName = (file.name || "cv").replace(/[^\p{L}\p{N} ._-]/gu, "_").slice(0, 120);
  return { bytes, contentType: detected.mime, originalName };
}

/** A stored CV's original name, null when there is none (only the name: its content goes through findCvForViewer). */
export async function cvFileName(fileId: string): Promise<string | null> {
  const file = await db.storedFile.findUnique({ where: { id: fileId }, select: { originalName: true } });
  return file?.originalName ?? null;
}
