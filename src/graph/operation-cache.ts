// A value worked out once per operation: per parsed document (yoga parses each distinct
// query text once and hands out the same document), operation name and variable values.
// Documents are held weakly; a document's variants are dropped when too many pile up.
import type { DocumentNode } from "graphql";

const MAX_VARIANTS_PER_DOCUMENT = 64;

export interface Operation {
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
}

export class OperationCache<T> {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, T>>();

  get(operation: Operation): T | undefined {
    return this.byDocument.get(operation.document)?.get(variant(operation));
  }

  set(operation: Operation, value: T): void {
    let variants = this.byDocument.get(operation.document);
    if (!variants) this.byDocument.set(operation.document, (variants = new Map()));
    if (variants.size >= MAX_VARIANTS_PER_DOCUMENT) variants.clear();
    variants.set(variant(operation), value);
  }
}

function variant({ operationName, variableValues }: Operation): string {
  return `${operationName ?? ""}\n${JSON.stringify(variableValues ?? {})}`;
}
