// A server process for tests/integration/background-start.test.ts, run with tsx: imports the app's server entry
// (app/entry.server.tsx) as the server build does, prints `imported`, and calls startBackgroundWork() only when the
// test writes a line on its stdin, then prints `started`.
import { startBackgroundWork } from "~/entry.server";

console.log("imported");
process.stdin.once("data", () => {
  startBackgroundWork();
  console.log("started");
});
setInterval(() => {}, 2 ** 30); // the jobs' timers do not keep a process alive
