// The listening thread answers /healthz and admits requests; the workers run the queries. When
// every worker is busy and the machine has as many busy threads as cores, the kernel shares the
// cores evenly and the listening thread waits its turn behind queries it only hands on, so a
// health check could take as long as a scheduler slice per busy worker. Workers therefore run
// at a lower priority (a higher nice value) than the thread that listens: CPU goes to queries
// whenever the listening thread has nothing to do, and to the listening thread as soon as it has.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";

/**
 * Lowers the priority of the calling thread only. Linux schedules threads as tasks of their own,
 * and setpriority(2) given a thread id changes that thread alone; /proc/thread-self names the
 * calling thread's id. Elsewhere (no /proc) it does nothing and says so by returning false.
 */
export function lowerThisThreadPriority(nice: number): boolean {
  if (nice === 0) return false;
  let tid: number;
  try {
    tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
  } catch {
    return false;
  }
  if (!Number.isInteger(tid) || tid <= 0) return false;
  try {
    setPriority(tid, nice);
    return true;
  } catch {
    // A container may forbid it; the server still works, only without the preference.
    return false;
  }
}
