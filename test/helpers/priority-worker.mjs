// A worker for test/serve/thread-priority.test.ts: lowers its own thread's priority with the
// server's function, then reports the nice value the kernel gives this thread and the process's
// main thread (field 19 of /proc/<pid>/task/<tid>/stat).
import { readFileSync, readlinkSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { lowerThisThreadPriority } = await import("../../src/serve/thread-priority.ts");
const { DEFAULT_WORKER_NICE } = await import("../../src/config.ts");
const nice = (path) => Number(readFileSync(path, "utf8").replace(/^.*\) /s, "").split(" ")[16]);
const lowered = lowerThisThreadPriority(DEFAULT_WORKER_NICE);
const self = readlinkSync("/proc/thread-self");
parentPort.postMessage({ lowered, expected: DEFAULT_WORKER_NICE, thread: nice(`/proc/${self}/stat`), main: nice(`/proc/${process.pid}/task/${process.pid}/stat`) });
