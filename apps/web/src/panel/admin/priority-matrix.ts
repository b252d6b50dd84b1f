// The impact x urgency matrix: each of impact and urgency is 1, 2, 4 or 8, and their product
// (1-64) falls in one band of the matrix, which names the ticket's priority. Pure.

export const LEVELS = [1, 2, 4, 8] as const;

export interface Band {
  minProduct: number;
  maxProduct: number;
  priorityId: string;
}

// The band a product falls in (none where the bands leave a gap).
export function bandAt<T extends Band>(bands: readonly T[], product: number): T | undefined {
  return bands.find((band) => band.minProduct <= product && product <= band.maxProduct);
}

// The matrix as it reads: most urgent and highest impact first, each cell with its band.
export function matrixRows<T extends Band>(bands: readonly T[]): { impact: number; cells: { urgency: number; product: number; band: T | undefined }[] }[] {
  const levels = [...LEVELS].reverse();
  return levels.map((impact) => ({ impact, cells: levels.map((urgency) => ({ urgency, product: impact * urgency, band: bandAt(bands, impact * urgency) })) }));
}
