/**
 * Accuracy on a plan of another layout: Kế hoạch 141/KH-UBND (Bắc Ninh, 2025), a Markdown
 * extraction with table pipes, bold headings broken over lines, and "Đơn vị chủ trì / Đơn vị phối
 * hợp / Thời gian thực hiện" lines under the tasks. The expected tasks were written by reading the
 * text (tests/fixtures/bac-ninh-141.expected.json).
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { importPlanText } from '../../src/core/import';

interface ExpectedTask {
  id: string;
  textStart: string;
  lead: string[];
  support: string[];
  time: string;
  start: string | null;
  end: string | null;
  kind: string;
}

const FIXTURE = path.resolve(__dirname, '../fixtures/plans/bac-ninh-141-KH-UBND-2025.txt');
const SHARED = path.resolve(__dirname, '../../../shared/plans/bac-ninh-141-KH-UBND-2025.txt');
const expected = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/bac-ninh-141.expected.json'), 'utf8')) as {
  plan: { number: string; place: string; issued: string; issuer: string; titleStart: string };
  taskPartSections: string[];
  tasks: ExpectedTask[];
};
const text = readFileSync(FIXTURE, 'utf8');
const result = importPlanText(text);

describe('importPlanText on Kế hoạch 141/KH-UBND (Bắc Ninh)', () => {
  it('reads the fixture copy, identical to the shared plan text when that is present', () => {
    if (existsSync(SHARED)) expect(text).toBe(readFileSync(SHARED, 'utf8'));
    expect(text).toContain('Số: 141/KH-UBND');
  });

  it('reads the header across table pipes and a date broken over two lines', () => {
    const plan = result.catalogue.plan;
    expect(plan.number).toBe(expected.plan.number);
    expect(plan.place).toBe(expected.plan.place);
    expect(plan.issued).toBe(expected.plan.issued);
    expect(plan.issuer).toBe(expected.plan.issuer);
    expect(plan.title.startsWith(expected.plan.titleStart)).toBe(true);
    expect(plan.implements).toBe('Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy');
  });

  it('finds exactly the expected tasks, in order, with their ids', () => {
    expect(result.catalogue.tasks.map((task) => task.id)).toEqual(expected.tasks.map((task) => task.id));
  });

  it('gives each task its text, lead, support, time phrase and window as read by hand', () => {
    const differences: string[] = [];
    expected.tasks.forEach((want, index) => {
      const got = result.catalogue.tasks[index];
      if (!got) return;
      const actual = {
        textStart: got.text.slice(0, want.textStart.length), lead: got.lead, support: got.support,
        time: got.deadline.text, start: got.deadline.start, end: got.deadline.end, kind: got.deadline.kind,
      };
      for (const field of Object.keys(actual) as Array<keyof typeof actual>) {
        if (JSON.stringify(actual[field]) !== JSON.stringify(want[field])) {
          differences.push(`${want.id} ${field}: imported ${JSON.stringify(actual[field])}, expected ${JSON.stringify(want[field])}`);
        }
      }
    });
    expect(differences).toEqual([]);
  });

  it('takes no task from Mục đích, yêu cầu or Mục tiêu, and none from Nơi nhận or the signature', () => {
    const sections = new Set(result.catalogue.tasks.map((task) => task.section));
    expect([...sections]).toEqual(expected.taskPartSections);
    for (const task of result.catalogue.tasks) expect(task.text).not.toMatch(/Nơi nhận|Phạm Văn Thịnh|\*|\|/);
  });

  it('joins the label value split by a blank line ("Văn\\nphòng UBND tỉnh; … địa phương\\n\\nliên quan.")', () => {
    const task = result.catalogue.tasks.find((t) => t.id === 'III.9-01');
    expect(task?.support).toEqual(['Văn phòng UBND tỉnh', 'Các cơ quan, đơn vị, địa phương liên quan']);
  });

  it('reports the second time phrase of IV-01 instead of dropping it', () => {
    const extra = result.findings.find((f) => f.code === 'IMPORT_EXTRA_TIME_PHRASE' && f.taskId === 'IV-01');
    expect(extra?.message.vi).toContain('hằng năm (trước ngày 15 tháng 11)');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('sees no lost page in a complete plan ("2026\n- 2030" is a range, not a bullet)', () => {
    expect(result.catalogue.gaps).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'IMPORT_NUMBERING_GAP' || f.code === 'IMPORT_FRAGMENT')).toEqual([]);
  });
});
