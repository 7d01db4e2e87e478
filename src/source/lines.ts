// Lines of a byte stream, read with backpressure: the next chunk is read only when the
// consumer asks for more lines. (readline's async iterator keeps reading ahead while a
// slow consumer works, so memory would grow with the file.) Lines are bytes, not text, so
// that the caller decodes each strictly and refuses a line that is not UTF-8 on its own,
// where a decoding stream would put U+FFFD in its place.
import type { Readable } from "node:stream";

const LF = 0x0a;
const CR = 0x0d;

function withoutCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === CR ? line.subarray(0, -1) : line;
}

export async function* readLines(input: Readable): AsyncGenerator<Buffer> {
  // The start of a line that continues in the next chunks; joined once its end is read.
  let pending: Buffer[] = [];
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(LF, start); nl !== -1; nl = chunk.indexOf(LF, start)) {
      let line = chunk.subarray(start, nl);
      if (pending.length) {
        pending.push(line);
        line = Buffer.concat(pending);
        pending = [];
      }
      yield withoutCr(line);
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length) yield withoutCr(Buffer.concat(pending));
}
