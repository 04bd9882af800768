// CVs: PDF or DOCX, at most 5 MB, the type read from the file's content (never from its name), kept outside
// public/ under a generated name.
import { fileTypeFromBuffer } from "file-type";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "~/env.server";
import { randomToken } from "~/modules/security/tokens.server";

export const maxCvBytes = 5 * 1024 * 1024;

const allowedTypes: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

export type CheckedCv = { bytes: Uint8Array; contentType: string; originalName: string };
export type CvProblem = "errors.cvTooBig" | "errors.cvWrongType";

/** Checks an uploaded file; an empty file input (no file chosen) gives null. */
export async function checkCv(file: File | null): Promise<CheckedCv | null | { problem: CvProblem }> {
  if (!file || file.size === 0) return null;
  if (file.size > maxCvBytes) return { problem: "errors.cvTooBig" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !(detected.mime in allowedTypes)) return { problem: "errors.cvWrongType" };
  const originalName = (file.name || "cv").replace(/[^\p{L}\p{N} ._-]/gu, "_").slice(0, 120);
  return { bytes, contentType: detected.mime, originalName };
}

function uploadsDir() {
  return path.join(env.dataDir, "uploads");
}

/** Writes the file under a generated name and returns that name. */
export async function storeUpload(bytes: Uint8Array): Promise<string> {
  await fs.mkdir(uploadsDir(), { recursive: true });
  const storageName = randomToken();
  await fs.writeFile(path.join(uploadsDir(), storageName), bytes, { mode: 0o600 });
  return storageName;
}

export async function readUpload(storageName: string): Promise<Buffer> {
  if (!/^[\w-]+$/.test(storageName)) throw new Error("bad storage name");
  return fs.readFile(path.join(uploadsDir(), storageName));
}

export async function removeUpload(storageName: string) {
  await fs.rm(path.join(uploadsDir(), storageName), { force: true });
}
