/**
 * The stored plan is serialised and cut into cell parts a task at a time, never as one string:
 * the pieces must join to exactly the compact JSON, and the parts be exactly what cutting that
 * JSON whole (splitText) gives, surrogate pairs and all.
 */
import { plan43 } from '../../src/catalogues';
import { compactCataloguePieces, serializeCatalogue } from '../../src/core/catalogue';
import type { Catalogue } from '../../src/core/model';
import { planSheet, storedCatalogueText } from '../../src/layout/plan-sheet';
import { splitPieces, splitText } from '../../src/layout/text-chunks';
import { bacNinh } from '../fixtures/plans/bac-ninh';

describe('compactCataloguePieces', () => {
  const catalogues: [string, Catalogue][] = [
    ['Plan 43', plan43],
    ['an imported plan', bacNinh()],
    ['a plan without tasks or gaps', { ...plan43, tasks: [], gaps: [] }],
    ['a plan of one task', { ...plan43, tasks: [plan43.tasks[3]] }],
  ];
  it.each(catalogues)('joins to the compact JSON of %s', (_, catalogue) => {
    const pieces = [...compactCataloguePieces(catalogue)];
    expect(pieces.length).toBe(catalogue.tasks.length + 2);
    expect(pieces.join('')).toBe(serializeCatalogue(catalogue, { compact: true }));
  });
});

describe('splitPieces', () => {
  it('gives what splitText gives for the pieces joined, whatever the pieces', () => {
    // A deterministic mix of letters, emoji (surrogate pairs) and empty pieces, cut small.
    let seed = 7;
    const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    // A lone high surrogate too: at the very end of the text, splitText does not cut before it.
    const alphabet = ['a', 'b', 'ệ', '😀', '𠀀', '_x', '\uD83D'];
    for (let round = 0; round < 300; round++) {
      const pieces = Array.from({ length: next(12) }, () => Array.from({ length: next(9) }, () => alphabet[next(alphabet.length)]).join(''));
      for (const size of [2, 3, 5, 8]) {
        expect({ pieces, size, parts: splitPieces(pieces, size) }).toEqual({ pieces, size, parts: splitText(pieces.join(''), size) });
      }
    }
  });

  it('gives one empty part for no text, as splitText does', () => {
    expect(splitPieces([])).toEqual(['']);
    expect(splitPieces(['', ''])).toEqual(['']);
    expect(splitPieces(['abc', 'def'], 3)).toEqual(['abc', 'def']);
  });
});

it('the plan sheet holds the stored text cut as before, with every "_x" escaped', () => {
  const catalogue = { ...plan43, tasks: plan43.tasks.map((task, i) => (i % 5 === 0 ? { ...task, text: `${task.text} _x0041_ 😀` } : task)) };
  const parts = planSheet(catalogue).tables[0].rows.filter((row) => row[0] === 'catalogue').map((row) => row[3]);
  const text = serializeCatalogue(catalogue, { compact: true }).split('_x').join('\\u005fx');
  expect(storedCatalogueText(catalogue)).toBe(text);
  expect(parts).toEqual(splitText(text));
  expect(parts.length).toBeGreaterThan(1);
});
