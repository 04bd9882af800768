// The check that no two capability folders of app/modules use each other (scripts/check-capabilities.mjs, run by
// npm test; decision 0034): it passes on the tree as it is, and fails on a small tree with a circle, direct or longer,
// type-only or through a relative import, and on the real tree with one edge added.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { capabilityCycles, capabilityGraph, knownEdges, withoutKnownEdges } from "../../scripts/check-capabilities.mjs";

const script = path.resolve("scripts/check-capabilities.mjs");
const trees: string[] = [];

/** A throw-away app folder: { "modules/a/x.ts": "source", … }; returns its modules folder. */
function tree(files: Record<string, string>): string {
  const app = fs.mkdtempSync(path.join(os.tmpdir(), "capabilities-"));
  trees.push(app);
  for (const [file, source] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(app, file)), { recursive: true });
    fs.writeFileSync(path.join(app, file), source);
  }
  return path.join(app, "modules");
}

afterAll(() => {
  for (const app of trees) fs.rmSync(app, { recursive: true, force: true });
});

describe("capability circles", () => {
  it("finds none in app/modules, with no edge left out, and the command says so", () => {
    expect(knownEdges).toEqual([]);
    expect(capabilityCycles(capabilityGraph(path.resolve("app/modules")))).toEqual([]);
    const run = spawnSync(process.execPath, [script], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/No circle/);
  });

  it("fails on app/modules with one more edge: i18n using the pipeline", () => {
    const graph = capabilityGraph(path.resolve("app/modules"));
    graph.get("i18n")!.set("pipeline", "injected");
    const cycles = capabilityCycles(graph);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toEqual(expect.arrayContaining(["i18n", "pipeline"]));
  });

  it("fails on two folders that import each other, one through a relative path, and names the imports", () => {
    const modules = tree({
      "modules/a/x.ts": 'import { y } from "~/modules/b/y";\nexport const x = y;\n',
      "modules/b/y.ts": 'import { z } from "../a/z";\nexport const y = z;\n',
      "modules/a/z.ts": "export const z = 1;\n",
      "modules/c/w.ts": 'import { x } from "~/modules/a/x";\nexport const w = x;\n',
    });
    expect(capabilityCycles(capabilityGraph(modules))).toEqual([["a", "b"]]);
    const run = spawnSync(process.execPath, [script, modules], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("circle between a, b");
    expect(run.stderr).toContain('modules/b/y.ts imports "../a/z"');
  });

  it("fails on a longer circle made by a type-only import and a root file, with no file-level circle", () => {
    const modules = tree({
      "modules/a/x.ts": 'import type { Y } from "~/modules/b/y";\nexport type X = Y;\n',
      "modules/b/y.ts": 'import { j } from "~/modules/jobs.server";\nexport type Y = typeof j;\n',
      "modules/jobs.server.ts": 'import { z } from "~/modules/a/z";\nexport const j = z;\n',
      "modules/a/z.ts": "export const z = 1;\n",
    });
    expect(capabilityCycles(capabilityGraph(modules))).toEqual([["a", "b", "jobs"]]);
  });

  it("lets a folder's files use each other, and a lower folder serve several", () => {
    const modules = tree({
      "modules/a/x.ts":
        'import { y } from "./y";\nimport { v } from "~/modules/vocabulary/v";\nexport const x = y + v;\n',
      "modules/a/y.ts": 'import { x } from "./x";\nexport const y = () => x;\n',
      "modules/b/w.ts":
        'import { v } from "~/modules/vocabulary/v";\nimport { x } from "~/modules/a/x";\nexport const w = [v, x];\n',
      "modules/vocabulary/v.ts": "export const v = 1;\n",
    });
    expect(capabilityCycles(capabilityGraph(modules))).toEqual([]);
  });

  it("refuses a known edge that is gone, so that the list only shrinks", () => {
    const modules = tree({ "modules/a/x.ts": "export const x = 1;\n" });
    expect(() => withoutKnownEdges(capabilityGraph(modules), [["a", "b"]])).toThrow(/no longer there/);
  });

  it("fails on app/modules with forms using auth again, the circle decision 0034 broke", () => {
    const graph = capabilityGraph(path.resolve("app/modules"));
    expect(graph.get("forms")!.has("auth")).toBe(false);
    graph.get("forms")!.set("auth", "injected");
    expect(capabilityCycles(graph)).toEqual([expect.arrayContaining(["auth", "forms"])]);
  });
});
