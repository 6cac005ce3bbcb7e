/**
 * Hostile workbooks — a zip part that expands past the limit, a sheet of a million rows — are
 * refused with words before ExcelJS holds them in memory (an out-of-memory crash before), through
 * the adapter and through the command line.
 */
import { writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { isWorkbookError, type WorkbookError } from '../../src/workbook/port';
import { openXlsx } from '../../src/workbook/xlsx';
import { READ_LIMITS } from '../../src/workbook/xlsx/read-limits';
import { builtWorkbook } from '../fixtures/xlsx/planner-workbooks';
import { runPlanTracker, tempFolder } from '../fixtures/xlsx/run-cli';

const TASKS_PART = 'xl/worksheets/sheet1.xml';
let built: Uint8Array;

beforeAll(async () => {
  built = await builtWorkbook();
});

async function refusal(bytes: Uint8Array, limits = READ_LIMITS): Promise<WorkbookError> {
  try {
    await openXlsx(bytes, limits);
  } catch (error) {
    if (isWorkbookError(error)) return error;
    throw error;
  }
  throw new Error('the workbook was opened');
}

/** The central directory's uncompressed size of `part`, set to `size` (what a zip bomb declares, or hides). */
function declaring(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const out = new Uint8Array(bytes); // a copy: Buffer#slice would share the built bytes
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let i = 0; i + 46 < out.length; i += 1) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    if (strFromU8(out.subarray(i + 46, i + 46 + nameLength)) === part) {
      view.setUint32(i + 24, size, true);
      return out;
    }
  }
  throw new Error(`no ${part} in the zip`);
}

/** Rows of the tasks sheet as built (the table, and the formatted rows under it). */
function rowsOf(bytes: Uint8Array): number {
  return (strFromU8(unzipSync(bytes)[TASKS_PART]).match(/<row[\s>]/g) ?? []).length;
}

/** The built workbook with `rows` (sheet XML) added under the tasks table, stored uncompressed. */
function withExtraRows(bytes: Uint8Array, rows: string): Uint8Array {
  const parts = unzipSync(bytes);
  const xml = strFromU8(parts[TASKS_PART]);
  parts[TASKS_PART] = strToU8(xml.replace('</sheetData>', `${rows}</sheetData>`));
  return zipSync(parts, { level: 0 });
}

/** A million rows of one number each (without row numbers, which the standard allows: quick to make). */
const MILLION_ROWS = '<row><c><v>1</v></c></row>'.repeat(1_000_000);

/** `count` numbered rows of one number each, from row 1000 on. */
function numberedRows(count: number): string {
  return Array.from({ length: count }, (_, i) => `<row r="${1000 + i}"><c r="A${1000 + i}"><v>1</v></c></row>`).join('');
}

describe('a zip part that expands past the limit', () => {
  it('is refused from its declared size, before it is inflated', async () => {
    const error = await refusal(declaring(built, TASKS_PART, 2 ** 31));
    expect(error.kind).toBe('too-large');
    expect(error.words.vi).toContain(`"${TASKS_PART}"`);
    expect(error.words.vi).toContain('2,048 MB');
    expect(error.words.en).toContain('256 MB limit');
  });

  it('is refused when the parts together pass the total', async () => {
    const error = await refusal(built, { ...READ_LIMITS, totalBytes: 100_000 });
    expect(error.kind).toBe('too-large');
    expect(error.words.en).toMatch(/^The file’s content expands to/);
  });

  it('that hides its size is cut at the size it declares: a damaged file, not a crash', async () => {
    const error = await refusal(declaring(built, TASKS_PART, 1000));
    expect(error.words.en).toMatch(/not an Excel \.xlsx workbook|damaged/);
  });
});

describe('a sheet of a million rows', () => {
  // Writing a file of a million rows takes seconds on a busy machine: the time limits are for that.
  it('is refused with the sheet and its row count', async () => {
    const error = await refusal(withExtraRows(built, MILLION_ROWS));
    expect(error.kind).toBe('too-large');
    const rows = (rowsOf(built) + 1_000_000).toLocaleString('en-US');
    expect(rows).toMatch(/^1,000,\d{3}$/);
    expect(error.words.vi).toContain(`Trang tính "Nhiệm vụ" có ${rows} dòng, quá giới hạn 200,000 dòng`);
    expect(error.words.en).toContain(`Sheet "Nhiệm vụ" has ${rows} rows, past the 200,000 rows`);
  });

  it('up to the limit still opens', async () => {
    const limits = { ...READ_LIMITS, sheetRows: rowsOf(built) + 1000 };
    const workbook = await openXlsx(withExtraRows(built, numberedRows(1000)), limits);
    expect((await workbook.listSheets())[0].name).toBe('Nhiệm vụ');
    await expect(openXlsx(withExtraRows(built, numberedRows(1001)), limits)).rejects.toThrow(/quá giới hạn/);
  });

  it('is one line on the command line, exit 1, not a crash', async () => {
    const folder = tempFolder();
    try {
      const path = folder.path('trieu-dong.xlsx');
      writeFileSync(path, withExtraRows(built, MILLION_ROWS));
      const { code, err } = await runPlanTracker('validate', path);
      expect(code).toBe(1);
      expect(err).toContain(`${(rowsOf(built) + 1_000_000).toLocaleString('en-US')} dòng`);
      expect(err).not.toContain('unexpected error');
    } finally {
      folder.cleanup();
    }
  }, 60_000);
});
