// One folding for every name comparison the store makes: case, accents, punctuation
// and a leading "the" do not make two actors ("The United States" = "united states").

/** Lower case without accents or apostrophes ("O’Brien" → "obrien", "Niinistö" → "niinisto"). */
export function plainLower(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`´]/g, "");
}

export function foldName(name: string): string {
  return plainLower(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}
