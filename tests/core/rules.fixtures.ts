/** Hand-made tasks for the rules, status and summary tests (not a test file itself). */
import type { DeadlineWindow, PlanInfo, Settings, TrackedTask } from '../../src/core/model';

export const PLAN: PlanInfo = {
  number: '43-KH/TU',
  issuer: 'Tỉnh ủy Bình Dương',
  place: 'Thủ Dầu Một',
  issued: '2018-02-12',
  title: 'Thực hiện Nghị quyết số 18-NQ/TW',
  implements: 'Nghị quyết số 18-NQ/TW',
};

export const SETTINGS: Settings = { asOf: '2026-11-27', dueSoonDays: 7, beforeDateExclusive: false };

export function window(partial: Partial<DeadlineWindow> = {}): DeadlineWindow {
  return { text: 'trong năm 2026', start: '2026-01-01', end: '2026-12-31', kind: 'year', convention: null, ...partial };
}

export function tracked(id: string, overrides: Partial<TrackedTask> = {}): TrackedTask {
  return {
    id,
    section: id.split('-')[0],
    heading: 'Sở Tài chính',
    text: `Nội dung nhiệm vụ ${id}`,
    original: `Nội dung nhiệm vụ ${id}`,
    lead: ['Sở Tài chính'],
    support: [],
    deadline: window(),
    progress: null,
    completedOn: null,
    note: '',
    ...overrides,
  };
}
