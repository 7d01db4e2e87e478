// Checks a document's text before anything is cleaned, extracted or stored, so bad input
// (empty, binary, invalid UTF-8, oversized) ends in a clear error instead of a crash or a
// garbage document. Shared by the ingest CLI (bytes from files) and the API (strings).
import { DEFAULT_MAX_DOCUMENT_BYTES } from "../config.js";

// TOO_COMPLEX: the text took longer to extract than the extraction budget allows.
export type DocumentInputReason = "EMPTY" | "TOO_LARGE" | "BINARY" | "INVALID_UTF8" | "INVALID_UNICODE" | "TOO_COMPLEX";

/** Input that cannot become a document. `field` names the offending input field ("text" by default). */
export class DocumentInputError extends Error {
  override readonly name = "DocumentInputError";
  constructor(
    readonly field: string,
    readonly reason: DocumentInputReason,
    message: string,
  ) {
    super(message);
  }
}

export interface ValidateOptions {
  /** Largest accepted size in UTF-8 bytes (default 5 MB, PARLEY_MAX_DOCUMENT_BYTES). */
  maxBytes?: number;
  /** Field name reported in errors (default "text"). */
  field?: string;
}

// Above this share of control characters, the input is a binary file read as text, not a
// document with a stray control character.
const MAX_CONTROL_SHARE = 0.1;
// Tab, line feed, vertical tab, form feed and carriage return are ordinary in text.
const CONTROL = /[\u0001-\u0008\u000e-\u001f\u007f-\u009f\ufffd\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Throws DocumentInputError unless `text` is acceptable document text: not blank, within the
 * size limit, well-formed Unicode, no NUL byte and not mostly control characters.
 */
export function validateDocumentText(text: string, options: ValidateOptions = {}): void {
  const field = options.field ?? "text";
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  // Cheap bound first: a UTF-16 string never takes fewer UTF-8 bytes than it has code units / 1.
  if (text.length > maxBytes || Buffer.byteLength(text, "utf8") > maxBytes) {
    throw new DocumentInputError(field, "TOO_LARGE", `${field} is larger than the limit of ${maxBytes} bytes (PARLEY_MAX_DOCUMENT_BYTES)`);
  }
  if (!text.trim()) throw new DocumentInputError(field, "EMPTY", `${field} is empty`);
  if (text.includes("\u0000")) throw new DocumentInputError(field, "BINARY", `${field} contains NUL characters: binary data is not a document`);
  if (LONE_SURROGATE.test(text)) throw new DocumentInputError(field, "INVALID_UNICODE", `${field} contains an unpaired UTF-16 surrogate`);
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    throw new DocumentInputError(field, "BINARY", `${field} is mostly control characters: binary data is not a document`);
  }
}

/**
 * Decodes a file's bytes as UTF-8 (strictly: invalid sequences are an error, not U+FFFD),
 * drops a byte-order mark and validates the text. Returns the text; throws DocumentInputError.
 */
export function decodeDocumentBytes(bytes: Uint8Array, options: ValidateOptions = {}): string {
  const field = options.field ?? "text";
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (bytes.byteLength > maxBytes) {
    throw new DocumentInputError(field, "TOO_LARGE", `${field} is larger than the limit of ${maxBytes} bytes (PARLEY_MAX_DOCUMENT_BYTES)`);
  }
  if (bytes.includes(0)) throw new DocumentInputError(field, "BINARY", `${field} contains NUL bytes: binary data is not a document`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DocumentInputError(field, "INVALID_UTF8", `${field} is not valid UTF-8`);
  }
  validateDocumentText(text, { field, maxBytes });
  return text;
}
