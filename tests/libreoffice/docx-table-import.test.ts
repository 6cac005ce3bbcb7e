/**
 * A .docx whose tasks are in a Word table (issue 9): LibreOffice Writer saves one from HTML with a
 * group row merged across the table and a lead cell merged over two rows; mammoth reads it back
 * as HTML and the importer reads the table's rows as tasks, the merged lead in both rows. Needs
 * Writer (CI installs libreoffice-writer-nogui).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlanFile } from '../../src/cli/load-plan';
import { tempFolder } from '../fixtures/xlsx/run-cli';
import { hasWriter, writerPdf } from './writer';

if (!hasWriter) {
  const message = 'LibreOffice Writer is not installed: the .docx table import check cannot run. Install libreoffice-writer-nogui.';
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
}

const describeWithWriter = hasWriter ? describe : describe.skip;

const PLAN_HTML = `<html><head><meta charset="utf-8"></head><body>
<p><b>ỦY BAN NHÂN DÂN TỈNH A</b></p>
<p>Số: 21/KH-UBND</p>
<p>Tỉnh A, ngày 05 tháng 3 năm 2025</p>
<p><b>KẾ HOẠCH</b></p>
<p>Chuyển đổi số năm 2025</p>
<p><b>I. NHIỆM VỤ</b></p>
<table border="1">
<tr><td>STT</td><td>Nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Cơ quan phối hợp</td><td>Thời gian thực hiện</td></tr>
<tr><td colspan="5"><b>1. Nhóm nhiệm vụ về hạ tầng</b></td></tr>
<tr><td>1</td><td>Nâng cấp mạng truyền số liệu chuyên dùng</td><td rowspan="2">Sở Khoa học và Công nghệ</td><td>Các sở, ngành</td><td>Quý II/2025</td></tr>
<tr><td>2</td><td>Xây dựng trung tâm dữ liệu tỉnh</td><td>Sở Tài chính</td><td>Năm 2025 - 2026</td></tr>
</table>
<p>Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan báo cáo Sở Khoa học và Công nghệ.</p>
</body></html>`;

describeWithWriter('a .docx with its tasks in a Word table', () => {
  const folder = tempFolder();
  const profile = join(tmpdir(), `plan-tracker-docx-${process.pid}`);

  beforeAll(() => {
    writeFileSync(folder.path('ke-hoach.html'), PLAN_HTML);
    writerPdf([folder.path('ke-hoach.html')], folder.path(''), profile, { inFilter: 'HTML (StarWriter)', target: 'docx:MS Word 2007 XML' });
  }, 180_000);

  afterAll(() => {
    folder.cleanup();
    rmSync(profile, { recursive: true, force: true });
  });

  test('imports each row as a task, the group row as a section, the merged lead in both rows', async () => {
    const loaded = await loadPlanFile(folder.path('ke-hoach.docx'));
    expect(loaded.catalogue.plan).toMatchObject({ number: '21/KH-UBND', issued: '2025-03-05', title: 'Chuyển đổi số năm 2025' });
    expect(loaded.catalogue.sections).toEqual([{ id: 'I', title: 'NHIỆM VỤ' }, { id: 'I.1', title: 'Nhóm nhiệm vụ về hạ tầng' }]);
    expect(loaded.catalogue.tasks.map((task) => [task.id, task.text, task.lead, task.support, task.deadline.start, task.deadline.end])).toEqual([
      ['I.1-01', 'Nâng cấp mạng truyền số liệu chuyên dùng', ['Sở Khoa học và Công nghệ'], ['Các sở, ngành'], '2025-04-01', '2025-06-30'],
      ['I.1-02', 'Xây dựng trung tâm dữ liệu tỉnh', ['Sở Khoa học và Công nghệ'], ['Sở Tài chính'], '2025-01-01', '2026-12-31'],
    ]);
  });
});
