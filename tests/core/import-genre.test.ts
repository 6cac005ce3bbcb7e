/**
 * The importer is built for the genre, not for two files: small plans written in the other
 * layouts Vietnamese plans use (a) b) items, "+" sub-items, tables, label lines, "chậm nhất ngày …",
 * headings in bold without numbers, one paragraph per line) and the damage extraction leaves.
 */
import { plan43Owners } from '../../src/catalogues';
import { importPlanText } from '../../src/core/import';
import { createRegistry } from '../../src/core/owners';

const HEADER = `ỦY BAN NHÂN DÂN
HUYỆN AN PHÚ
Số: 12/KH-UBND

An Phú, ngày 05 tháng 3 năm 2025

KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2025

Căn cứ Quyết định số 99/QĐ-UBND ngày 01/02/2025 của UBND tỉnh về chuyển đổi số, UBND huyện ban hành kế hoạch như sau:
`;

function tasksOf(body: string) {
  return importPlanText(`${HEADER}\n${body}`).catalogue.tasks;
}

describe('importPlanText across the genre', () => {
  it('reads a) b) items, an introduction with bullets under it, and "+" sub-items folded into their item', () => {
    const result = importPlanText(`${HEADER}
I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm triển khai đồng bộ, hiệu quả.

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Hạ tầng số
a) Nâng cấp mạng nội bộ các cơ quan chậm nhất ngày 30/6/2025.
b) Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Phòng Tài chính - Kế hoạch triển khai phần mềm quản lý văn bản (trước ngày 07/4/2025).
c) Các xã, thị trấn rà soát thiết bị:
- Máy tính cấp xã (Quý II/2025);
- Đường truyền (trung tuần tháng 4/2025).
2. Dịch vụ công
- Theo dõi, tổng hợp, báo cáo kết quả thực hiện
+ báo cáo quý;
+ báo cáo năm.
`);
    const tasks = result.catalogue.tasks;
    expect(tasks.map((t) => [t.id, t.lead, t.deadline.kind, t.deadline.end])).toEqual([
      ['II.1-01', [], 'by-date', '2025-06-30'],
      ['II.1-02', ['Phòng Văn hóa và Thông tin'], 'by-date', '2025-04-07'],
      ['II.1.c-01', ['Các xã, thị trấn'], 'quarter', '2025-06-30'],
      ['II.1.c-02', ['Các xã, thị trấn'], 'ten-day', '2025-04-20'],
      ['II.2-01', [], 'missing', null],
    ]);
    expect(tasks[1].support).toEqual(['Phòng Tài chính - Kế hoạch']);
    expect(tasks[4].text).toBe('Theo dõi, tổng hợp, báo cáo kết quả thực hiện + báo cáo quý; + báo cáo năm.');
    expect(result.findings.filter((f) => f.code === 'IMPORT_NUMBERING_GAP')).toEqual([]);
  });

  it('reads a task table: header columns, a group row as a sub-heading, each row a task', () => {
    const tasks = tasksOf(`II. NHIỆM VỤ
| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |
|---|---|---|---|---|---|
| I | Cơ sở dữ liệu | | | | |
| 1 | Số hóa hồ sơ đất đai | Phòng Tài nguyên và Môi trường | Các xã, thị trấn | Tháng 11 - 12/2025 | Dữ liệu số |
| 2 | Xây dựng kho dữ liệu dùng chung | Phòng Văn hóa và Thông tin | | 6 tháng cuối năm | |
`);
    expect(tasks.map((t) => [t.id, t.heading, t.text, t.lead, t.support, t.deadline.start, t.deadline.end])).toEqual([
      ['II.H1-01', 'Cơ sở dữ liệu', 'Số hóa hồ sơ đất đai', ['Phòng Tài nguyên và Môi trường'], ['Các xã, thị trấn'], '2025-11-01', '2025-12-31'],
      ['II.H1-02', 'Cơ sở dữ liệu', 'Xây dựng kho dữ liệu dùng chung', ['Phòng Văn hóa và Thông tin'], [], '2025-07-01', '2025-12-31'],
    ]);
    expect(tasks[0].remarks).toContain('Sản phẩm: Dữ liệu số');
  });

  it('reads "Cơ quan chủ trì:" / "Thời hạn:" lines, also when a line break falls inside the time phrase', () => {
    const tasks = tasksOf(`**NHIỆM VỤ CỤ THỂ**

- Xây dựng quy chế phối hợp.

Cơ quan chủ trì: Phòng Nội vụ.

Cơ quan phối hợp: Văn phòng HĐND và UBND huyện; Công an huyện.

Thời gian thực hiện: Quý
II/2025.

- Rà soát thủ tục hành chính.

Thời hạn: Thường xuyên.
`);
    expect(tasks.map((t) => [t.id, t.lead, t.support, t.deadline.text, t.deadline.kind])).toEqual([
      ['H1-01', ['Phòng Nội vụ'], ['Văn phòng HĐND và UBND huyện', 'Công an huyện'], 'Quý II/2025', 'quarter'],
      ['H1-02', [], [], 'Thường xuyên', 'continuous'],
    ]);
  });

  it('keeps plans written one paragraph per line apart, and drops page numbers', () => {
    const tasks = tasksOf(`B. NỘI DUNG
1. Phòng Giáo dục và Đào tạo
Tổ chức tập huấn kỹ năng số cho giáo viên (trong tháng 5/2025).
Trang 2
Xây dựng kho học liệu số dùng chung (Quý III/2025).
- 3 -
2. Phòng Y tế
Triển khai hồ sơ sức khỏe điện tử (năm 2025).
`);
    expect(tasks.map((t) => [t.id, t.text, t.lead])).toEqual([
      ['B.1-01', 'Tổ chức tập huấn kỹ năng số cho giáo viên (trong tháng 5/2025).', ['Phòng Giáo dục và Đào tạo']],
      ['B.1-02', 'Xây dựng kho học liệu số dùng chung (Quý III/2025).', ['Phòng Giáo dục và Đào tạo']],
      ['B.2-01', 'Triển khai hồ sơ sức khỏe điện tử (năm 2025).', ['Phòng Y tế']],
    ]);
  });

  it('reports a missing section without inventing one, and keeps a paragraph cut at its start', () => {
    const result = importPlanText(`${HEADER}
II. NHIỆM VỤ

1. Đối với cấp huyện

- Kiện toàn Ban Chỉ đạo chuyển đổi số (Quý I/2025).

cấp xã, bảo đảm đủ thành phần theo quy định.

3. Đối với cấp xã

- Bố trí công chức phụ trách chuyển đổi số (trong năm 2025).
`);
    const tasks = result.catalogue.tasks;
    expect(tasks.map((t) => [t.id, t.incomplete ?? false])).toEqual([
      ['II.1-01', false],
      ['II.2-01', true],
      ['II.3-01', false],
    ]);
    expect(tasks[1].text).toBe('cấp xã, bảo đảm đủ thành phần theo quy định.');
    expect(tasks[1].lead).toEqual([]);
    expect(result.catalogue.sections.find((s) => s.id === 'II.2')?.title).toBe('');
    expect(result.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['IMPORT_NUMBERING_GAP', 'IMPORT_HEADING_LOST', 'IMPORT_FRAGMENT']));
    expect(result.catalogue.gaps.map((g) => g.section)).toEqual(expect.arrayContaining(['II.2', 'II.2-01']));
  });

  it('records a gap for a section lost whole when nothing is cut', () => {
    const result = importPlanText(`${HEADER}
I. MỤC ĐÍCH

Bảo đảm tiến độ.

II. NHIỆM VỤ

1. Đối với cấp huyện

- Kiện toàn Ban Chỉ đạo (Quý I/2025).

4. Đối với cấp xã

- Bố trí công chức (trong năm 2025).
`);
    expect(result.catalogue.tasks.map((t) => t.id)).toEqual(['II.1-01', 'II.4-01']);
    expect(result.catalogue.gaps).toEqual([expect.objectContaining({ section: 'II.2–II.3' })]);
  });

  it('marks the last task incomplete when the text stops mid-sentence without a closing', () => {
    const tasks = tasksOf(`II. NHIỆM VỤ

- Kiện toàn Ban Chỉ đạo (Quý I/2025).

- Bố trí công chức phụ trách chuyển đổi số tại`);
    expect(tasks.map((t) => t.incomplete ?? false)).toEqual([false, true]);
  });

  it('reads the header of a People\'s Committee plan and reports missing header fields', () => {
    const full = importPlanText(`${HEADER}\nII. NHIỆM VỤ\n\n- Kiện toàn Ban Chỉ đạo (Quý I/2025).\n`);
    expect(full.catalogue.plan).toEqual({
      number: '12/KH-UBND', issuer: 'Ủy ban nhân dân huyện An Phú', place: 'An Phú', issued: '2025-03-05',
      title: 'Triển khai công tác chuyển đổi số năm 2025', implements: 'Quyết định số 99/QĐ-UBND ngày 01/02/2025 của UBND tỉnh',
    });
    const bare = importPlanText('II. NHIỆM VỤ\n\n- Kiện toàn Ban Chỉ đạo (Quý I/2025).\n');
    expect(bare.catalogue.tasks).toHaveLength(1);
    expect(bare.findings.filter((f) => f.code === 'IMPORT_HEADER_FIELD_MISSING')).toHaveLength(4);
  });

  it('says so when there is nothing to import', () => {
    expect(importPlanText('').findings.map((f) => f.code)).toEqual(expect.arrayContaining(['IMPORT_EMPTY']));
    expect(importPlanText('Xin chào.').catalogue.tasks).toEqual([]);
  });

  it('matches names against a registry, keeping them as written and only suggesting', () => {
    const registry = createRegistry(plan43Owners);
    const result = importPlanText(`${HEADER}
III. TỔ CHỨC THỰC HIỆN

1. Sở Tài chánh

- Bố trí kinh phí thực hiện kế hoạch.

2. Sở Tài chính

- Thẩm định dự toán.
`, { registry });
    expect(result.catalogue.tasks.map((t) => t.lead)).toEqual([['Sở Tài chánh'], ['Sở Tài chính']]);
    const unknown = result.findings.filter((f) => f.code === 'IMPORT_OWNER_UNKNOWN');
    expect(unknown).toEqual([expect.objectContaining({ taskId: 'III.1-01', field: 'lead', suggestion: 'Sở Tài chính' })]);
  });
});
