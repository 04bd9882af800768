import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const tmpDir = path.join(repoRoot, "tests", ".tmp");
export const templateDatabase = path.join(tmpDir, "template.db");
