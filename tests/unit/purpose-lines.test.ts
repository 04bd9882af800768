// Every route and component file opens with a comment saying what it is for (issue 16, item 9), so that the next
// engineer reads the purpose of a file before its imports.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const folders = ["app/routes", "app/components"];

/** The files of a folder, and of its subfolders, whose first line is not a `//` or `/**` comment. */
function withoutPurposeLine(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, encoding: "utf8" }).flatMap((name) => {
    const file = path.join(folder, name);
    if (!/\.(ts|tsx|js|jsx|mjs)$/.test(name) || !fs.statSync(file).isFile()) return [];
    const firstLine = fs.readFileSync(file, "utf8").split("\n", 1)[0].trim();
    return firstLine.startsWith("//") || firstLine.startsWith("/**") ? [] : [file];
  });
}

describe("purpose lines", () => {
  it.each(folders)("every file in %s opens with a comment saying what it is for", (folder) => {
    expect(withoutPurposeLine(folder)).toEqual([]);
  });

  it("finds the files it checks", () => {
    for (const folder of folders) expect(fs.readdirSync(folder).length).toBeGreaterThan(10);
  });
});
