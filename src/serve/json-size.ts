// How many bytes a parsed JSON value takes as JSON text, counted by walking it and stopping
// as soon as the count passes a budget, so a large value costs no copy to measure.
// Strings count their UTF-8 bytes and quotes, not escapes: a lower bound of the text sent.

/** The bytes counted when they pass `budget` (a lower bound of the total); null within it. */
export function jsonBytesOver(value: unknown, budget: number): number | null {
  let bytes = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === "string") bytes += Buffer.byteLength(item, "utf8") + 2;
    else if (item === null || typeof item !== "object") bytes += String(item).length;
    else if (Array.isArray(item)) {
      bytes += 1 + item.length;
      if (bytes <= budget) for (const element of item) stack.push(element);
    } else {
      const keys = Object.keys(item);
      bytes += 1 + keys.length * 2;
      if (bytes <= budget) {
        for (const key of keys) {
          bytes += Buffer.byteLength(key, "utf8") + 2;
          stack.push((item as Record<string, unknown>)[key]);
        }
      }
    }
    if (bytes > budget) return bytes;
  }
  return null;
}
