// Jobs are taken from clients in turns, so a client with many jobs queued delays another
// client's job by at most one of its own (first come, first served made an ordinary client
// wait behind a whole flood).
import { describe, expect, it } from "vitest";
import { FairQueue } from "../../src/serve/fair-queue.js";

const takeAll = (queue: FairQueue<string>, eligible?: (client: string) => boolean) => {
  const taken: string[] = [];
  for (let job = queue.take(eligible); job !== null; job = queue.take(eligible)) taken.push(job);
  return taken;
};

describe("the fair queue", () => {
  it("takes one job of each waiting client in turn, each client's jobs in order", () => {
    const queue = new FairQueue<string>();
    for (let i = 1; i <= 4; i++) queue.push("flood", `flood-${i}`);
    queue.push("other", "other-1");
    queue.push("other", "other-2");
    expect(queue.size).toBe(6);
    expect(takeAll(queue)).toEqual(["flood-1", "other-1", "flood-2", "other-2", "flood-3", "flood-4"]);
    expect(queue.size).toBe(0);
  });

  it("serves first the client served least recently, so one that arrives later does not wait for the flood", () => {
    const queue = new FairQueue<string>();
    for (let i = 1; i <= 5; i++) queue.push("a", `a${i}`);
    queue.push("b", "b1");
    expect(queue.take()).toBe("a1");
    expect(queue.take()).toBe("b1");
    // "c" arrives while "a" alone waits: "a" has been served, "c" not yet.
    queue.push("c", "c1");
    // "b" comes back: it was served after "a", so "a" goes first, then "b".
    expect(queue.take()).toBe("c1");
    queue.push("b", "b2");
    expect(takeAll(queue)).toEqual(["a2", "b2", "a3", "a4", "a5"]);
  });

  it("passes over a client that may not take a job now, keeping its place", () => {
    const queue = new FairQueue<string>();
    queue.push("busy", "busy-1");
    queue.push("busy", "busy-2");
    queue.push("free", "free-1");
    queue.push("free", "free-2");
    expect(queue.take((client) => client !== "busy")).toBe("free-1");
    expect(queue.take((client) => client !== "busy")).toBe("free-2");
    expect(queue.take((client) => client !== "busy")).toBeNull();
    expect(queue.waiting("busy")).toBe(2);
    expect(takeAll(queue)).toEqual(["busy-1", "busy-2"]);
  });

  it("drains every job", () => {
    const queue = new FairQueue<string>();
    queue.push("a", "a1");
    queue.push("b", "b1");
    queue.push("a", "a2");
    expect(queue.drain().sort()).toEqual(["a1", "a2", "b1"]);
    expect(queue.size).toBe(0);
    expect(queue.take()).toBeNull();
  });
});
