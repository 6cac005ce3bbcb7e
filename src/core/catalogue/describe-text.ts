/**
 * The catalogue as plain text for reading and auditing (CLI `catalogue`, previews): the plan header,
 * then per section its tasks with lead, support and the time phrase next to the window read from
 * it, so a reader can check each window against its words; then the gaps in the source.
 */
import { formatVietnameseDate } from '../dates';
import type { Catalogue, DeadlineWindow, Section, Task } from '../model';

const TEXT_WIDTH = 110;
const NONE = '—';

export function shorten(text: string, width = TEXT_WIDTH): string {
  return text.length <= width ? text : `${text.slice(0, width - 1).trimEnd()}…`;
}

function describeWindow(deadline: DeadlineWindow): string {
  const phrase = deadline.text === '' ? '(không ghi / none)' : `"${deadline.text}"`;
  const every = deadline.recurrence ? ` every ${deadline.recurrence.every}` : '';
  if (deadline.start === null && deadline.end === null) return `${phrase} → không có ngày / no dates  [${deadline.kind}${every}]`;
  const start = deadline.start ?? '(không ghi / none)';
  const end = deadline.end ?? '(mở / open)';
  return `${phrase} → ${start} … ${end}  [${deadline.kind}${every}]`;
}

function describeTask(task: Task): string[] {
  const lines = [
    `  ${task.id}  ${shorten(task.text)}`,
    `      chủ trì / lead: ${task.lead.length > 0 ? task.lead.join('; ') : NONE}`,
    `      phối hợp / support: ${task.support.length > 0 ? task.support.join('; ') : NONE}`,
    `      thời gian / time: ${describeWindow(task.deadline)}`,
  ];
  if (task.deadline.convention) lines.push(`      quy ước / convention: ${task.deadline.convention}`);
  if (task.incomplete) lines.push('      ⚠ không đầy đủ (nguồn bị mất) / incomplete (source lost)');
  return lines;
}

function sectionTitle(section: Section | undefined): string {
  const title = section?.title ?? '';
  return title === '' ? '(tiêu đề bị mất / heading lost)' : title;
}

/** Sections in catalogue order; tasks of a section the list does not declare come last. */
function groupBySection(catalogue: Catalogue): { id: string; section: Section | undefined; tasks: Task[] }[] {
  const order = [...catalogue.sections.map((section) => section.id)];
  for (const task of catalogue.tasks) if (!order.includes(task.section)) order.push(task.section);
  return order
    .map((id) => ({ id, section: catalogue.sections.find((section) => section.id === id), tasks: catalogue.tasks.filter((task) => task.section === id) }))
    .filter((group) => group.tasks.length > 0);
}

export function describeCatalogue(catalogue: Catalogue): string {
  const { plan } = catalogue;
  const incomplete = catalogue.tasks.filter((task) => task.incomplete).length;
  const lines = [
    `Kế hoạch số ${plan.number} — ${plan.issuer} (${plan.place}, ngày ${formatVietnameseDate(plan.issued)}, ${plan.issued})`,
    plan.title,
    `Thực hiện / implements: ${plan.implements}`,
  ];
  if (plan.source) lines.push(`Nguồn / source: ${plan.source}`);
  lines.push(
    `${catalogue.tasks.length} nhiệm vụ / tasks · ${incomplete} không đầy đủ / incomplete · ${catalogue.gaps.length} chỗ thiếu trong nguồn / source gaps`,
  );
  for (const group of groupBySection(catalogue)) {
    lines.push('', `${group.id}  ${sectionTitle(group.section)} — ${group.tasks.length} nhiệm vụ / tasks`);
    for (const task of group.tasks) lines.push(...describeTask(task));
  }
  if (catalogue.gaps.length > 0) {
    lines.push('', 'Chỗ thiếu trong nguồn / Source gaps:');
    for (const gap of catalogue.gaps) lines.push(`  ${gap.section}: ${gap.description}`);
  }
  return `${lines.join('\n')}\n`;
}
