// A buffered, synchronous file writer: exports read SQLite synchronously, and writing in
// large blocks keeps the system calls few. Memory holds one block, never the export.
import { closeSync, openSync, writeSync } from "node:fs";

const BLOCK = 1 << 20;

export class FileSink {
  private fd: number;
  private parts: string[] = [];
  private size = 0;
  bytes = 0;

  constructor(path: string) {
    this.fd = openSync(path, "w");
  }

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= BLOCK) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    const buffer = Buffer.from(this.parts.join(""), "utf8");
    this.parts = [];
    this.size = 0;
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(this.fd, buffer, offset);
    this.bytes += buffer.length;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
