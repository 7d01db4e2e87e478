// A response's `data` kept as the JSON text a compiled read's statement produced, so that
// serving it costs no parse and no second serialization (src/serve/response-budget.ts
// writes the text as is). To anything else it is the parsed object: parsed on first use.
const texts = new WeakMap<object, string>();

/** An object that is `JSON.parse(text)` (a JSON object) to whoever reads it, and carries its text. */
export function rawJsonObject(text: string): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  let parsed = false;
  const ensure = () => {
    if (parsed) return;
    parsed = true;
    Object.assign(target, JSON.parse(text));
  };
  const handler: Record<string, (...args: unknown[]) => unknown> = {};
  for (const trap of ["get", "has", "ownKeys", "getOwnPropertyDescriptor"] as const) {
    handler[trap] = (...args: unknown[]) => {
      ensure();
      return (Reflect[trap] as (...a: unknown[]) => unknown)(...args);
    };
  }
  // A change makes the text stale: from then on it is an object like any other.
  for (const trap of ["set", "deleteProperty", "defineProperty"] as const) {
    handler[trap] = (...args: unknown[]) => {
      ensure();
      texts.delete(proxy);
      return (Reflect[trap] as (...a: unknown[]) => unknown)(...args);
    };
  }
  const proxy = new Proxy(target, handler as ProxyHandler<Record<string, unknown>>);
  texts.set(proxy, text);
  return proxy;
}

/**
 * JSON.stringify of an execution result, writing a `data` made by rawJsonObject as its text
 * unless it was changed after. Keys in the result's order, undefined and functions left out,
 * as JSON.stringify does.
 */
export function stringifyResult(result: object): string {
  const data = (result as { data?: unknown }).data;
  const text = data && typeof data === "object" ? texts.get(data) : undefined;
  if (text === undefined) return JSON.stringify(result);
  const members: string[] = [];
  for (const [key, value] of Object.entries(result)) {
    if (value === undefined || typeof value === "function") continue;
    members.push(`${JSON.stringify(key)}:${key === "data" ? text : JSON.stringify(value)}`);
  }
  return `{${members.join(",")}}`;
}
