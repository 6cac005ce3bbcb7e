/**
 * Loading a plan into a workbook that tracks another one is refused, never merged: merged, every
 * task of the old plan would be marked "Đã rút khỏi kế hoạch" and the new plan's added beside
 * them. The words say which plan the workbook holds, which one was given, and the two ways on: a
 * new workbook for the new plan, or replacing the plan (the old rows kept on a sheet of their own).
 */
import type { PlanInfo } from '../core/model';
import { WorkbookError } from '../workbook/port';

export class PlanMismatchError extends WorkbookError {
  /** The plan the workbook tracks. */
  readonly held: PlanInfo;
  /** The plan the command was given. */
  readonly given: PlanInfo;
  /** Where the old rows would go if the planner chooses to replace the plan. */
  readonly archiveSheet: string;

  constructor(held: PlanInfo, given: PlanInfo, archiveSheet: string) {
    super('plan-mismatch', {
      vi:
        `Sổ tính này đang theo dõi Kế hoạch ${held.number}; kế hoạch vừa nhập là Kế hoạch ${given.number}. ` +
        'Tiện ích không trộn hai kế hoạch trong một sổ tính. ' +
        `Để theo dõi Kế hoạch ${given.number}, hãy mở một sổ tính mới rồi tải kế hoạch vào đó; ` +
        `hoặc chọn thay thế kế hoạch: các dòng của Kế hoạch ${held.number} được giữ nguyên (giá trị) trên trang "${archiveSheet}", ` +
        `rồi Kế hoạch ${given.number} được tải vào.`,
      en:
        `This workbook tracks plan ${held.number}; the imported plan is ${given.number}. ` +
        'The add-in never mixes two plans in one workbook. ' +
        `To track plan ${given.number}, open a new workbook and load the plan there; ` +
        `or choose to replace the plan: the rows of plan ${held.number} are kept (as values) on the sheet "${archiveSheet}", ` +
        `then plan ${given.number} is loaded.`,
    });
    this.name = 'PlanMismatchError';
    this.held = held;
    this.given = given;
    this.archiveSheet = archiveSheet;
  }
}

export function isPlanMismatch(error: unknown): error is PlanMismatchError {
  return error instanceof PlanMismatchError;
}
