// How `parley ingest` shows progress: a live bar on a terminal; on a pipe or in a log, a
// plain line every few seconds. Progress is measured in bytes read, which is known up
// front for every input, so the ETA needs no counting pass over the corpus.
import cliProgress from "cli-progress";
import type { IngestCounts } from "../ingest/ingest-stream.js";

export interface ProgressReporter {
  bytes(n: number): void;
  counts(c: Readonly<IngestCounts>): void;
  stop(): void;
}

const PLAIN_INTERVAL_MS = 5000;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

export function createProgress(totalBytes: number, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const started = Date.now();
  let bytes = 0;
  let counts: IngestCounts = { added: 0, replaced: 0, unchanged: 0, duplicates: 0, rejected: 0, words: 0 };
  const docs = () => counts.added + counts.replaced + counts.unchanged + counts.rejected;
  const rate = () => docs() / Math.max(0.001, (Date.now() - started) / 1000);

  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: "ingest [{bar}] {percentage}% | {docs} docs | {rate} docs/s | ETA {eta_formatted} | added {added}, replaced {replaced}, unchanged {unchanged}, rejected {rejected}",
        hideCursor: true,
        etaBuffer: 50,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(Math.max(1, totalBytes), 0, { docs: 0, rate: "0", added: 0, replaced: 0, unchanged: 0, rejected: 0 });
    const payload = () => ({ docs: docs(), rate: rate().toFixed(1), added: counts.added, replaced: counts.replaced, unchanged: counts.unchanged, rejected: counts.rejected });
    return {
      bytes(n) {
        bytes += n;
        bar.update(Math.min(bytes, totalBytes), payload());
      },
      counts(c) {
        counts = { ...c };
        bar.update(Math.min(bytes, totalBytes), payload());
      },
      stop() {
        bar.update(Math.min(bytes, totalBytes), payload());
        bar.stop();
      },
    };
  }

  let last = Date.now();
  const line = () => {
    const fraction = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 0;
    const elapsed = (Date.now() - started) / 1000;
    const eta = fraction > 0 ? (elapsed * (1 - fraction)) / fraction : NaN;
    stream.write(
      `ingest: ${docs()} docs (added ${counts.added}, replaced ${counts.replaced}, unchanged ${counts.unchanged}, rejected ${counts.rejected}), ` +
        `${rate().toFixed(1)} docs/s, ${(fraction * 100).toFixed(0)}% read, ETA ${formatDuration(eta)}\n`,
    );
  };
  const maybeLine = () => {
    if (Date.now() - last < PLAIN_INTERVAL_MS) return;
    last = Date.now();
    line();
  };
  return {
    bytes(n) {
      bytes += n;
      maybeLine();
    },
    counts(c) {
      counts = { ...c };
      maybeLine();
    },
    stop() {},
  };
}
