// Names and words of the text go into patterns built at run time ("(?<!\p{L})Roe(?!\p{L})"):
// their dots, brackets and the like must match themselves.

/** `s` with every character that has a meaning in a regular expression escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
