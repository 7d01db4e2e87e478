// Jobs waiting for a worker, taken from their clients in turns: the next job is the oldest
// of the waiting client served least recently. A client with a hundred requests queued
// delays another client's next request by at most one of them per worker, not by the
// hundred (first come, first served made an ordinary client wait 4–11 s behind a flood).
// Within one client, jobs keep their order.

/** Clients whose last turn is remembered while they have nothing waiting; then forgotten. */
const REMEMBERED_CLIENTS = 4096;

export class FairQueue<T> {
  /** Jobs by client; a client is in the map only while it has jobs waiting (insertion = arrival order). */
  private readonly byClient = new Map<string, T[]>();
  /** The number of the take that last served each client. */
  private readonly lastTurn = new Map<string, number>();
  private turns = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Jobs `client` has waiting. */
  waiting(client: string): number {
    return this.byClient.get(client)?.length ?? 0;
  }

  push(client: string, item: T): void {
    const queue = this.byClient.get(client);
    if (queue) queue.push(item);
    else this.byClient.set(client, [item]);
    this.count++;
  }

  /**
   * The oldest job of the client served least recently among those `eligible` accepts (a
   * client already holding its share of the workers is passed over); null if none.
   */
  take(eligible: (client: string) => boolean = () => true): T | null {
    let chosen: string | null = null;
    let chosenTurn = Infinity;
    for (const client of this.byClient.keys()) {
      const turn = this.lastTurn.get(client) ?? -1;
      if (turn < chosenTurn && eligible(client)) {
        chosen = client;
        chosenTurn = turn;
      }
    }
    if (chosen === null) return null;
    const queue = this.byClient.get(chosen)!;
    const item = queue.shift()!;
    this.count--;
    if (queue.length === 0) this.byClient.delete(chosen);
    this.lastTurn.set(chosen, this.turns++);
    if (this.lastTurn.size > REMEMBERED_CLIENTS) this.forgetIdle();
    return item;
  }

  /** Every job, in the clients' order of arrival; the queue is left empty. */
  drain(): T[] {
    const all = [...this.byClient.values()].flat();
    this.byClient.clear();
    this.count = 0;
    return all;
  }

  private forgetIdle(): void {
    for (const client of this.lastTurn.keys()) if (!this.byClient.has(client)) this.lastTurn.delete(client);
  }
}
