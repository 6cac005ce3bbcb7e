import { formatVietnameseDate } from '../dates';
import type { PlanInfo } from '../model';
import type { LeadRow, Summary } from './types';

/** How many bodies the paragraph names where overdue tasks concentrate. */
const CONCENTRATION_LEADS = 3;

/** "A", "A và B", "A, B và C". */
function joinList(items: string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** The bodies with the most overdue tasks (ties in name order), each with its count. */
function mostOverdue(rows: LeadRow[]): string[] {
  return rows
    .filter((row) => row.lead !== null && row.counts.overdue > 0)
    .sort((a, b) => b.counts.overdue - a.counts.overdue) // stable: ties keep the collated order
    .slice(0, CONCENTRATION_LEADS)
    .map((row) => `${row.lead} (${row.counts.overdue})`);
}

/**
 * The summary in the words of a progress report ("Tính đến ngày …, trong tổng số …"). Only numbers
 * from the summary; clauses with nothing to say are left out rather than read as "0".
 */
export function reportParagraph(summary: Summary, plan: PlanInfo, lang: 'vi' | 'en'): string {
  const c = summary.overview.counts;
  const date = formatVietnameseDate(summary.asOf);
  const working = c.inProgress + c.dueSoon;
  const leads = mostOverdue(summary.byLead);
  const vi = lang === 'vi';

  if (c.total === 0) {
    return vi
      ? `Tính đến ngày ${date}, Kế hoạch số ${plan.number} chưa có nhiệm vụ nào được theo dõi.`
      : `As of ${date}, plan ${plan.number} has no tasks being tracked.`;
  }
  const clauses: string[] = [];
  if (vi) {
    clauses.push(c.done > 0 ? `đã hoàn thành ${c.done} (đúng hạn ${c.doneOnTime}, quá hạn ${c.doneLate})` : 'chưa có nhiệm vụ nào hoàn thành');
    if (working > 0) clauses.push(`đang thực hiện ${working}${c.dueSoon > 0 ? ` (trong đó sắp đến hạn ${c.dueSoon})` : ''}`);
    if (c.notDue > 0) clauses.push(`chưa đến hạn ${c.notDue}`);
    if (c.noDeadline > 0) clauses.push(`thường xuyên hoặc không xác định thời hạn ${c.noDeadline}`);
    clauses.push(
      c.overdue > 0
        ? `quá hạn chưa hoàn thành ${c.overdue}${leads.length > 0 ? `, tập trung ở ${joinList(leads, 'và')}` : ''}`
        : 'không có nhiệm vụ quá hạn chưa hoàn thành',
    );
    return `Tính đến ngày ${date}, trong tổng số ${c.total} nhiệm vụ của Kế hoạch số ${plan.number}, ${clauses.join('; ')}.`;
  }
  clauses.push(c.done > 0 ? `${c.done} done (${c.doneOnTime} on time, ${c.doneLate} late)` : 'none done yet');
  if (working > 0) clauses.push(`${working} in progress${c.dueSoon > 0 ? ` (${c.dueSoon} due soon)` : ''}`);
  if (c.notDue > 0) clauses.push(`${c.notDue} not yet due`);
  if (c.noDeadline > 0) clauses.push(`${c.noDeadline} ongoing or without a deadline`);
  clauses.push(
    c.overdue > 0
      ? `${c.overdue} overdue and not done${leads.length > 0 ? `, mostly with ${joinList(leads, 'and')}` : ''}`
      : 'none overdue',
  );
  return `As of ${date}, of the ${c.total} ${c.total === 1 ? 'task' : 'tasks'} in plan ${plan.number}: ${clauses.join('; ')}.`;
}
