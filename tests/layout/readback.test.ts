import { readHistory, readOwners, readTasks } from '../../src/layout/readback';
import { historySheet, HISTORY_CHUNK } from '../../src/layout/summary';
import type { ReadCell, TableRead } from '../../src/layout/readback/table-read';
import { readDeadline } from '../../src/core/deadline';
import { toExcelSerial } from '../../src/core/dates';

const HEADERS = ['Mã NV', 'Mục', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Bắt đầu', 'Hạn hoàn thành', 'Tiến độ', 'Ngày hoàn thành', 'Ghi chú', 'Tình trạng', 'Số ngày quá hạn', 'Nguồn', 'Lưu ý nguồn'];

function table(headers: string[], rows: ReadCell[][]): TableRead {
  return { sheet: 'Nhiệm vụ', table: 'PT_Tasks', headers, rows, headerRow: 5, firstColumn: 1 };
}

function row(values: Partial<Record<string, ReadCell>>, headers = HEADERS): ReadCell[] {
  return headers.map((h) => values[h] ?? null);
}

describe('readTasks', () => {
  it('reads a row written by the layout', () => {
    const read = readTasks(table(HEADERS, [row({
      'Mã NV': 'C.10-01', 'Mục': 'C.10', 'Nội dung nhiệm vụ': 'Lãnh đạo, chỉ đạo …', 'Cơ quan chủ trì': 'Sở Nội vụ; Ban Tổ chức Tỉnh ủy',
      'Thời gian thực hiện': 'thực hiện trong tháng 01/2018', 'Bắt đầu': { date: '2018-01-01' }, 'Hạn hoàn thành': { date: '2018-01-31' },
      'Tiến độ': 'Đã hoàn thành', 'Ngày hoàn thành': { date: '2018-02-10' }, 'Ghi chú': 'Báo cáo số 12', 'Nguồn': 'Kế hoạch',
    })]), { readPhrase: (text) => readDeadline(text, { issued: '2018-02-12' }) });
    expect(read.problems).toEqual([]);
    expect(read.tasks).toEqual([{
      id: 'C.10-01', section: 'C.10', heading: '', text: 'Lãnh đạo, chỉ đạo …', original: 'Lãnh đạo, chỉ đạo …',
      lead: ['Sở Nội vụ', 'Ban Tổ chức Tỉnh ủy'], support: [],
      deadline: { text: 'thực hiện trong tháng 01/2018', start: '2018-01-01', end: '2018-01-31', kind: 'month', convention: null },
      progress: 'done', completedOn: '2018-02-10', note: 'Báo cáo số 12',
    }]);
    expect(read.locate('C.10-01', 'end')).toEqual({ sheet: 'Nhiệm vụ', cell: 'H6' });
  });

  it('matches reordered and renamed columns by folded header', () => {
    const headers = ['hạn hoàn thành', 'NỘI DUNG', 'Ghi chú', 'Mã nhiệm vụ', 'Tiến độ'];
    const read = readTasks({ ...table(headers, [['15/03/2019', 'Việc A', 'x', 'A-1', 'đang thực hiện']]), firstColumn: 3 });
    expect(read.problems).toEqual([]);
    expect(read.tasks[0]).toMatchObject({ id: 'A-1', text: 'Việc A', note: 'x', progress: 'in-progress', deadline: { end: '2019-03-15', kind: 'by-date' } });
    expect(read.locate('A-1', 'id')).toEqual({ sheet: 'Nhiệm vụ', cell: 'F6' });
    expect(read.locate('A-1', 'lead')).toBeNull();
  });

  it('reports a missing required column and reads nothing', () => {
    const read = readTasks(table(['Mã NV', 'Ghi chú'], [['A-1', 'x']]));
    expect(read.tasks).toEqual([]);
    expect(read.problems).toEqual([expect.objectContaining({ code: 'SHEET_COLUMN_MISSING', severity: 'error', field: 'text' })]);
    expect(read.problems[0].message.vi).toContain('Nội dung nhiệm vụ');
  });

  it('reads dates as text, serials and ISO, and skips blank rows', () => {
    const dates: ReadCell[] = ['1/2/2019', toExcelSerial('2019-02-03'), '2019-02-04', '05.02.2019', '06-02-2019'];
    const rows = [...dates.map((d, i) => row({ 'Mã NV': `T${i}`, 'Nội dung nhiệm vụ': 'x', 'Hạn hoàn thành': d })), row({}), row({ 'Ghi chú': '  ' })];
    const read = readTasks(table(HEADERS, rows));
    expect(read.tasks.map((t) => t.deadline.end)).toEqual(['2019-02-01', '2019-02-03', '2019-02-04', '2019-02-05', '2019-02-06']);
    expect(read.tasks).toHaveLength(5);
    expect(read.rowOf).toEqual([0, 1, 2, 3, 4]);
  });

  it('turns unreadable dates, error values and unknown progress into findings, never stopping', () => {
    const read = readTasks(table(HEADERS, [
      row({ 'Mã NV': 'A', 'Nội dung nhiệm vụ': 'x', 'Hạn hoàn thành': '31/02/2019' }),
      row({ 'Mã NV': 'B', 'Nội dung nhiệm vụ': { error: '#REF!' }, 'Tiến độ': 'xong rồi' }),
      row({ 'Nội dung nhiệm vụ': 'planner row without id' }),
      row({ 'Mã NV': 'D', 'Nội dung nhiệm vụ': 'ok', 'Ngày hoàn thành': true }),
    ]));
    expect(read.tasks.map((t) => t.id)).toEqual(['A', 'B', 'DONG-8', 'D']);
    expect(read.tasks[0].deadline.end).toBeNull();
    expect(read.tasks[1].text).toBe('');
    expect(read.problems.map((p) => [p.code, p.taskId])).toEqual([
      ['SHEET_DATE_UNREADABLE', 'A'],
      ['SHEET_CELL_ERROR', 'B'],
      ['SHEET_PROGRESS_UNREADABLE', 'B'],
      ['SHEET_ROW_WITHOUT_ID', 'DONG-8'],
      ['SHEET_DATE_UNREADABLE', 'D'],
    ]);
    for (const p of read.problems) expect(p.message.en).not.toBe('');
  });

  it('knows retired rows and planner rows from "Nguồn"', () => {
    const read = readTasks(table(HEADERS, [
      row({ 'Mã NV': 'A', 'Nội dung nhiệm vụ': 'x', 'Nguồn': 'Đã rút khỏi kế hoạch' }),
      row({ 'Mã NV': 'B', 'Nội dung nhiệm vụ': 'y', 'Nguồn': 'Bổ sung' }),
    ]));
    expect(read.tasks[0].retired).toBe(true);
    expect(read.rows.get('A')?.origin).toBe('retired');
    expect(read.rows.get('B')?.origin).toBe('planner');
  });
});

describe('readOwners', () => {
  it('reads names, lists and the collective flag; skips blanks and repeats', () => {
    const read = readOwners({
      sheet: 'Đơn vị', table: 'PT_Owners', headerRow: 4, firstColumn: 1,
      headers: ['Tên cơ quan, đơn vị', 'Viết tắt', 'Tên gọi khác', 'Tập thể (nhiều cơ quan)', 'Mã'],
      rows: [
        ['Ban Tổ chức Tỉnh ủy', 'BTCTU; BTC', null, null, 'ban-to-chuc-tinh-uy'],
        [null, null, null, null, null],
        ['Các sở, ban, ngành', null, null, 'Có', null],
        ['ban tổ chức tỉnh ủy', null, null, null, null],
      ],
    });
    expect(read.owners).toEqual([
      { id: 'ban-to-chuc-tinh-uy', name: 'Ban Tổ chức Tỉnh ủy', abbreviations: ['BTCTU', 'BTC'], aliases: [], collective: false },
      { id: 'cac-so-ban-nganh', name: 'Các sở, ban, ngành', abbreviations: [], aliases: [], collective: true },
    ]);
  });
});

describe('history round trip', () => {
  it('splits a long snapshot over several rows and joins it back', () => {
    const statuses: Record<string, 'overdue'> = {};
    for (let i = 0; i < 5000; i += 1) statuses[`Nhiệm vụ số ${i}`] = 'overdue';
    const snapshots = [{ asOf: '2019-01-01', statuses: { A: 'done-on-time' as const } }, { asOf: '2019-03-01', statuses }];
    const spec = historySheet({ number: '43-KH/TU', issuer: '', place: '', issued: '2018-02-12', title: '', implements: '' }, snapshots);
    const rows = spec.tables[0].rows;
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows) expect(String(r[r.length - 1]).length).toBeLessThanOrEqual(HISTORY_CHUNK);
    const read = readHistory({
      sheet: 'Lịch sử', table: 'PT_History', headerRow: 4, firstColumn: 1,
      headers: spec.tables[0].columns.map((c) => c.header),
      rows: rows.map((r) => r.map((cell) => (cell !== null && typeof cell === 'object' && 'date' in cell ? { date: cell.date } : (cell as ReadCell)))),
    });
    expect(read.problems).toEqual([]);
    expect(read.snapshots).toEqual(snapshots);
  });

  it('skips a damaged record with a warning', () => {
    const read = readHistory({
      sheet: 'Lịch sử', table: 'PT_History', headerRow: 4, firstColumn: 1,
      headers: ['Ngày báo cáo', 'Phần', 'Số nhiệm vụ', 'Đã hoàn thành', 'Quá hạn', 'Dữ liệu (JSON)'],
      rows: [[{ date: '2019-01-01' }, 1, 1, 0, 0, '{"asOf":"2019-01-01","statuses":{"A":"overdue"}}'], [{ date: '2019-02-01' }, 1, 1, 0, 0, '{broken']],
    });
    expect(read.snapshots).toEqual([{ asOf: '2019-01-01', statuses: { A: 'overdue' } }]);
    expect(read.problems.map((p) => p.code)).toEqual(['SHEET_HISTORY_UNREADABLE']);
  });
});
