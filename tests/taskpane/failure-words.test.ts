/**
 * After a failed command the workbook may hold half of a write: no message a planner sees after a
 * failure may tell them to save it (issue 10, point 4). Every error kind and the pane's fallback.
 */
import { say } from '../../src/taskpane/panel/strings';
import { workbookError, type WorkbookErrorKind } from '../../src/workbook/port';

const KINDS: WorkbookErrorKind[] = [
  'table-missing', 'sheet-missing', 'insert-delete-conflict', 'sheet-protected', 'cell-edit-mode', 'api-unsupported',
  'sheet-name-taken', 'too-large', 'plan-mismatch', 'plan-unreadable', 'unknown',
];

/** "hãy lưu" / "save the file" advise saving; "đừng lưu" / "do not save" warn against it. */
function advisesSaving(text: string): boolean {
  return /(?<!đừng )\blưu (tệp|lại|sổ)|hãy lưu|(?<!not )\bsave (the|it|your)/iu.test(text);
}

describe('messages after a failure', () => {
  it('the check itself tells advice from warning', () => {
    expect(advisesSaving('Hãy lưu tệp rồi mở lại.')).toBe(true);
    expect(advisesSaving('If it persists, save the file and reopen it.')).toBe(true);
    expect(advisesSaving('Nếu thấy trang tính thiếu dữ liệu, đừng lưu đè tệp.')).toBe(false);
    expect(advisesSaving('If a sheet looks incomplete, do not save over the file.')).toBe(false);
  });

  it.each(KINDS)('%s never advises saving', (kind) => {
    const { words } = workbookError(kind, 'Nhiệm vụ');
    expect([advisesSaving(words.vi), advisesSaving(words.en)]).toEqual([false, false]);
  });

  it("the pane's fallback for an unexpected error never advises saving", () => {
    expect([advisesSaving(say('vi', 'unexpected')), advisesSaving(say('en', 'unexpected'))]).toEqual([false, false]);
  });
});
