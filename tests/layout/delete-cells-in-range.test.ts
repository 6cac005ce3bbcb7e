import { deleteCellsInRange } from '../../src/layout/a1';

describe('deleteCellsInRange', () => {
  it('removes the cells inside the range, corners included, and keeps the others', () => {
    const cells = new Map([['B2', 1], ['C3', 2], ['D4', 3], ['A2', 4], ['B5', 5], ['AA3', 6]]);
    deleteCellsInRange(cells, 'B2:D4');
    expect([...cells.keys()]).toEqual(['A2', 'B5', 'AA3']);
    deleteCellsInRange(cells, 'AA3');
    expect([...cells.keys()]).toEqual(['A2', 'B5']);
  });
});
