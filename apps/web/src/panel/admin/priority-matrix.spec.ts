import { bandAt, matrixRows } from './priority-matrix';

describe('the priority matrix', () => {
  const bands = [
    { minProduct: 1, maxProduct: 3, priorityId: 'low' },
    { minProduct: 4, maxProduct: 15, priorityId: 'normal' },
    { minProduct: 16, maxProduct: 63, priorityId: 'high' },
    { minProduct: 64, maxProduct: 64, priorityId: 'emergency' },
  ];

  it('finds the band of a product, bounds included, and none in a gap', () => {
    expect(bandAt(bands, 1)?.priorityId).toBe('low');
    expect(bandAt(bands, 4)?.priorityId).toBe('normal');
    expect(bandAt(bands, 63)?.priorityId).toBe('high');
    expect(bandAt(bands, 64)?.priorityId).toBe('emergency');
    expect(bandAt(bands.slice(1), 2)).toBeUndefined();
  });

  it('reads from the highest impact and urgency down', () => {
    const rows = matrixRows(bands);
    expect(rows.map((row) => row.impact)).toEqual([8, 4, 2, 1]);
    expect(rows[0].cells.map((cell) => [cell.urgency, cell.product, cell.band?.priorityId])).toEqual([
      [8, 64, 'emergency'],
      [4, 32, 'high'],
      [2, 16, 'high'],
      [1, 8, 'normal'],
    ]);
    expect(rows[3].cells.at(-1)).toMatchObject({ urgency: 1, product: 1, band: { priorityId: 'low' } });
  });
});
