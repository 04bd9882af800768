// Fails when two capability folders of app/modules use each other, directly or around a longer circle (issue 16,
// decision 0034). A capability is a folder of app/modules, or a file directly in it (background-jobs.server.ts is
// its own node); every import between two of them, type-only ones included, is an edge. File-level circles inside
// one folder are allowed. Usage: node scripts/check-capabilities.mjs [modules folder]; prints each circle with one
// import that makes each of its steps.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const sourceFile = /\.(ts|tsx|mts|mjs|js)$/;

function walk(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return walk(full);
    return sourceFile.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The capability a path inside the modules folder belongs to: its first segment, without the file extension. */
function capabilityOf(modulesDir, file) {
  const first = path.relative(modulesDir, file).split(path.sep)[0];
  return first.replace(/(\.(ts|tsx|mts|mjs|js))$/, "").replace(/\.(server|client)$/, "");
}

/** Where an import specifier points inside the modules folder, or null when it points elsewhere. */
function target(modulesDir, appDir, from, specifier) {
  let resolved;
  if (specifier.startsWith("~/")) resolved = path.join(appDir, specifier.slice(2));
  else if (specifier.startsWith(".")) resolved = path.resolve(path.dirname(from), specifier);
  else return null;
  const relative = path.relative(modulesDir, resolved);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return null;
  return resolved;
}

/**
 * The capability graph of a modules folder: for each capability, the capabilities it imports and, for each, one
 * file and specifier that does. `appDir` is what `~/` stands for (the modules folder's parent by default).
 */
export function capabilityGraph(modulesDir, appDir = path.dirname(modulesDir)) {
  const graph = new Map();
  for (const file of walk(modulesDir)) {
    const from = capabilityOf(modulesDir, file);
    if (!graph.has(from)) graph.set(from, new Map());
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    for (const { fileName } of importedFiles) {
      const resolved = target(modulesDir, appDir, file, fileName);
      if (!resolved) continue;
      const to = capabilityOf(modulesDir, resolved);
      if (to === from || graph.get(from).has(to)) continue;
      graph.get(from).set(to, `${path.relative(appDir, file)} imports "${fileName}"`);
    }
  }
  return graph;
}

/**
 * Edges left out of the check, each with why and the way out; the check fails once one is no longer there, so the
 * list only shrinks. Empty since forms → auth went (a refused form's language is found by
 * request-gate/read-form.server.ts, above both); a new entry needs a reason in decision 0034.
 */
export const knownEdges = [];

/** The graph without the known edges; throws when one of them is gone (take it out of knownEdges). */
export function withoutKnownEdges(graph, known = knownEdges) {
  const copy = new Map([...graph].map(([from, to]) => [from, new Map(to)]));
  for (const [from, to] of known) {
    if (!copy.get(from)?.delete(to))
      throw new Error(`${from} → ${to} is listed in knownEdges but no longer there: remove it from the list.`);
  }
  return copy;
}

/** Every strongly connected group of more than one capability (Tarjan), each sorted, in a stable order. */
export function capabilityCycles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) !== index.get(node)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups.sort((a, b) => a[0].localeCompare(b[0]));
}

/** One readable line per edge inside each circle, so the fix can start from an import. */
export function describeCycles(graph, cycles) {
  return cycles.map((group) => {
    const members = new Set(group);
    const edges = group.flatMap((from) =>
      [...(graph.get(from) ?? [])].filter(([to]) => members.has(to)).map(([to, why]) => `    ${from} → ${to}: ${why}`),
    );
    return `  circle between ${group.join(", ")}:\n${edges.join("\n")}`;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const modulesDir = path.resolve(
    process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "app", "modules"),
  );
  const graph = withoutKnownEdges(capabilityGraph(modulesDir), process.argv[2] ? [] : knownEdges);
  const cycles = capabilityCycles(graph);
  if (cycles.length === 0) {
    console.log(
      `No circle between the ${graph.size} capabilities of ${path.relative(process.cwd(), modulesDir) || "."}.`,
    );
  } else {
    console.error(`Capabilities that use each other (README, "Which capability may use which"; decision 0034):`);
    console.error(describeCycles(graph, cycles).join("\n"));
    process.exit(1);
  }
}
