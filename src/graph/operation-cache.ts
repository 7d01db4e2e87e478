// A value worked out once per operation: per parsed document (yoga parses each distinct
// query text once and hands out the same document), operation name and the values of the
// variables that operation declares. Clients choose the variables, so the cache must not
// grow with them: variables the operation does not declare are no part of the key, a key
// longer than MAX_KEY_CHARS is not cached at all, and one LRU bounds the entries and their
// total size whatever the mix of documents.
import { LRUCache } from "lru-cache";
import { getOperationAST, type DocumentNode } from "graphql";

/** Keys longer than this (document, operation name, declared variables as JSON) are not cached. */
export const MAX_KEY_CHARS = 8 * 1024;
export const DEFAULT_MAX_ENTRIES = 1024;
/** Keys plus values (as `sizeOf` counts them), in characters. */
export const DEFAULT_MAX_CHARS = 16 * 1024 * 1024;

export interface Operation {
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
}

export interface OperationCacheOptions<T> {
  maxEntries?: number;
  maxChars?: number;
  /** Approximate size of a value in characters (a compiled statement's SQL, say); default 1. */
  sizeOf?: (value: T) => number;
}

// lru-cache holds no null/undefined values; a box lets T be nullable ("not compilable").
interface Box<T> {
  value: T;
}

export class OperationCache<T> {
  private readonly entries: LRUCache<string, Box<T>>;

  constructor({ maxEntries = DEFAULT_MAX_ENTRIES, maxChars = DEFAULT_MAX_CHARS, sizeOf = () => 1 }: OperationCacheOptions<T> = {}) {
    this.entries = new LRUCache<string, Box<T>>({
      max: maxEntries,
      maxSize: maxChars,
      sizeCalculation: (box, key) => key.length + Math.max(1, sizeOf(box.value)),
    });
  }

  get(operation: Operation): T | undefined {
    const key = operationKey(operation);
    return key === null ? undefined : this.entries.get(key)?.value;
  }

  set(operation: Operation, value: T): void {
    const key = operationKey(operation);
    if (key !== null) this.entries.set(key, { value });
  }

  /** Entries held (for tests and figures). */
  get size(): number {
    return this.entries.size;
  }
}

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 1;

export function documentId(document: DocumentNode): number {
  let id = documentIds.get(document);
  if (id === undefined) documentIds.set(document, (id = nextDocumentId++));
  return id;
}

/**
 * The cache key of an operation, or null when it is too long to keep: the document's
 * identity, the operation name and the declared variables' values in declaration order,
 * object keys sorted (so `{a, b}` and `{b, a}` are one entry).
 */
export function operationKey({ document, operationName, variableValues }: Operation): string | null {
  const head = `${documentId(document)}\u0000${operationName ?? ""}\u0000`;
  const definitions = getOperationAST(document, operationName)?.variableDefinitions ?? [];
  const out = new BoundedJson(MAX_KEY_CHARS - head.length);
  const inputs = variableValues ?? {};
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    // Absent and null differ: an absent variable takes its default.
    if (!out.write(Object.hasOwn(inputs, name) ? inputs[name] : ABSENT) || !out.raw(",")) return null;
  }
  return head + out.text();
}

const ABSENT = Symbol("absent");

/** Stable JSON written piece by piece, giving up as soon as it passes its budget. */
class BoundedJson {
  private readonly parts: string[] = [];
  private length = 0;

  constructor(private readonly budget: number) {}

  raw(piece: string): boolean {
    this.length += piece.length;
    if (this.length > this.budget) return false;
    this.parts.push(piece);
    return true;
  }

  write(value: unknown): boolean {
    if (value === ABSENT) return this.raw("~");
    if (value === null || typeof value !== "object") {
      // A long string is refused on its length, before JSON.stringify copies it.
      if (typeof value === "string" && value.length > this.budget - this.length) return false;
      return this.raw(JSON.stringify(value) ?? "null");
    }
    // Each item takes at least two characters: a huge list or object fails before any walk.
    const remaining = this.budget - this.length;
    if (Array.isArray(value)) {
      if (value.length * 2 > remaining || !this.raw("[")) return false;
      for (const item of value) if (!this.write(item) || !this.raw(",")) return false;
      return this.raw("]");
    }
    const keys = Object.keys(value);
    if (keys.length * 2 > remaining || !this.raw("{")) return false;
    for (const key of keys.sort()) {
      if (!this.write(key) || !this.raw(":") || !this.write((value as Record<string, unknown>)[key]) || !this.raw(",")) return false;
    }
    return this.raw("}");
  }

  text(): string {
    return this.parts.join("");
  }
}
