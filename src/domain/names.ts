// The key under which parties of the same name meet: case, accents, punctuation
// and spacing folded away ("O'Donnell,  Kevin" and "o donnell kevin" meet). Only
// for finding candidates (possibleSameAs, resolution at import); never an identity.

export function nameKey(name: string): string | null {
  const key = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key || null;
}
