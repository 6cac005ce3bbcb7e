/**
 * guessTextEncoding / decodePlanText (src/plan-file): UTF-8 with or without a byte-order mark,
 * UTF-16 either way round with or without one, and bytes that are no text at all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodePlanText } from '../../src/plan-file/decode-text';
import { PlanFileProblem } from '../../src/plan-file/problems';
import { guessTextEncoding } from '../../src/plan-file/text-encoding';

const PLAN = readFileSync(path.resolve(__dirname, '../fixtures/plans/bac-ninh-141-KH-UBND-2025.txt'), 'utf8');

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return new Uint8Array(order === 'le' ? le : Buffer.from(le).swap16());
}

/** Bytes from a small deterministic generator: the same "random" junk on every run. */
function junk(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >> 16;
  }
  return bytes;
}

function problemOf(bytes: Uint8Array): PlanFileProblem {
  try {
    decodePlanText(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileProblem);
    return error as PlanFileProblem;
  }
  throw new Error('expected a PlanFileProblem');
}

describe('decodePlanText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodePlanText(new Uint8Array(Buffer.from(PLAN)))).toBe(PLAN);
    expect(decodePlanText(new Uint8Array(Buffer.from('\uFEFF' + PLAN)))).toBe(PLAN);
    expect(guessTextEncoding(new Uint8Array(Buffer.from(PLAN)))).toEqual({ encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian, with a byte-order mark or by the zero bytes of its letters', () => {
    for (const order of ['le', 'be'] as const) {
      for (const bom of [true, false]) {
        const bytes = utf16(PLAN, order, bom);
        expect(guessTextEncoding(bytes)).toEqual({ encoding: `utf-16${order}` });
        expect(decodePlanText(bytes)).toBe(PLAN);
      }
    }
  });

  it('reads UTF-16 without a mark even when the text is mostly Vietnamese letters', () => {
    const text = 'Đơn vị chủ trì thực hiện: Sở Tư pháp. Thời gian thực hiện: Hằng năm.';
    expect(decodePlanText(utf16(text, 'le', false))).toBe(text);
  });

  it('keeps text with a stray control character as text', () => {
    expect(decodePlanText(new Uint8Array(Buffer.from('Kế hoạch\u0007 số 1\fI. NHIỆM VỤ')))).toBe('Kế hoạch\u0007 số 1\fI. NHIỆM VỤ');
  });

  it('refuses bytes that are no text, saying what they look like', () => {
    const random = problemOf(junk(4096));
    expect(random.kind).toBe('not-text');
    expect(random.words.vi).toBe(
      'Tệp không phải văn bản (có byte nhị phân); có thể là ảnh, tệp Word .doc cũ hoặc tệp hỏng: hãy mở tệp và lưu lại dạng .txt (UTF-8) hoặc .docx.',
    );
    expect(random.words.en).toBe(
      'The file is not text (it holds binary bytes); perhaps an image, an old Word .doc or a damaged file: open it and save it as .txt (UTF-8) or .docx.',
    );
    expect(problemOf(new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj'))).words.en).toContain('it holds a PDF: rename it to .pdf');
    expect(problemOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toMatchObject({ words: { vi: expect.stringContaining('hãy đổi đuôi tệp thành .docx') } });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(guessTextEncoding(png)).toEqual({ binary: 'unknown' });
  });

  it('reads an empty file as empty text (the importer then says it found nothing)', () => {
    expect(decodePlanText(new Uint8Array(0))).toBe('');
  });
});
