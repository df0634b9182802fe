export interface Summary {
  runs: number;
  median: number;
  p95: number;
  max: number;
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { runs: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
}

export const ms = (n: number) => `${n.toFixed(3)} ms`;
