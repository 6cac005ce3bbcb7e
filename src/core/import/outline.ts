/**
 * Paragraphs → the plan's outline: sections (A., I., 1., a), headings in capitals or bold) and the
 * items inside them (numbered items, bullets, plain paragraphs, label lines attached to the items
 * above them). Numbering is checked as it goes: a jump (2 → 5) is a lost page; the content that
 * came from after the loss is moved to a section whose heading is lost, never to a guessed one.
 */
import type { Finding, SourceGap } from '../model';
import { asciiKey } from '../text/normalize';
import { excerpt, importFinding } from './findings';
import { readLabel, readMarker, type Label, type Marker, type MarkerType } from './markers';
import { leadOfHeading, ownersOfHeading, subjectOfIntroduction } from './owners-in-text';
import { isNeverATask } from './never-tasks';
import { endsSentence, looksLikeHeading, type Paragraph } from './paragraphs';
import { isOrganisationPart, partKind } from './parts';
import { readTableHeader, readTableRow, ROW_NUMBER, tableCells, type TableColumns } from './table';

export type SectionType = MarkerType | 'root' | 'caps' | 'lost';

export interface OutlineSection {
  id: string;
  title: string;
  type: SectionType;
  rank: number;
  parent: OutlineSection | null;
  holdsTasks: boolean;
  organisation: boolean;
  /** Bodies the heading names. */
  lead: string[];
  /** Supporting bodies the heading names ("a) Chủ trì, phối hợp với Y"; "b) Phối hợp …" under a body). */
  support: string[];
  /** "b) Phối hợp với …": the tasks under it take no lead from the headings above. */
  leadless: boolean;
  /** The collective named by an introduction paragraph ending in ":" at the head of the section. */
  introLead: string | null;
  /** That introduction itself: its time ("… đến năm 2030, … tập trung vào các lĩnh vực:") passes to the items. */
  intro?: OutlineItem;
  /** The heading was on a lost page. */
  lost: boolean;
  /** Document position (paragraph index) for ordering. */
  order: number;
  paragraph: Paragraph | null;
  defaultLabels: Label[];
  /** An appendix after the body ("PHỤ LỤC"): its table rows restate or detail the body's tasks. */
  appendix?: boolean;
}

export interface AppendixPart {
  title: string;
  paragraphs: Paragraph[];
}

export interface OutlineItem {
  paragraph: Paragraph;
  order: number;
  section: OutlineSection;
  marker: Marker;
  rank: number;
  parent: OutlineItem | null;
  /** Ends with ":" and so introduces the items below it. */
  intro: boolean;
  hasChildren: boolean;
  introLead: string | null;
  /** "+" sub-items folded into this item's text. */
  appendix: OutlineItem[];
  appended: boolean;
  labels: Label[];
  /** Cut by a lost page: its start ('start') or its end ('end') is missing. */
  fragment: 'start' | 'end' | null;
}

export interface Outline {
  sections: OutlineSection[];
  items: OutlineItem[];
  gaps: SourceGap[];
  findings: Finding[];
  /** False when the text stops without a closing ("Nơi nhận", signature): its end may be lost. */
  closed: boolean;
}

const SECTION_RANK: Record<string, number> = { letter: 1, caps: 1.5, roman: 2, arabic: 3, alpha: 7, bold: 8 };
const ITEM_RANK: Record<MarkerType, number> = { none: 0, arabic: 1, alpha: 2, dash: 3, plus: 4, letter: 1, roman: 1 };

function isClosingLine(plain: string): boolean {
  return asciiKey(plain).startsWith('noi nhan') || /^(?:t\/m|tm\.|kt\.|tl\.|tuq\.|q\.)\s*\p{L}/iu.test(plain);
}

/** The lead of the nearest heading above that names one. */
function inheritedLead(section: OutlineSection | null): string[] {
  for (let current = section; current; current = current.parent) {
    if (current.leadless) return [];
    if (current.lead.length > 0) return current.lead;
  }
  return [];
}

function toRoman(value: number): string {
  const table: Array<[number, string]> = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [amount, numeral] of table) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

function segment(type: SectionType, ordinal: number): string {
  if (type === 'roman') return toRoman(ordinal);
  if (type === 'letter') return String.fromCharCode(64 + Math.min(26, Math.max(1, ordinal)));
  if (type === 'alpha') return String.fromCharCode(96 + Math.min(26, Math.max(1, ordinal)));
  return String(ordinal);
}

function childId(parent: OutlineSection, piece: string): string {
  return parent.type === 'root' ? piece : `${parent.id}.${piece}`;
}

class OutlineBuilder {
  private readonly root: OutlineSection = {
    id: '0', title: '', type: 'root', rank: 0, parent: null, holdsTasks: true, organisation: false,
    lead: [], support: [], leadless: false, introLead: null, lost: false, order: -1, paragraph: null, defaultLabels: [],
  };
  private readonly sections: OutlineSection[] = [];
  private readonly items: OutlineItem[] = [];
  private readonly gaps: SourceGap[] = [];
  private readonly findings: Finding[] = [];
  private readonly usedIds = new Set<string>();
  private readonly counters = new Map<string, { last: number; section: OutlineSection | null }>();
  private readonly unnumbered = new Map<string, number>();
  private stack: OutlineSection[] = [this.root];
  private itemStack: OutlineItem[] = [];
  private pendingForLabels: OutlineItem[] = [];
  private labelTargets: OutlineItem[] | null = null;
  private sawHeading = false;
  private afterClosing = false;
  private lastLetter: number | null = null;
  private lastRoman: number | null = null;
  private table: { columns: TableColumns; base: OutlineSection } | null = null;

  build(paragraphs: Paragraph[], appendices: AppendixPart[]): Outline {
    let closed = false;
    paragraphs.forEach((paragraph, order) => {
      if (closed) return;
      if (paragraph.kind === 'closing-separator') {
        this.afterClosing = true;
        this.labelTargets = null;
        return;
      }
      if (isClosingLine(paragraph.plain)) {
        closed = true;
        return;
      }
      this.take(paragraph, order);
    });
    this.foldEmptyHeadings();
    this.checkEnd(closed);
    let order = paragraphs.length;
    appendices.forEach((appendix, index) => {
      this.openAppendix(appendix.title, index, appendices.length, order);
      for (const paragraph of appendix.paragraphs) {
        order += 1;
        // An appendix holds tasks only in its tables; its captions, notes and footnotes are not tasks.
        if (paragraph.kind === 'table-row') this.takeTableRow(paragraph, order);
      }
      order += 1;
    });
    return { sections: this.sections, items: this.items, gaps: this.gaps, findings: this.findings, closed };
  }

  /** "PHỤ LỤC I …" → a top-level section "PL.I" (or "PL" when there is one) whose tables hold tasks. */
  private openAppendix(title: string, index: number, count: number, order: number): void {
    const numeral = /^PHỤ LỤC\s+(?:SỐ\s+)?([\dIVXL]{1,5})/u.exec(title)?.[1];
    const id = count === 1 ? 'PL' : `PL.${numeral ?? index + 1}`;
    const section: OutlineSection = {
      id: this.uniqueId(id), title, type: 'caps', rank: SECTION_RANK.letter, parent: this.root, holdsTasks: true, organisation: false,
      lead: [], support: [], leadless: false, introLead: null, lost: false, order, paragraph: null, defaultLabels: [], appendix: true,
    };
    this.sections.push(section);
    this.stack = [this.root, section];
    this.itemStack = [];
    this.pendingForLabels = [];
    this.labelTargets = null;
    this.table = null;
    this.afterClosing = false;
    this.sawHeading = true;
  }

  private get current(): OutlineSection {
    return this.stack[this.stack.length - 1];
  }

  private take(paragraph: Paragraph, order: number): void {
    if (paragraph.kind === 'table-row') {
      this.takeTableRow(paragraph, order);
      return;
    }
    this.table = null;
    const label = paragraph.kind === 'text' ? readLabel(paragraph.plain) : null;
    if (label) {
      this.attachLabel(label, readMarker(paragraph.plain).type === 'alpha');
      return;
    }
    this.labelTargets = null;
    const marker = this.resolveAmbiguous(readMarker(paragraph.plain));
    if (paragraph.kind === 'text' && (marker.type === 'letter' || marker.type === 'roman' || looksLikeHeading(paragraph))) {
      this.openSection(paragraph, marker, order);
    } else {
      this.addItem(paragraph, marker, order);
    }
    if (/\.\/\.?$/.test(paragraph.plain)) this.afterClosing = true; // "./." ends the body of a document
  }

  /** "I." after "H." is a letter; otherwise a single I, V, X, L is a roman numeral. */
  private resolveAmbiguous(marker: Marker): Marker {
    if (!marker.ambiguous) return marker;
    const asLetter = marker.value.charCodeAt(0) - 64;
    const romanExpected = (this.lastRoman ?? 0) + 1 === marker.ordinal;
    if (this.lastLetter !== null && this.lastLetter + 1 === asLetter && !romanExpected) {
      return { ...marker, type: 'letter', ordinal: asLetter, ambiguous: false };
    }
    return marker;
  }

  private uniqueId(id: string): string {
    let candidate = id;
    for (let copy = 2; this.usedIds.has(candidate); copy += 1) candidate = `${id}#${copy}`;
    this.usedIds.add(candidate);
    return candidate;
  }

  private openSection(paragraph: Paragraph, marker: Marker, order: number): void {
    const type: SectionType = marker.type === 'none' ? 'caps' : marker.type;
    const numbered = marker.type !== 'none';
    const depth = marker.type === 'arabic' ? marker.value.split('.').length - 1 : 0;
    const rank = numbered ? SECTION_RANK[type] + depth : /\p{Ll}/u.test(paragraph.plain) ? SECTION_RANK.bold : SECTION_RANK.caps;
    while (this.stack.length > 1 && this.current.rank >= rank) this.stack.pop();
    const parent = this.current;
    const title = (numbered ? marker.rest : paragraph.plain).trim();

    let id: string;
    const counterKey = `${parent.id}|${type}${depth}`;
    if (numbered && marker.ordinal !== null) {
      id = childId(parent, segment(type, marker.ordinal));
      if (type === 'arabic' && depth > 0 && parent.type !== 'arabic') id = childId(parent, marker.value);
      this.checkHeadingNumber(counterKey, parent, type, marker.ordinal, order);
    } else {
      const count = (this.unnumbered.get(parent.id) ?? 0) + 1;
      this.unnumbered.set(parent.id, count);
      id = childId(parent, `H${count}`);
    }
    if (type === 'letter') {
      this.lastLetter = marker.ordinal;
      this.lastRoman = null;
    }
    if (type === 'roman') this.lastRoman = marker.ordinal;

    const major = rank <= SECTION_RANK.roman;
    const owners = ownersOfHeading(title, parent.organisation);
    const kind = partKind(title, major);
    const section: OutlineSection = {
      id: this.uniqueId(id),
      title,
      type,
      rank,
      parent,
      holdsTasks: kind === 'inherit' ? parent.holdsTasks : kind === 'tasks',
      organisation: (major && isOrganisationPart(title)) || (parent.organisation && kind !== 'none'),
      lead: owners.lead,
      support: owners.leadless ? inheritedLead(parent) : owners.support,
      leadless: owners.leadless,
      introLead: null,
      lost: false,
      order,
      paragraph,
      defaultLabels: [],
    };
    if (numbered && marker.ordinal !== null) this.counters.set(counterKey, { last: marker.ordinal, section });
    this.sections.push(section);
    this.stack.push(section);
    this.itemStack = [];
    this.pendingForLabels = [];
    this.sawHeading = true;
    this.afterClosing = false;
  }

  private rangeId(parent: OutlineSection, type: SectionType, from: number, to: number): string {
    const first = childId(parent, segment(type, from));
    return from === to ? first : `${first}-${childId(parent, segment(type, to))}`;
  }

  private checkHeadingNumber(key: string, parent: OutlineSection, type: SectionType, ordinal: number, order: number): void {
    const previous = this.counters.get(key);
    const expected = previous ? previous.last + 1 : 1;
    if (previous && ordinal <= previous.last) {
      this.findings.push(importFinding('IMPORT_NUMBERING_ORDER', 'warning', null, 'section',
        `Đánh số không theo thứ tự: sau ${segment(type, previous.last)} lại gặp ${segment(type, ordinal)} (trong ${parent.id === '0' ? 'văn bản' : parent.id}).`,
        `Numbering out of order: ${segment(type, ordinal)} follows ${segment(type, previous.last)} (in ${parent.id === '0' ? 'the document' : parent.id}).`));
      return;
    }
    if (ordinal <= expected) return;
    const range = this.rangeId(parent, type, expected, ordinal - 1);
    const shown = range.replace(/-(?=[^-]*$)/, '–');
    this.findings.push(importFinding('IMPORT_NUMBERING_GAP', 'warning', null, 'section',
      `Đánh số nhảy từ ${previous ? segment(type, previous.last) : '(đầu)'} đến ${segment(type, ordinal)}: thiếu ${shown} (có thể mất trang).`,
      `Numbering jumps from ${previous ? segment(type, previous.last) : '(start)'} to ${segment(type, ordinal)}: ${shown} missing (a page may be lost).`));
    const before = previous?.section ?? null;
    const moved = before ? this.splitAtCut(before, parent, type, expected, ordinal - 1, order) : false;
    if (!moved) {
      this.gaps.push({
        section: shown,
        description: `Mục ${shown} không có trong văn bản (trang bị mất?) / Section ${shown} is not in the text (lost page?)`,
      });
    }
  }

  /**
   * The section before the gap may end with content from after the loss: the cut is at a paragraph
   * that starts mid-sentence, or after one that stops mid-sentence. What follows the cut goes to a
   * section whose heading is lost ("B.II.3-B.II.4" when it could be either).
   */
  private splitAtCut(before: OutlineSection, parent: OutlineSection, type: SectionType, from: number, to: number, order: number): boolean {
    const own = this.items.filter((item) => item.section === before && item.order < order);
    let moveFrom = own.findIndex((item) => item.fragment === 'start');
    if (moveFrom < 0) {
      for (let index = own.length - 1; index >= 0; index -= 1) {
        const item = own[index];
        if (item.marker.type === 'none' && !item.intro && !endsSentence(item.paragraph.plain)) {
          item.fragment = 'end';
          this.gaps.push({
            section: before.id,
            description: `Phần cuối mục ${before.id} bị mất sau câu bị cắt "${excerpt(item.paragraph.plain)}" / The end of ${before.id} is lost after the cut sentence "${excerpt(item.paragraph.plain)}"`,
          });
          moveFrom = index + 1;
          break;
        }
      }
    }
    const range = this.rangeId(parent, type, from, to);
    const shown = range.replace(/-(?=[^-]*$)/, '–');
    if (moveFrom < 0 || moveFrom >= own.length) return false;
    const moved = own.slice(moveFrom);
    const lost: OutlineSection = {
      id: this.uniqueId(range), title: '', type: 'lost', rank: before.rank, parent,
      holdsTasks: before.holdsTasks, organisation: before.organisation, lead: [], support: [], leadless: false, introLead: null,
      lost: true, order: moved[0].order, paragraph: null, defaultLabels: [],
    };
    for (const item of moved) item.section = lost;
    this.sections.push(lost);
    this.gaps.push({
      section: shown,
      description: from === to
        ? `Tiêu đề và phần đầu mục ${shown} bị mất (trang bị mất); chỉ còn ${moved.length} đoạn cuối, không rõ cơ quan chủ trì / The heading and first part of ${shown} are lost (missing page); only its last ${moved.length} paragraph(s) survive, lead body unknown`
        : `Các mục ${shown} bị mất (trang bị mất); ${moved.length} đoạn còn lại trước mục ${segment(type, to + 1)} thuộc một trong các mục đó, không rõ tiêu đề và cơ quan chủ trì / Sections ${shown} are lost (missing pages); the ${moved.length} surviving paragraph(s) before ${segment(type, to + 1)} belong to one of them, heading and lead body unknown`,
    });
    this.findings.push(importFinding('IMPORT_HEADING_LOST', 'warning', null, 'section',
      `${moved.length} đoạn trước mục ${segment(type, to + 1)} thuộc phần bị mất ${shown}: giữ lại trong mục "${lost.id}" không có tiêu đề, không đoán cơ quan chủ trì.`,
      `${moved.length} paragraph(s) before ${segment(type, to + 1)} belong to the lost ${shown}: kept in section "${lost.id}" without a heading; no lead body is guessed.`));
    return true;
  }

  /**
   * A label after the items it describes; with none pending, a label of the section. "b) Thời gian:
   * …" after "a) Chủ đề …" is a sibling of the a) heading: it describes the section above them both.
   */
  private attachLabel(label: Label, lettered: boolean): void {
    if (this.labelTargets === null) {
      this.labelTargets = this.pendingForLabels;
      this.pendingForLabels = [];
    }
    if (this.labelTargets.length === 0) {
      const section = lettered && this.current.type === 'alpha' && this.current.parent ? this.current.parent : this.current;
      section.defaultLabels.push(label);
    }
    for (const item of this.labelTargets) item.labels.push(label);
  }

  /** A table row: a header sets the columns, a group row opens a sub-heading, other rows are tasks. */
  private takeTableRow(paragraph: Paragraph, order: number): void {
    const cells = paragraph.table ? paragraph.table.cells : tableCells(paragraph.text);
    const role = paragraph.table?.role;
    const header = role === 'header' || !role ? readTableHeader(cells) : null;
    if (role === 'header' && !header) return;
    if (header) {
      while (this.stack.length > 1 && this.current.type === 'caps' && this.current.paragraph?.kind === 'table-row') this.stack.pop();
      this.table = { columns: header, base: this.current };
      return;
    }
    if (!this.table) {
      // A table without a recognisable header: its rows are plain paragraphs.
      const text = cells.filter((cell) => cell !== '').join(' – ');
      this.addItem({ ...paragraph, plain: text }, { ...readMarker(''), rest: text }, order, true);
      return;
    }
    let row = role === 'group'
      ? { kind: 'group' as const, title: cells.filter((cell, index) => index > 0 || !ROW_NUMBER.test(cell)).join(' ') }
      : readTableRow(cells, this.table.columns);
    if (!row) return;
    if (row.kind === 'group') {
      while (this.stack.length > 1 && this.current !== this.table.base) this.stack.pop();
      const parent = this.current;
      // "| A. | BỘ NÔNG NGHIỆP … |": the group's own number names it; an unnumbered group is H1, H2 …
      const numberCell = role === 'group' && ROW_NUMBER.test(cells[0] ?? '') ? cells[0].replace(/\.$/, '') : null;
      // Or a number leading the title itself: "1. Nhóm nhiệm vụ về hạ tầng".
      const titleMarker = readMarker(row.title);
      const numbered = numberCell === null && ['arabic', 'roman', 'letter'].includes(titleMarker.type) && !titleMarker.value.includes('.');
      const number = numberCell ?? (numbered ? titleMarker.value : null);
      if (numbered) row = { ...row, title: titleMarker.rest };
      let piece = number;
      if (piece === null) {
        const count = (this.unnumbered.get(parent.id) ?? 0) + 1;
        this.unnumbered.set(parent.id, count);
        piece = `H${count}`;
      }
      const section: OutlineSection = {
        id: this.uniqueId(childId(parent, piece)), title: row.title, type: 'caps', rank: parent.rank + 0.5, parent,
        holdsTasks: parent.holdsTasks, organisation: parent.organisation, lead: leadOfHeading(row.title, parent.organisation), support: [], leadless: false,
        introLead: null, lost: false, order, paragraph, defaultLabels: [],
      };
      this.sections.push(section);
      this.stack.push(section);
      this.itemStack = [];
      return;
    }
    const before = this.items.length;
    this.addItem({ ...paragraph, plain: row.text }, { ...readMarker(''), rest: row.text }, order, true);
    if (this.items.length > before) this.items[this.items.length - 1].labels.push(...row.labels);
    this.pendingForLabels = [];
  }

  private addItem(paragraph: Paragraph, marker: Marker, order: number, fromTable = false): void {
    const section = this.current;
    if (this.afterClosing) return;
    const numbered = (marker.type === 'arabic' || marker.type === 'alpha') && marker.ordinal !== null;
    // Counted in every part, so a heading after items ("4." after items 1–3) is not a false gap.
    if (numbered) this.checkItemNumber(section, marker, section.holdsTasks);
    if (!section.holdsTasks || (!fromTable && isNeverATask(marker.rest, marker.type !== 'none'))) return;
    // Before the first heading, plain paragraphs are the preamble ("Căn cứ …"); items are tasks.
    if (!this.sawHeading && marker.type === 'none' && !fromTable) return;
    const rank = ITEM_RANK[marker.type];
    while (this.itemStack.length > 0 && this.itemStack[this.itemStack.length - 1].rank >= rank) this.itemStack.pop();
    const parent = rank === 0 ? null : (this.itemStack[this.itemStack.length - 1] ?? null);
    const intro = paragraph.plain.endsWith(':');
    const item: OutlineItem = {
      paragraph,
      order,
      section,
      marker,
      rank,
      parent,
      intro,
      hasChildren: false,
      introLead: intro ? subjectOfIntroduction(marker.rest) : null,
      appendix: [],
      appended: false,
      labels: [],
      fragment: !fromTable && marker.type === 'none' && /^\p{Ll}/u.test(paragraph.plain) ? 'start' : null,
    };
    if (parent) {
      parent.hasChildren = true;
      if (marker.type === 'plus' && !parent.intro) {
        item.appended = true;
        (parent.appended ? parent.parent ?? parent : parent).appendix.push(item);
      }
    }
    if (intro && rank === 0 && !this.items.some((other) => other.section === section)) {
      section.introLead = item.introLead;
      section.intro = item;
    }
    this.items.push(item);
    this.itemStack.push(item);
    if (!item.appended) this.pendingForLabels.push(item);
  }

  private checkItemNumber(section: OutlineSection, marker: Marker, report: boolean): void {
    // Items share the counter of headings of the same kind under this section: "a)" items then a "c)" heading.
    const key = `${section.id}|${marker.type}0`;
    const previous = this.counters.get(key);
    const ordinal = marker.ordinal ?? 0;
    const expected = previous ? previous.last + 1 : 1;
    this.counters.set(key, { last: ordinal, section: null });
    if (!report || ordinal <= expected || (previous && ordinal <= previous.last)) return;
    const type: SectionType = marker.type;
    const missing = expected === ordinal - 1 ? segment(type, expected) : `${segment(type, expected)}–${segment(type, ordinal - 1)}`;
    this.findings.push(importFinding('IMPORT_NUMBERING_GAP', 'warning', null, 'section',
      `Trong mục ${section.id}, đánh số nhảy đến ${marker.value}: thiếu ý ${missing} (có thể mất trang).`,
      `In ${section.id}, numbering jumps to ${marker.value}: item(s) ${missing} missing (a page may be lost).`));
    this.gaps.push({ section: section.id, description: `Thiếu ý ${missing} trong mục ${section.id} / Item(s) ${missing} missing in ${section.id}` });
  }

  /** A numbered heading with nothing under it, in a part with tasks, was itself a short task. */
  private foldEmptyHeadings(): void {
    for (const section of [...this.sections]) {
      if (!section.holdsTasks || section.lost || !section.paragraph) continue;
      if (section.type === 'letter' || section.type === 'roman' || section.type === 'caps') continue;
      if (this.items.some((item) => item.section === section) || this.sections.some((other) => other.parent === section)) continue;
      const parent = section.parent ?? this.root;
      this.items.push({
        paragraph: section.paragraph, order: section.order, section: parent, marker: readMarker(section.paragraph.plain),
        rank: 1, parent: null, intro: false, hasChildren: false, introLead: null, appendix: [], appended: false,
        labels: [...section.defaultLabels], fragment: null,
      });
      this.sections.splice(this.sections.indexOf(section), 1);
    }
    this.items.sort((a, b) => a.order - b.order);
  }

  /** A text that stops mid-sentence, with no closing, lost its end. */
  private checkEnd(closed: boolean): void {
    if (closed || this.afterClosing) return;
    const last = this.items[this.items.length - 1];
    if (last && !last.fragment && !endsSentence(last.paragraph.plain) && last.labels.length === 0) last.fragment = 'end';
  }
}

export function buildOutline(paragraphs: Paragraph[], appendices: AppendixPart[] = []): Outline {
  return new OutlineBuilder().build(paragraphs, appendices);
}
