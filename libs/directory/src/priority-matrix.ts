// Impact x urgency priorities (the OTRS desk's matrix). Impact and urgency each take 1, 2, 4 or 8;
// their product picks a band, and the band gives the priority and the service targets.

export const MATRIX_LEVELS = [1, 2, 4, 8] as const;
export type MatrixLevel = (typeof MATRIX_LEVELS)[number];

export interface PriorityBand {
  minProduct: number;
  maxProduct: number;
  priorityId: string;
  respondMinutes: number;
  resolveMinutes: number;
  escalateMinutes: number;
}

const PRODUCTS = [...new Set(MATRIX_LEVELS.flatMap((i) => MATRIX_LEVELS.map((u) => i * u)))].sort((a, b) => a - b);

// The shipped default, bound to the instance's priorities from lowest to highest:
// 1 low 16 h / 24 h / 20 h; 2-8 normal 8 h / 12 h / 10 h; 16-32 high 2 h / 4 h / 3 h;
// 64 emergency: respond now, resolve in 1 h, escalate after 30 min.
export function defaultPriorityMatrix(prioritiesLowToHigh: string[]): PriorityBand[] {
  if (prioritiesLowToHigh.length === 0) throw new Error('The matrix needs at least one priority');
  const pick = (index: number) => prioritiesLowToHigh[Math.min(index, prioritiesLowToHigh.length - 1)];
  return [
    { minProduct: 1, maxProduct: 1, priorityId: pick(0), respondMinutes: 16 * 60, resolveMinutes: 24 * 60, escalateMinutes: 20 * 60 },
    { minProduct: 2, maxProduct: 8, priorityId: pick(1), respondMinutes: 8 * 60, resolveMinutes: 12 * 60, escalateMinutes: 10 * 60 },
    { minProduct: 16, maxProduct: 32, priorityId: pick(2), respondMinutes: 2 * 60, resolveMinutes: 4 * 60, escalateMinutes: 3 * 60 },
    { minProduct: 64, maxProduct: 64, priorityId: pick(3), respondMinutes: 0, resolveMinutes: 60, escalateMinutes: 30 },
  ];
}

export function isMatrixLevel(value: unknown): value is MatrixLevel {
  return (MATRIX_LEVELS as readonly unknown[]).includes(value);
}

export function bandFor(impact: MatrixLevel, urgency: MatrixLevel, bands: PriorityBand[]): PriorityBand {
  const product = impact * urgency;
  const band = bands.find((b) => product >= b.minProduct && product <= b.maxProduct);
  if (!band) throw new Error(`No priority band covers impact ${impact} x urgency ${urgency}`);
  return band;
}

// Why a set of bands cannot be used, or null: every possible product must fall in exactly one band.
export function matrixProblem(bands: PriorityBand[]): string | null {
  if (bands.length === 0) return 'needs at least one band';
  for (const band of bands) {
    if (band.minProduct > band.maxProduct) return `band ${band.minProduct}-${band.maxProduct} is empty`;
    for (const minutes of [band.respondMinutes, band.resolveMinutes, band.escalateMinutes]) {
      if (!Number.isInteger(minutes) || minutes < 0) return 'targets are whole minutes, zero or more';
    }
  }
  for (const product of PRODUCTS) {
    const covering = bands.filter((b) => product >= b.minProduct && product <= b.maxProduct).length;
    if (covering === 0) return `no band covers the product ${product}`;
    if (covering > 1) return `the product ${product} falls in ${covering} bands`;
  }
  return null;
}
