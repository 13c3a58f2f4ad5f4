/** A graph size as BENCH_SIZES gives it: a node count with an optional k or m (`10k`, `1m`). */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!m) throw new Error(`BENCH_SIZES: "${text}" is not a node count like 10k, 100k or 1m`);
  const unit = { '': 1, k: 1e3, m: 1e6 }[m[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(m[1]) * unit);
}
