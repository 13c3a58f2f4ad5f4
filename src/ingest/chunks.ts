// Large documents go in bounded statements (still one transaction), so no single
// statement has to hold every row of a kind at once.
export const CHUNK = 2000;

export function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}
