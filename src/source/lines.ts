// Lines of a text stream, read with backpressure: the next chunk is read only when the
// consumer asks for more lines. (readline's async iterator keeps reading ahead while a
// slow consumer works, so memory would grow with the file.)
import type { Readable } from "node:stream";

export async function* readLines(input: Readable): AsyncGenerator<string> {
  input.setEncoding("utf8");
  let rest = "";
  for await (const chunk of input as AsyncIterable<string>) {
    const text = rest + chunk;
    let start = 0;
    for (let nl = text.indexOf("\n", start); nl !== -1; nl = text.indexOf("\n", start)) {
      yield text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl);
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest) yield rest.endsWith("\r") ? rest.slice(0, -1) : rest;
}
