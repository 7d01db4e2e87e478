// Small bound reads answered on the listening thread, without the hand-off to a worker that
// costs them half their CPU (#13), for plans that have shown themselves fast
// (PARLEY_LISTENING_READS_MS). A statement there cannot be stopped at the request deadline,
// and one plan's statement can run orders of magnitude longer for some variables than for
// others, so only this is served there:
// - a request bound to a plan (same head, operation name and query text, other variables;
//   read-replay.ts's `bind`) whose structural values a worker's yoga served clean, every
//   limit and check passed;
// - of a plan whose last PROMOTE_AFTER runs in the workers each took under PROMOTE_UNDER_MS
//   (or the threshold, if lower): a small read, for which the hand-off is half the cost; a
//   larger one keeps the workers, where two run at once;
// - with the checks `bind` makes again (variable budget, coercion, argument checks, response
//   budget); the body limits and admission were applied before, as for every request.
// A run on this thread over the threshold demotes its plan to the workers for good: at most one
// slow statement per plan here. At most MAX_FAST_PLANS plans are served here at once, and
// after MAX_DEMOTED demotions none is any more: a client cannot make the thread run slow
// statements without end by sending new query texts. A run counts as slow when it took the
// threshold in wall time and the process that much CPU meanwhile (a thread that a busy machine
// set aside is not slow; the process's CPU bounds this thread's), or four times the threshold
// in wall time whatever the cause (a disk read). Within one turn of the event loop, statements
// run here for at most TURN_BUDGET_MS; then the turn's other requests go to the workers, so
// that /healthz, read in the next turn, waits for one budget and one threshold at most.
// Anything else (the first requests of an operation, curators, GET, any doubt) goes to the workers.
import { parse, type DocumentNode, type GraphQLSchema } from "graphql";
import { LRUCache } from "lru-cache";
import { boundRead, plannedRead } from "../graph/compiled/execute.js";
import { runRead } from "../graph/compiled/run.js";
import type { Db } from "../store/db.js";
import { checkedBinding, operationKey, type Params, type ReplayResponse, type RequestKey } from "./read-replay.js";

/** Consecutive fast runs in the workers before a plan is served here. */
export const PROMOTE_AFTER = 16;
/** What a fast run in the workers takes at most, in ms. */
export const PROMOTE_UNDER_MS = 0.2;
/** Plans served here at once. */
export const MAX_FAST_PLANS = 256;
/** Demotions after which nothing is served here any more. */
export const MAX_DEMOTED = 64;
/** Statement time (ms) this thread spends per turn of its event loop before handing requests off again. */
export const TURN_BUDGET_MS = 5;
/** Operations and plans followed. */
const MAX_OPERATIONS = 256;
const MAX_PLANS = 4096;
/** Shapes of one plan compiled here at most (a name's lookup keys, say); requests of others go to the workers. */
const MAX_VARIANTS = 8;

interface Operation {
  status: number;
  headers: [string, string][];
  operationName: string | null | undefined;
  /** Parsed here once a plan of the operation is promoted. */
  document: DocumentNode | null;
}

interface PlanRecord {
  fastRuns: number;
  promoted: boolean;
  /** Statements of the plan compiled here: one per shape of its variables' values (plan.ts `shapes`). */
  variants: number;
}

export interface ListeningReadsOptions {
  /** A run here longer than this (ms) demotes its plan for good; a run in a worker over it, or over PROMOTE_UNDER_MS, starts the plan's count again. */
  thresholdMs: number;
  maxResponseBytes: number;
  maxVariablesBytes: number;
  /** The clock runs are timed by, in ms (tests make a run slow with it). */
  now?: () => number;
}

const encoder = new TextEncoder();

export class ListeningReads {
  private readonly operations = new LRUCache<string, Operation>({ max: MAX_OPERATIONS });
  private readonly plans = new LRUCache<string, PlanRecord>({
    max: MAX_PLANS,
    dispose: (record) => {
      if (record.promoted) this.promoted--;
    },
  });
  /** Demoted plans: never served here again. */
  private readonly demoted = new Set<string>();
  private promoted = 0;
  /** Requests answered here. */
  private answered = 0;
  /** Statement time spent in this turn of the event loop. */
  private spentMs = 0;
  private turnEnding = false;
  private readonly now: () => number;

  constructor(
    private readonly db: Db,
    private readonly schema: GraphQLSchema,
    private readonly options: ListeningReadsOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
  }

  /** The answer to a request of a fast plan, run here; null when a worker must answer it. */
  serve(key: RequestKey, params: Params): ReplayResponse | null {
    if (!this.promoted || this.spentMs >= TURN_BUDGET_MS) return null;
    const operationId = operationKey(key.head, params);
    const operation = this.operations.get(operationId);
    if (!operation?.document) return null;
    const planOf = (plan: string) => `${operationId}\u0001${plan}`;
    const bound = checkedBinding(this.schema, operation.document, operation.operationName, params.variables, this.options.maxVariablesBytes, (plan) => !!this.plans.get(planOf(plan))?.promoted);
    if (!bound) return null;
    const planId = planOf(bound.plan);
    let json: string | null = null;
    let failed = false;
    const cpuStart = process.cpuUsage();
    const start = this.now();
    try {
      json = runRead(this.db, bound.read);
    } catch {
      failed = true;
    }
    const wallMs = this.now() - start;
    this.spend(wallMs);
    const threshold = this.options.thresholdMs;
    if (wallMs > threshold) {
      const cpu = process.cpuUsage(cpuStart);
      if ((cpu.user + cpu.system) / 1000 > threshold || wallMs > 4 * threshold) this.demote(planId);
    }
    // A failure or a guard's refusal: the worker's yoga reports or answers it.
    if (failed || json === null) return null;
    const body = encoder.encode(`{"data":${json}}`);
    // Over the budget: the worker's yoga answers RESPONSE_TOO_LARGE.
    if (body.byteLength > this.options.maxResponseBytes) return null;
    this.answered++;
    return { status: operation.status, headers: operation.headers, body: body.buffer as ArrayBuffer };
  }

  /** Learns from a worker's answer to a request: which plan served it, how fast. */
  learn(key: RequestKey, params: Params, response: ReplayResponse): void {
    const served = response.served;
    if (!served || response.status !== 200 || this.closed) return;
    const operationId = operationKey(key.head, params);
    const planId = `${operationId}\u0001${served.plan}`;
    if (this.demoted.has(planId)) return;
    let operation = this.operations.get(operationId);
    if (!operation) {
      operation = { status: 0, headers: [], operationName: params.operationName, document: null };
      this.operations.set(operationId, operation);
    }
    // The latest status and headers of a clean answer under this head, as `bind` sends them.
    operation.status = response.status;
    operation.headers = response.headers.filter(([name]) => name.toLowerCase() !== "content-length");
    let record = this.plans.get(planId);
    if (!record) {
      record = { fastRuns: 0, promoted: false, variants: 0 };
      this.plans.set(planId, record);
    }
    if (record.promoted && !operation.document) {
      // The operation was let go here meanwhile: the plan starts again.
      record.promoted = false;
      record.fastRuns = 0;
      this.promoted--;
    }
    if (record.promoted) return this.learnVariant(operation, record, params, served.plan);
    if (served.runMs === null) return;
    if (served.runMs > Math.min(PROMOTE_UNDER_MS, this.options.thresholdMs)) {
      record.fastRuns = 0;
      return;
    }
    if (++record.fastRuns >= PROMOTE_AFTER && this.promoted < MAX_FAST_PLANS) this.promote(operation, record, params, served.plan);
  }

  /** Plans served here, plans demoted, and whether this thread still serves any (for tests and /healthz). */
  stats(): { answered: number; promoted: number; demoted: number; closed: boolean } {
    return { answered: this.answered, promoted: this.promoted, demoted: this.demoted.size, closed: this.closed };
  }

  private get closed(): boolean {
    return this.demoted.size >= MAX_DEMOTED;
  }

  /** Compiles the plan here (without running it) from the request that promoted it. */
  private promote(operation: Operation, record: PlanRecord, params: Params, plan: string): void {
    try {
      operation.document ??= parse(params.query);
    } catch {
      return;
    }
    if (!this.compile(operation, record, params, plan)) return;
    record.promoted = true;
    this.promoted++;
  }

  /**
   * A worker served a promoted plan's request that this thread could not bind (its values of
   * another shape): the plan's statement for that shape is compiled here too, up to MAX_VARIANTS.
   */
  private learnVariant(operation: Operation, record: PlanRecord, params: Params, plan: string): void {
    if (record.variants >= MAX_VARIANTS || !operation.document) return;
    if (boundRead(this.schema, operation.document, operation.operationName, params.variables)) return;
    this.compile(operation, record, params, plan);
  }

  /** Compiles (without running) the plan's statement for these variables here; false when it is not that plan. */
  private compile(operation: Operation, record: PlanRecord, params: Params, plan: string): boolean {
    try {
      const bound = plannedRead(this.schema, operation.document!, operation.operationName, params.variables);
      // Compiled here to other structural values than the worker's: not this plan.
      if (bound?.plan !== plan) return false;
    } catch {
      return false;
    }
    record.variants++;
    return true;
  }

  private spend(ms: number): void {
    this.spentMs += ms;
    if (this.turnEnding) return;
    this.turnEnding = true;
    setImmediate(() => {
      this.spentMs = 0;
      this.turnEnding = false;
    });
  }

  private demote(planId: string): void {
    const record = this.plans.get(planId);
    if (record?.promoted) {
      record.promoted = false;
      this.promoted--;
    }
    this.demoted.add(planId);
    if (this.closed) {
      // Nothing served here any more; what was learnt is let go.
      this.plans.clear();
      this.operations.clear();
      this.promoted = 0;
    }
  }
}
