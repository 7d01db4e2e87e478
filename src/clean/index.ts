// Placeholder until the clean stage lands: normalizes line endings only.
export function cleanText(raw: string): string {
  return raw.replace(/\r\n?/g, "\n").trim();
}
