import type { PlanInfo } from '../model';
import { bodiesOf, type BodyCount } from './overdue-bodies';
import { bodyMidSentence, countWords, dateWords, joinWords, percentWords } from './report-words';
import type { ChangeSet, StatusCounts, Summary, TaskRef } from './types';

/** Beyond this many bodies, the paragraph names the first ones and counts the rest ("… và 03 cơ quan khác"). */
export const MAX_NAMED_BODIES = 6;

type Lang = 'vi' | 'en';

/**
 * "Ban Tổ chức Tỉnh ủy (02 nhiệm vụ)", a body with a single task named alone; past
 * MAX_NAMED_BODIES the first ones and "và 03 cơ quan khác".
 */
function bodyList(bodies: readonly BodyCount[], lang: Lang): string {
  const vi = lang === 'vi';
  const named = bodies.length > MAX_NAMED_BODIES ? bodies.slice(0, MAX_NAMED_BODIES - 1) : bodies;
  const items = named.map(({ name, tasks }) => {
    if (name === null) return vi ? `${countWords(tasks)} nhiệm vụ chưa xác định đơn vị chủ trì` : `${tasks} with no lead body`;
    const who = vi ? bodyMidSentence(name) : name;
    return tasks > 1 ? `${who} (${vi ? `${countWords(tasks)} nhiệm vụ` : `${tasks} tasks`})` : who;
  });
  const rest = bodies.length - named.length;
  const and = vi ? 'và' : 'and';
  if (rest === 0) return joinWords(items, and);
  return `${items.join(items.some((item) => item.includes(',')) ? '; ' : ', ')} ${and} ${vi ? `${countWords(rest)} cơ quan khác` : `${rest} other bodies`}`;
}

function doneClause(c: StatusCounts): string {
  if (c.done === 0) return 'chưa có nhiệm vụ nào hoàn thành';
  const share = `${countWords(c.done)}/${countWords(c.total)} nhiệm vụ đã hoàn thành`;
  const rate = `(đạt ${percentWords(c.done, c.total)})`;
  if (c.doneLate === 0) return `có ${share} đúng hạn ${rate}`;
  if (c.doneOnTime === 0) return `có ${share} ${rate} nhưng đều quá hạn`;
  return (
    `có ${share} ${rate}, trong đó ${countWords(c.doneOnTime)} nhiệm vụ hoàn thành đúng hạn, ` +
    `${countWords(c.doneLate)} nhiệm vụ hoàn thành quá hạn`
  );
}

function overdueClause(summary: Summary): string {
  const c = summary.overview.counts;
  if (c.overdue === 0) return 'không có nhiệm vụ nào quá hạn chưa hoàn thành';
  return `${countWords(c.overdue)} nhiệm vụ quá hạn chưa hoàn thành, gồm: ${bodyList(bodiesOf(summary.overdue), 'vi')}`;
}

/** The tasks neither done nor overdue, by what holds them: "Các nhiệm vụ còn lại gồm …". */
function restSentence(summary: Summary): string | null {
  const c = summary.overview.counts;
  const working = c.inProgress + c.dueSoon;
  const items: string[] = [];
  if (working > 0) {
    const soon = c.dueSoon === 0 ? '' : c.dueSoon === working ? ' (đều sắp đến hạn)' : ` (trong đó ${countWords(c.dueSoon)} nhiệm vụ sắp đến hạn)`;
    items.push(`${countWords(working)} nhiệm vụ đang thực hiện trong hạn${soon}`);
  }
  if (c.notStarted > 0) items.push(`${countWords(c.notStarted)} nhiệm vụ chưa thực hiện`);
  if (c.paused > 0) items.push(`${countWords(c.paused)} nhiệm vụ tạm dừng`);
  if (c.notDue > 0) items.push(`${countWords(c.notDue)} nhiệm vụ chưa đến thời gian thực hiện`);
  if (c.ongoing > 0) items.push(`${countWords(c.ongoing)} nhiệm vụ thực hiện thường xuyên`);
  if (c.noDeadline > 0) items.push(`${countWords(c.noDeadline)} nhiệm vụ chưa xác định thời hạn`);
  if (items.length === 0) return null;
  // One group: "Còn lại 35 nhiệm vụ …"; several: "Các nhiệm vụ còn lại gồm …, … và …".
  return items.length === 1 ? `Còn lại ${items[0]}.` : `Các nhiệm vụ còn lại gồm ${joinWords(items)}.`;
}

function changesSentence(changes: ChangeSet): string {
  const items: string[] = [];
  if (changes.completed.length > 0) items.push(`có thêm ${countWords(changes.completed.length)} nhiệm vụ hoàn thành`);
  if (changes.paused.length > 0) items.push(`${countWords(changes.paused.length)} nhiệm vụ chuyển sang tạm dừng`);
  if (changes.added.length > 0) items.push(`bổ sung ${countWords(changes.added.length)} nhiệm vụ mới vào danh mục theo dõi`);
  // Newly overdue last, so its list of bodies ("gồm: …") ends the sentence as in the first paragraph.
  const late = changes.becameOverdue;
  const overdue = late.length === 0 ? '' : `${countWords(late.length)} nhiệm vụ chuyển sang quá hạn, gồm: ${bodyList(bodiesOf(late), 'vi')}`;
  const since = `So với kỳ báo cáo trước (tính đến ngày ${dateWords(changes.since)})`;
  if (items.length === 0 && overdue === '') return `${since}, không có nhiệm vụ nào mới hoàn thành, mới quá hạn hoặc tạm dừng.`;
  if (items.length === 0) return `${since}, có ${overdue}.`;
  return `${since}, ${joinWords(items)}${overdue === '' ? '' : `; ${overdue}`}.`;
}

function vietnamese(summary: Summary, plan: PlanInfo): string[] {
  const c = summary.overview.counts;
  const opening = `Tính đến ngày ${dateWords(summary.asOf)}`;
  if (c.total === 0) return [`${opening}, Kế hoạch số ${plan.number} chưa có nhiệm vụ nào được theo dõi.`];
  const first = [
    `${opening}, trong tổng số ${countWords(c.total)} nhiệm vụ của Kế hoạch số ${plan.number}, ${doneClause(c)}; ${overdueClause(summary)}.`,
  ];
  const rest = restSentence(summary);
  if (rest) first.push(rest);
  const paragraphs = [first.join(' ')];
  if (summary.changes) paragraphs.push(changesSentence(summary.changes));
  return paragraphs;
}

function english(summary: Summary, plan: PlanInfo): string[] {
  const c = summary.overview.counts;
  const date = dateWords(summary.asOf);
  if (c.total === 0) return [`As of ${date}, plan ${plan.number} has no tasks being tracked.`];
  const parts: string[] = [
    c.done > 0 ? `${c.done} done (${percentWords(c.done, c.total).replace(',', '.')}; ${c.doneOnTime} on time, ${c.doneLate} late)` : 'none done yet',
    c.overdue > 0 ? `${c.overdue} overdue and not done, led by ${bodyList(bodiesOf(summary.overdue), 'en')}` : 'none overdue',
  ];
  const rest: [number, string][] = [
    [c.inProgress + c.dueSoon, `in progress within the deadline${c.dueSoon > 0 ? ` (${c.dueSoon} due soon)` : ''}`],
    [c.notStarted, 'not started'],
    [c.paused, 'paused'],
    [c.notDue, 'not yet due'],
    [c.ongoing, 'ongoing'],
    [c.noDeadline, 'with no deadline set'],
  ];
  for (const [n, words] of rest) if (n > 0) parts.push(`${n} ${words}`);
  const paragraphs = [`As of ${date}, of the ${c.total} ${c.total === 1 ? 'task' : 'tasks'} in plan ${plan.number}: ${parts.join('; ')}.`];
  const changes = summary.changes;
  if (changes) {
    const moved: [TaskRef[], string][] = [[changes.completed, 'completed'], [changes.becameOverdue, 'became overdue'], [changes.paused, 'paused'], [changes.added, 'added']];
    const said = moved.filter(([list]) => list.length > 0).map(([list, words]) => `${list.length} ${words}`);
    paragraphs.push(`Since the report as of ${dateWords(changes.since)}: ${said.length > 0 ? said.join('; ') : 'nothing completed, overdue or paused'}.`);
  }
  return paragraphs;
}

/**
 * The summary in the words of a progress report, one string per paragraph: the state on the
 * report date ("Tính đến ngày …, trong tổng số … nhiệm vụ …, có 07/51 nhiệm vụ đã hoàn thành
 * (đạt 13,7%) …; 05 nhiệm vụ quá hạn chưa hoàn thành, gồm: …"), then, when the summary holds a
 * previous report date, what changed since. Only numbers from the summary; a group with no task
 * is left out rather than read as "00".
 */
export function reportParagraphs(summary: Summary, plan: PlanInfo, lang: Lang): string[] {
  return lang === 'vi' ? vietnamese(summary, plan) : english(summary, plan);
}

/** The paragraphs of reportParagraphs as one text, a line break between them (for one cell). */
export function reportParagraph(summary: Summary, plan: PlanInfo, lang: Lang): string {
  return reportParagraphs(summary, plan, lang).join('\n');
}
