/**
 * `npm run bench:core`: validateTasks and summarize on 100,000 generated tracked tasks, against a
 * baseline of one trivial pass over the same array. One JSON line per measurement: median of 5 runs
 * in ms, and the ratio to the baseline. Aim: validate + summarize under 1 s.
 */
import { addDays } from '../src/core/dates';
import { readDeadline } from '../src/core/deadline';
import type { DeadlineWindow, Owner, PlanInfo, Progress, Settings, TrackedTask } from '../src/core/model';
import { createRegistry } from '../src/core/owners';
import { validateTasks } from '../src/core/rules';
import { summarize } from '../src/core/summary';

const TASK_COUNT = 100_000;
const RUNS = 5;

/** mulberry32: a small deterministic generator, so every run measures the same tasks. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const PHRASES = [
  'thực hiện trong năm 2018',
  'hoàn thành trong Quý I/2019',
  'trong tháng 02/2020',
  '6 tháng đầu năm 2021',
  'từ năm 2018 đến năm 2020',
  'từ tháng 9/2018',
  'đến năm 2025',
  'chậm nhất ngày 09/3/2025',
  'trước ngày 07/4/2026',
  'thượng tuần tháng 4/2026',
  'cuối năm 2026',
  'nhiệm kỳ 2021 - 2026',
  'Thường xuyên',
  'Hằng năm',
  'Định kỳ hằng quý',
  'Sau khi Nghị định được ban hành',
  'thực hiện trong tháng 01/2018',
  'khi điều kiện cho phép hoặc sớm hơn',
  '',
  'Quý IV/2026',
];

const OWNERS: Owner[] = [
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Kế hoạch và Đầu tư',
  'Ban Tổ chức Tỉnh ủy',
  'Ban Tuyên giáo Tỉnh ủy',
  'Ban Dân vận Tỉnh ủy',
  'Văn phòng Tỉnh ủy',
  'Ủy ban nhân dân tỉnh',
  'Công an tỉnh',
].map((name, i) => ({ id: `owner-${i}`, name, abbreviations: [], aliases: [], collective: false }));

// Names as planners type them: registered, a near-miss, a collective, an unknown body, nothing.
const LEAD_NAMES = [...OWNERS.map((o) => o.name), 'Sở Tài chánh', 'sở nội vụ', 'Các sở, ban, ngành', 'Bưu điện tỉnh'];
const PROGRESS: (Progress | null)[] = [null, 'not-started', 'in-progress', 'done', 'paused'];

const PLAN: PlanInfo = {
  number: '43-KH/TU',
  issuer: 'Tỉnh ủy Bình Dương',
  place: 'Thủ Dầu Một',
  issued: '2018-02-12',
  title: 'Bench',
  implements: 'Nghị quyết số 18-NQ/TW',
};
const SETTINGS: Settings = { asOf: '2026-11-27', dueSoonDays: 7, beforeDateExclusive: false };

function generate(count: number): TrackedTask[] {
  const next = random(43);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const windows = new Map<string, DeadlineWindow>(PHRASES.map((p) => [p, readDeadline(p, { issued: PLAN.issued })]));
  const tasks: TrackedTask[] = [];
  for (let i = 0; i < count; i += 1) {
    const deadline = windows.get(pick(PHRASES)) as DeadlineWindow;
    const progress = pick(PROGRESS);
    const leads = next() < 0.05 ? [] : next() < 0.15 ? [pick(LEAD_NAMES), pick(LEAD_NAMES)] : [pick(LEAD_NAMES)];
    const completedOn = progress === 'done' && next() < 0.9 ? addDays('2018-01-01', Math.floor(next() * 3300)) : null;
    const text = `Nhiệm vụ số ${i}: ${pick(['Rà soát', 'Sắp xếp', 'Kiện toàn', 'Xây dựng đề án'])} ${pick(['tổ chức bộ máy', 'biên chế', 'chức năng, nhiệm vụ'])}`;
    tasks.push({
      id: next() < 0.001 ? `T-${i - 1}` : `T-${i}`, // a few duplicate ids
      section: `S.${i % 40}`,
      heading: 'Bench',
      text,
      original: text,
      lead: leads,
      support: next() < 0.3 ? [pick(LEAD_NAMES)] : [],
      deadline,
      incomplete: next() < 0.001,
      progress,
      completedOn,
      note: '',
    });
  }
  return tasks;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(work: () => unknown): { ms: number; result: unknown } {
  const times: number[] = [];
  let result: unknown;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    result = work();
    times.push(performance.now() - started);
  }
  return { ms: Math.round(median(times) * 100) / 100, result };
}

const tasks = generate(TASK_COUNT);
const context = { plan: PLAN, settings: SETTINGS, registry: createRegistry(OWNERS), gaps: [] };

const baseline = measure(() => {
  let length = 0;
  for (const task of tasks) length += task.text.length;
  return length;
});
const validation = measure(() => validateTasks(tasks, context));
const summary = measure(() => summarize(tasks, SETTINGS));

const report = (name: string, ms: number, extra: Record<string, number> = {}) =>
  console.log(JSON.stringify({ name, tasks: TASK_COUNT, runs: RUNS, ms, ratio: Math.round((ms / Math.max(baseline.ms, 0.001)) * 10) / 10, ...extra }));

report('baseline: sum of text lengths', baseline.ms);
report('validateTasks', validation.ms, { findings: (validation.result as unknown[]).length });
report('summarize', summary.ms);
report('validate + summarize', Math.round((validation.ms + summary.ms) * 100) / 100);
