// Where a server's CPU went, from a `node --cpu-prof` profile (docs/decisions/0036-per-request-work.md): self time per
// package (node_modules/<package>, node core, the app's build, GC), the functions with the most self time, and the app's
// own functions (those in build/server/) by self and by inclusive time. Shares are of the busy time (idle left out).
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/server.mjs      (with the bench's environment: bench/app.mjs)
//   … load it, stop it with SIGTERM (the profile is written on exit) …
//   node scripts/bench/cpuprofile-summary.mjs /tmp/prof/CPU.*.cpuprofile [how many lines, default 15]
import fs from "node:fs";

const [file, count = "15"] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/bench/cpuprofile-summary.mjs <file.cpuprofile> [lines]");
  process.exit(2);
}
const top = Number(count);
const profile = JSON.parse(fs.readFileSync(file, "utf8"));

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const selfMs = new Map();
profile.samples.forEach((id, index) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));

const inBuild = (url) => url.includes("/build/server/");
function packageOf({ functionName, url }) {
  if (functionName.startsWith("(")) return functionName; // (garbage collector), (program), (idle)
  if (!url) return "(native)";
  if (inBuild(url)) return "the app's build";
  if (url.startsWith("node:")) return "node core";
  return url.match(/node_modules\/((@[^/]+\/)?[^/]+)/)?.[1] ?? url;
}
const functionName = ({ functionName: name, url, lineNumber }) =>
  `${name || "(anonymous)"} ${url.replace(/^.*\/(node_modules\/)?/, "")}:${lineNumber + 1}`;

const byPackage = new Map();
const byFunction = new Map();
const ownSelf = new Map();
const ownInclusive = new Map();
let busy = 0;
for (const node of profile.nodes) {
  const ms = selfMs.get(node.id) ?? 0;
  if (ms === 0 || node.callFrame.functionName === "(idle)") continue;
  busy += ms;
  const frame = node.callFrame;
  byPackage.set(packageOf(frame), (byPackage.get(packageOf(frame)) ?? 0) + ms);
  byFunction.set(functionName(frame), (byFunction.get(functionName(frame)) ?? 0) + ms);
  if (inBuild(frame.url)) ownSelf.set(functionName(frame), (ownSelf.get(functionName(frame)) ?? 0) + ms);
  // inclusive: every function of ours on the stack, once per stack even when it recurses
  const seen = new Set();
  for (let id = node.id; id !== undefined; id = parentOf.get(id)) {
    const { callFrame } = nodes.get(id);
    if (!inBuild(callFrame.url) || seen.has(functionName(callFrame))) continue;
    seen.add(functionName(callFrame));
    ownInclusive.set(functionName(callFrame), (ownInclusive.get(functionName(callFrame)) ?? 0) + ms);
  }
}

function print(title, totals) {
  console.log(`\n${title}`);
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * ms) / busy).toFixed(1).padStart(6)} % ${ms.toFixed(0).padStart(7)} ms  ${name}`);
}
console.log(`busy ${busy.toFixed(0)} ms (shares below are of this)`);
print("Self time by package", byPackage);
print("Functions with the most self time", byFunction);
print("The app's own functions (build/server), self time", ownSelf);
print("The app's own functions (build/server), inclusive time", ownInclusive);
