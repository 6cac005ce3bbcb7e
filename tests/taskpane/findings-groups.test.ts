import { groupFindings } from '../../src/taskpane/panel/group-findings';
import type { LocatedFinding } from '../../src/services';
import type { Severity } from '../../src/core/model';

const located = (code: string, severity: Severity, taskId: string): LocatedFinding => ({
  finding: { code, severity, taskId, field: 'deadline', message: { vi: `${code} ${taskId}`, en: `${code} ${taskId}` } },
  target: { sheet: 'Nhiệm vụ', cell: 'F7' },
});

describe('findings grouped by kind', () => {
  test('one group per rule and severity, errors first, with the rule title and every finding in order', () => {
    const groups = groupFindings([
      located('DEADLINE_MISSING', 'warning', 'A.1'),
      located('OWNER_UNKNOWN', 'info', 'A.2'),
      located('DEADLINE_MISSING', 'warning', 'A.3'),
      located('ID_DUPLICATE', 'error', 'A.4'),
      located('DEADLINE_MISSING', 'warning', 'A.5'),
    ]);
    expect(groups.map((g) => [g.severity, g.code, g.findings.length])).toEqual([
      ['error', 'ID_DUPLICATE', 1],
      ['warning', 'DEADLINE_MISSING', 3],
      ['info', 'OWNER_UNKNOWN', 1],
    ]);
    expect(groups[1].title.vi).toBe('Thiếu thời hạn');
    expect(groups[1].findings.map((f) => f.finding.taskId)).toEqual(['A.1', 'A.3', 'A.5']);
  });

  test('a code no rule lists is its own group, titled by its code', () => {
    const [group] = groupFindings([located('SOMETHING_NEW', 'info', 'B.1')]);
    expect(group.title).toEqual({ vi: 'SOMETHING_NEW', en: 'SOMETHING_NEW' });
  });
});
