// The key under which parties of the same name meet: case, accents, punctuation
// and spacing folded away ("O'Donnell,  Kevin" and "o donnell kevin" meet). Only
// for finding candidates (possibleSameAs, resolution at import); never an identity.

/** Lower case without accents ("Núñez" → "nunez"): the first step of every key and slug. */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function nameKey(name: string): string | null {
  const key = foldAccents(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key || null;
}
