// Jobs waiting for a worker, taken from their clients in turns: a client with a hundred
// requests queued delays another client's next request by at most one of them per worker,
// not by the hundred (first come, first served made an ordinary client wait 4–11 s behind a
// flood). Within one client, jobs keep their order.

export class FairQueue<T> {
  private readonly byClient = new Map<string, T[]>();
  /** Clients with jobs waiting, in the order of their turns. */
  private order: string[] = [];
  /** Index in `order` of the client whose turn is next. */
  private turn = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Jobs `client` has waiting. */
  waiting(client: string): number {
    return this.byClient.get(client)?.length ?? 0;
  }

  push(client: string, item: T): void {
    let queue = this.byClient.get(client);
    if (!queue) {
      queue = [];
      this.byClient.set(client, queue);
      // A new client's turn comes after every client already waiting.
      this.order.splice(this.turn, 0, client);
      this.turn = (this.turn + 1) % this.order.length;
    }
    queue.push(item);
    this.count++;
  }

  /**
   * The oldest job of the next client in turn that `eligible` accepts (a client already
   * holding its share of the workers is passed over, keeping its place); null if none.
   */
  take(eligible: (client: string) => boolean = () => true): T | null {
    for (let k = 0; k < this.order.length; k++) {
      const index = (this.turn + k) % this.order.length;
      const client = this.order[index]!;
      if (!eligible(client)) continue;
      const queue = this.byClient.get(client)!;
      const item = queue.shift()!;
      this.count--;
      if (queue.length === 0) {
        this.byClient.delete(client);
        this.order.splice(index, 1);
        this.turn = this.order.length ? index % this.order.length : 0;
      } else {
        this.turn = (index + 1) % this.order.length;
      }
      return item;
    }
    return null;
  }

  /** Every job, oldest client first; the queue is left empty. */
  drain(): T[] {
    const all = this.order.flatMap((client) => this.byClient.get(client)!);
    this.byClient.clear();
    this.order = [];
    this.turn = 0;
    this.count = 0;
    return all;
  }
}
