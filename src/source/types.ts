/** A document as it arrives, before cleaning: from a .txt file, a corpus line or the API. */
export interface SourceDocument {
  /** File name or corpus id. */
  slug: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  author: string | null;
  /** ISO 8601, or null when unknown. */
  publishedAt: string | null;
  raw: string;
}
