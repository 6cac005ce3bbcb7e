/**
 * `--plan FILE.json` is parsed from the file's bytes a part at a time (src/cli/utf8-parts.ts), so
 * a large catalogue is never one string. The parts joined must be the bytes decoded whole,
 * whatever the bytes (multi-byte characters, a byte order mark, broken sequences) and wherever the
 * cuts fall; the catalogue read must be the one JSON.parse gives; a broken file must still be
 * refused with the whole text's error, which says where the fault is.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { plan43 } from '../../src/catalogues';
import { parseCatalogue, serializeCatalogue } from '../../src/core/catalogue';
import { parseParts, type Parts } from '../../src/core/catalogue/parse-parts';
import { loadPlanFile } from '../../src/cli/load-plan';
import { utf8Parts } from '../../src/cli/utf8-parts';

function joined(parts: Parts): string {
  return Array.from({ length: parts.length }, (_, index) => parts.at(index) ?? '').join('');
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const pieces = [
  'Kế hoạch ', 'Ủy ban ', '😀', '\uFEFF', 'a', '"', '\\', '{', '€',
  // Broken UTF-8: a lone lead byte, a stray continuation, a truncated 4-byte character, an overlong form.
  '\xE1', '\x80', '\xF0\x9F\x98', '\xC0\xAF',
];

function awkwardBytes(next: () => number, length: number): Buffer {
  const chunks: Buffer[] = [];
  let size = 0;
  while (size < length) {
    const piece = pieces[Math.floor(next() * pieces.length)];
    // The last four are raw bytes, the others text.
    const bytes = pieces.indexOf(piece) >= pieces.length - 4 ? Buffer.from(piece, 'latin1') : Buffer.from(piece, 'utf8');
    chunks.push(bytes);
    size += bytes.length;
  }
  return Buffer.concat(chunks);
}

test('the parts joined are the bytes decoded whole, wherever the cuts fall', () => {
  const next = random(43);
  for (let round = 0; round < 200; round++) {
    const bytes = awkwardBytes(next, 1 + Math.floor(next() * 300));
    const partBytes = 4 + Math.floor(next() * 40);
    const parts = utf8Parts(bytes, partBytes);
    expect({ round, text: joined(parts) }).toEqual({ round, text: bytes.toString('utf8') });
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(bytes.length / partBytes));
  }
});

test('a part never starts inside a character', () => {
  const bytes = Buffer.from('😀Ủy😀ban😀', 'utf8');
  for (let partBytes = 4; partBytes <= bytes.length; partBytes++) {
    const parts = utf8Parts(bytes, partBytes);
    for (let index = 0; index < parts.length; index++) expect((parts.at(index) ?? '').includes('\uFFFD')).toBe(false);
  }
});

test('a catalogue parsed from its bytes in parts is the one JSON.parse gives', () => {
  const bytes = Buffer.from(serializeCatalogue(plan43), 'utf8');
  for (const partBytes of [4, 97, 1_000, 30_000]) {
    expect(parseParts(utf8Parts(bytes, partBytes))).toEqual(JSON.parse(bytes.toString('utf8')));
  }
});

test('loadPlanFile reads a catalogue of several parts, and refuses a broken one with the whole text\'s error', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'utf8-parts-'));
  // Plan 43's tasks twenty times over (new ids): more than one megabyte, so more than one part.
  const large = { ...plan43, tasks: Array.from({ length: 40 }, (_, copy) => plan43.tasks.map((task) => ({ ...task, id: `${task.id}/${copy}` }))).flat() };
  const text = serializeCatalogue(large);
  expect(Buffer.byteLength(text)).toBeGreaterThan(1 << 20);
  writeFileSync(path.join(folder, 'large.json'), text);
  expect((await loadPlanFile(path.join(folder, 'large.json'))).catalogue).toEqual(parseCatalogue(JSON.parse(text)).catalogue);

  // A doubled comma between two fields of a task in the second megabyte.
  const at = text.indexOf(',"section":', 1_500_000);
  const broken = `${text.slice(0, at)},${text.slice(at)}`;
  writeFileSync(path.join(folder, 'broken.json'), broken);
  const whole = (() => {
    try {
      JSON.parse(broken);
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  })();
  expect(whole).not.toBe('');
  await expect(loadPlanFile(path.join(folder, 'broken.json'))).rejects.toThrow(whole);
});
