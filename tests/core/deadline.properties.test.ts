/** Properties of readDeadline that must hold for any input, checked with generated text. */
import fc from 'fast-check';
import { readDeadline } from '../../src/core/deadline';

// Real phrases from both plans and the conventions table, as seeds for mutation.
const REAL_PHRASES = [
  'thực hiện từ năm 2018',
  'hoàn thành trong Quý I/2018',
  'thực hiện từ tháng 10/ 2020',
  'triển khai sắp xếp vào năm 2018, đi vào hoạt động tháng 01/2019',
  '**thực hiện trong năm 2018**',
  'thực hiện từ năm 2018 và hoàn thành trong năm 2019',
  'thực hiện từ nhiệm kỳ 2021 -2026',
  'Giai\nđoạn 2026-2030 và những năm tiếp theo',
  'Thường\nxuyên, theo yêu cầu nhiệm vụ',
  'Từ\n01/7/2025',
  'Tháng 11 - 12/2025',
  'chậm nhất ngày 09/3/2025',
  'trước ngày 07/4/2025',
  'hoàn thành trước 30/6',
  'hạ tuần tháng 4/2025',
  'cuối tháng 02/2025',
  'đầu quý II/2025',
  '6 tháng cuối năm',
  'Định kỳ hằng năm (trước ngày 30 tháng 11)',
  'từ nay đến hết năm 2025',
  'ngày 25 tháng 10 năm 2017',
];

const ISSUED = fc.option(
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** A real phrase with a few characters deleted, replaced or inserted (digits and marks favoured). */
const mutatedPhrase = fc
  .tuple(
    fc.constantFrom(...REAL_PHRASES),
    fc.array(
      fc.tuple(fc.nat(), fc.constantFrom('delete', 'replace', 'insert'), fc.constantFrom('0', '1', '3', '9', '/', '-', ' ', '\u0301', '*', '(', 'ă', 'Đ', 'x', '\n')),
      { maxLength: 6 },
    ),
  )
  .map(([phrase, edits]) =>
    edits.reduce((text, [at, edit, character]) => {
      const index = text.length === 0 ? 0 : at % text.length;
      if (edit === 'delete') return text.slice(0, index) + text.slice(index + 1);
      if (edit === 'replace') return text.slice(0, index) + character + text.slice(index + 1);
      return text.slice(0, index) + character + text.slice(index);
    }, phrase),
  );

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 600 }), fc.string({ unit: 'grapheme', maxLength: 60 }), mutatedPhrase);

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

describe('readDeadline properties', () => {
  it('returns a well-formed window for any text: the text kept, real dates, start ≤ end', () => {
    fc.assert(
      fc.property(anyText, ISSUED, fc.boolean(), (text, issued, beforeDateExclusive) => {
        const window = readDeadline(text, { issued, beforeDateExclusive });
        expect(window.text).toBe(text);
        for (const date of [window.start, window.end]) if (date !== null) expect(isCalendarDate(date)).toBe(true);
        if (window.start !== null && window.end !== null) expect(window.start <= window.end).toBe(true);
        if (window.kind === 'unknown' || window.kind === 'missing') expect([window.start, window.end]).toEqual([null, null]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads NFD text exactly as its NFC form', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedPhrase, fc.constantFrom(...REAL_PHRASES)), ISSUED, (text, issued) => {
        const nfc = readDeadline(text.normalize('NFC'), { issued });
        const nfd = readDeadline(text.normalize('NFD'), { issued });
        expect({ ...nfd, text: nfc.text }).toEqual(nfc);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads its own verbatim text back to the same window (idempotent)', () => {
    fc.assert(
      fc.property(anyText, ISSUED, (text, issued) => {
        const once = readDeadline(text, { issued });
        expect(readDeadline(once.text, { issued })).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a very long text as unknown, keeping it verbatim', () => {
    const long = 'thực hiện từ năm 2018 '.repeat(50_000);
    expect(readDeadline(long)).toEqual({ text: long, start: null, end: null, kind: 'unknown', convention: null });
  });
});
