/**
 * Outline items → catalogue tasks: id, cleaned text, provenance, lead and support, time window,
 * fragments and footnotes as remarks. Every item in a part with tasks becomes a task; introductions
 * ending in ":" lend their lead to the items under them instead.
 */
import { readDeadline } from '../deadline';
import { CONVENTIONS, joinConventions } from '../deadline/conventions';
import type { Finding, IsoDate, Section, SourceGap, Task } from '../model';
import { clean } from '../text/normalize';
import { excerpt, importFinding } from './findings';
import type { Label } from './markers';
import type { OutlineItem, OutlineSection } from './outline';
import {
  chairAndSupport,
  collectiveSubject,
  leadBeforeColon,
  leadInText,
  namesInLabel,
  subjectLead,
  reflexiveSubject,
  supportInText,
  unique,
} from './owners-in-text';
import { findRestated } from './restated-tasks';
import { timePhraseOf } from './time-in-text';

export interface AssembledTasks {
  tasks: Task[];
  sections: Section[];
  gaps: SourceGap[];
  findings: Finding[];
}

interface LeadChoice {
  lead: string[];
  remark: string | null;
}

/** The item's own labels of a role, else those of its section or the nearest section above with some. */
function labelValues(item: OutlineItem, role: Label['role']): string[] {
  let chosen = item.labels.filter((label) => label.role === role);
  for (let section: OutlineSection | null = item.section; chosen.length === 0 && section; section = section.parent) {
    chosen = section.defaultLabels.filter((label) => label.role === role);
  }
  return chosen.map((label) => label.value).filter((value) => value !== '');
}

// "Hoạt động 1", "Nhiệm vụ 2": a heading that only counts; its "Nội dung:" line is the task.
const COUNTING_TITLE = /^(?:hoạt động|nhiệm vụ|nội dung|công việc)\s*\d{0,3}\s*[:.]?$/iu;

function taskText(item: OutlineItem): string {
  const content = item.labels.filter((label) => label.role === 'content').map((label) => label.value);
  const title = COUNTING_TITLE.test(item.marker.rest.trim()) && content.length > 0 ? [] : [item.marker.rest];
  const pieces = [...title, ...content, ...item.appendix.map((child) => child.paragraph.plain)];
  // "./." closes a document; it is not part of the task's sentence.
  return clean(pieces.join(' ')).replace(/\.\/\.?$/, '.');
}

function nearestIntroLead(item: OutlineItem): string | null {
  for (let parent = item.parent; parent; parent = parent.parent) if (parent.introLead) return parent.introLead;
  return item.section.introLead && !item.intro ? item.section.introLead : null;
}

/** The time of the introduction the item is listed under, if it states one. */
/**
 * The time of the introduction the item is listed under, if it states one. `read` keeps each
 * introduction's phrase, so one introduction over many items is read once.
 */
function introTime(item: OutlineItem, read: Map<OutlineItem, string>): string {
  const intros: OutlineItem[] = [];
  for (let parent = item.parent; parent; parent = parent.parent) if (parent.intro) intros.push(parent);
  if (item.section.intro && item.section.intro !== item) intros.push(item.section.intro);
  for (const intro of intros) {
    let phrase = read.get(intro);
    if (phrase === undefined) {
      phrase = timePhraseOf(intro.marker.rest, null).phrase;
      read.set(intro, phrase);
    }
    if (phrase !== '') return phrase;
  }
  return '';
}

function headingLead(section: OutlineSection): { lead: string[]; from: OutlineSection | null } {
  for (let current: OutlineSection | null = section; current; current = current.parent) {
    if (current.lost || current.leadless) return { lead: [], from: null };
    if (current.lead.length > 0) return { lead: current.lead, from: current };
  }
  return { lead: [], from: null };
}

/** A lead label or cell: "X chủ trì, phối hợp với Y" names both; otherwise a list of bodies. */
function labelledOwners(values: string[]): { lead: string[]; support: string[] } {
  const lead: string[] = [];
  const support: string[] = [];
  for (const value of values) {
    const both = chairAndSupport(value);
    lead.push(...(both ? both.lead : namesInLabel(value)));
    if (both) support.push(...both.support);
  }
  return { lead: unique(lead), support: unique(support) };
}

/** Labels, then the text's own words (a body before a colon, "X chủ trì", its subject), then an introduction, then the heading. */
function chooseLead(item: OutlineItem, text: string): LeadChoice {
  const labelled = labelValues(item, 'lead');
  if (labelled.length > 0) return { lead: labelledOwners(labelled).lead, remark: null };
  const beforeColon = leadBeforeColon(text);
  if (beforeColon) return { lead: beforeColon.lead, remark: null };
  const named = leadInText(text);
  if (named.length > 0) return { lead: named, remark: null };
  const subject = subjectLead(text);
  if (subject.length > 0) return { lead: subject, remark: 'Chủ trì lấy từ chủ ngữ của câu / Lead taken from the subject of the sentence' };
  const collective = collectiveSubject(text);
  if (collective) return { lead: [collective], remark: 'Chủ trì lấy từ chủ ngữ của câu (tập thể) / Lead taken from the subject of the sentence (a collective)' };
  const intro = nearestIntroLead(item);
  if (intro) return { lead: [intro], remark: 'Chủ trì lấy từ đoạn mở đầu (tập thể) / Lead taken from the introduction (a collective)' };
  const reflexive = reflexiveSubject(text);
  if (reflexive) return { lead: [reflexive], remark: 'Chủ trì lấy từ nội dung ("… mình"), tập thể / Lead taken from the text ("… their own"), a collective' };
  // "b) Phối hợp với …" under a body: the partner the task names leads, the body above supports.
  if (isLeadless(item.section)) {
    const partners = supportInText(text);
    return { lead: partners, remark: partners.length > 0 ? 'Chủ trì là cơ quan được phối hợp nêu trong nội dung / Lead: the body the task says to work with' : null };
  }
  const heading = headingLead(item.section);
  if (heading.from && !heading.from.organisation) {
    return { lead: heading.lead, remark: 'Chủ trì lấy từ tiêu đề mục / Lead taken from the section heading' };
  }
  return { lead: heading.lead, remark: null };
}

function isLeadless(section: OutlineSection): boolean {
  for (let current: OutlineSection | null = section; current; current = current.parent) {
    if (current.leadless) return true;
    if (current.lead.length > 0) return false;
  }
  return false;
}

function headingSupport(section: OutlineSection): string[] {
  for (let current: OutlineSection | null = section; current; current = current.parent) {
    if (current.support.length > 0) return current.support;
    if (current.lead.length > 0 || current.leadless) return [];
  }
  return [];
}

/** Labels, then "phối hợp với …" in the text, then the heading ("a) Chủ trì, phối hợp với Y"). */
function chooseSupport(item: OutlineItem, text: string): string[] {
  const labelled = labelValues(item, 'support');
  if (labelled.length > 0) return unique(labelled.flatMap(namesInLabel));
  const fromLeadLabel = labelledOwners(labelValues(item, 'lead')).support;
  if (fromLeadLabel.length > 0) return fromLeadLabel;
  if (isLeadless(item.section)) return headingSupport(item.section);
  const named = supportInText(text);
  return named.length > 0 ? named : headingSupport(item.section);
}

function inAppendix(section: OutlineSection): boolean {
  for (let current: OutlineSection | null = section; current; current = current.parent) if (current.appendix) return true;
  return false;
}

function pad(ordinal: number): string {
  return String(ordinal).padStart(2, '0');
}

export function assembleTasks(
  items: OutlineItem[],
  sections: OutlineSection[],
  footnotes: Map<string, string>,
  source: string,
  issued: IsoDate | null,
  planPeriod: string | null = null,
): AssembledTasks {
  const tasks: Task[] = [];
  const gaps: SourceGap[] = [];
  const findings: Finding[] = [];
  const ordinals = new Map<OutlineSection, number>();
  const withTasks = new Set<OutlineSection>();

  const stated = items
    .filter((item) => !item.appended && !(item.intro && item.hasChildren) && item.section.holdsTasks)
    .map((item) => ({ item, text: taskText(item), inAppendix: inAppendix(item.section) }))
    .filter((entry) => entry.text !== '');
  const restated = findRestated(stated);
  const introTimes = new Map<OutlineItem, string>();
  const alsoStatedAt = new Map<OutlineItem, number[]>();
  for (const [body, row] of restated) {
    const lines = alsoStatedAt.get(stated[row].item) ?? [];
    lines.push(stated[body].item.paragraph.lines[0].index + 1);
    alsoStatedAt.set(stated[row].item, lines);
  }

  for (const [position, { item, text }] of stated.entries()) {
    if (restated.has(position)) continue;
    const ordinal = (ordinals.get(item.section) ?? 0) + 1;
    ordinals.set(item.section, ordinal);
    withTasks.add(item.section);
    const id = `${item.section.id}-${pad(ordinal)}`;
    const remarks: string[] = [];

    const lead = chooseLead(item, text);
    if (lead.remark) remarks.push(lead.remark);
    if (item.section.lost) {
      remarks.push('Tiêu đề mục bị mất (trang bị mất): không đoán cơ quan chủ trì / The section heading is lost (missing page): no lead body is guessed');
    }
    const timeLabel = labelValues(item, 'time')[0] ?? null;
    const time = timePhraseOf(text, timeLabel === null ? null : timeLabel.replace(/[\s.;,]+$/u, ''));
    const inherited = time.phrase === '' ? introTime(item, introTimes) : '';
    let deadline = readDeadline(time.phrase === '' ? (inherited || null) : time.phrase, { issued });
    if (inherited !== '') {
      remarks.push(`Thời gian lấy từ đoạn mở đầu: "${inherited}" / Time taken from the introduction: "${inherited}"`);
    } else if (time.phrase === '' && planPeriod !== null) {
      const window = readDeadline(planPeriod, { issued });
      deadline = { ...window, convention: joinConventions([CONVENTIONS.planPeriod, ...(window.convention ? [window.convention] : [])]) };
      remarks.push(`Nhiệm vụ không nêu thời gian: dùng thời gian chung của kế hoạch "${planPeriod}" / The task states no time: the plan's period "${planPeriod}" is used`);
    }
    for (const other of time.others) {
      findings.push(importFinding('IMPORT_EXTRA_TIME_PHRASE', 'info', id, 'deadline',
        `Nhiệm vụ còn nêu một mốc thời gian khác: "${other}" (đã dùng "${time.phrase}").`,
        `The task states another time as well: "${other}" ("${time.phrase}" was used).`));
      remarks.push(`Mốc thời gian khác trong nội dung: "${other}" / Another time in the text: "${other}"`);
    }
    for (const label of item.labels.filter((l) => l.role === 'other')) remarks.push(`${label.name}: ${label.value}`);
    for (const line of alsoStatedAt.get(item) ?? []) {
      findings.push(importFinding('IMPORT_DUPLICATE_MERGED', 'info', id, 'text',
        `Nhiệm vụ ${id} (phụ lục) cũng được nêu ở dòng ${line} của phần nội dung: tính là một nhiệm vụ, theo cơ quan và thời gian của phụ lục.`,
        `Task ${id} (appendix) is also stated at line ${line} of the body: counted once, with the appendix's lead and time.`));
      remarks.push(`Nhiệm vụ này cũng được nêu trong phần nội dung kế hoạch (dòng ${line}); dùng một nhiệm vụ theo dòng của phụ lục / The body of the plan states this task too (line ${line}); it is one task, as the appendix row gives it`);
    }

    const last = item.appendix.length > 0 ? item.appendix[item.appendix.length - 1].paragraph : item.paragraph;
    const task: Task = {
      id,
      section: item.section.id,
      heading: item.section.title,
      text,
      original: source.slice(item.paragraph.start, last.end),
      lead: lead.lead,
      support: chooseSupport(item, text),
      deadline,
      lines: { first: item.paragraph.lines[0].index + 1, last: last.lines[last.lines.length - 1].index + 1 },
    };
    if (item.paragraph.joinedAcrossBreak) {
      remarks.push('Đoạn bị ngắt trang (hoặc xuống dòng giữa câu) được nối lại / A paragraph split by a page break (or a line break mid-sentence) was joined');
    }
    if (item.fragment) {
      task.incomplete = true;
      const where = item.fragment === 'start' ? 'phần đầu' : 'phần cuối';
      const whereEn = item.fragment === 'start' ? 'start' : 'end';
      remarks.push(`Đoạn bị cắt: ${where} nằm ở trang bị mất, không bổ sung / Fragment: its ${whereEn} is on a lost page and is not completed`);
      findings.push(importFinding('IMPORT_FRAGMENT', 'warning', id, 'text',
        `Nhiệm vụ ${id} bị cắt (mất ${where}): "${excerpt(text)}". Giữ nguyên, đánh dấu chưa đầy đủ.`,
        `Task ${id} is a fragment (its ${whereEn} is lost): "${excerpt(text)}". Kept as is, marked incomplete.`));
      if (item.fragment === 'start') {
        gaps.push({ section: id, description: `Phần đầu của đoạn bắt đầu bằng "${excerpt(text, 40)}" bị mất / The start of the paragraph beginning "${excerpt(text, 40)}" is lost` });
      }
    }
    for (const mark of unique([...item.paragraph.marks, ...item.appendix.flatMap((child) => child.paragraph.marks)])) {
      const note = footnotes.get(mark);
      if (note !== undefined) {
        remarks.push(`Chú thích ${mark}: ${note} / Footnote ${mark}: ${note}`);
      } else {
        remarks.push(`Dấu chú thích ${mark} không có nội dung chú thích trong văn bản / Footnote mark ${mark} has no footnote text in the source`);
        findings.push(importFinding('IMPORT_FOOTNOTE_MISSING', 'info', id, 'text',
          `Nhiệm vụ ${id} có dấu chú thích ${mark} nhưng không tìm thấy nội dung chú thích.`,
          `Task ${id} carries footnote mark ${mark} but the footnote's text is not in the source.`));
        gaps.push({ section: item.section.id, description: `Nội dung chú thích ${mark} (ở ${id}) không có trong văn bản / The text of footnote ${mark} (in ${id}) is not in the source` });
      }
    }
    if (task.lead.length === 0) {
      findings.push(importFinding('IMPORT_LEAD_MISSING', 'warning', id, 'lead',
        `Không xác định được cơ quan chủ trì của ${id}.`, `No lead body could be found for ${id}.`));
    }
    if (remarks.length > 0) task.remarks = remarks;
    tasks.push(task);
  }

  const ordered = [...sections].sort((a, b) => a.order - b.order);
  const root = items.find((item) => item.section.type === 'root')?.section;
  if (root && withTasks.has(root)) ordered.unshift(root);
  return {
    tasks,
    sections: ordered.map((section) => {
      const out: Section = { id: section.id, title: section.title };
      const lead = section.lead.length > 0 ? section.lead : section.introLead ? [section.introLead] : [];
      if (lead.length > 0) out.lead = lead;
      return out;
    }),
    gaps,
    findings,
  };
}
