/**
 * importPlanText: the text of a Kế hoạch (pasted, .txt/.md, or extracted from .docx) → a task
 * catalogue with findings. Pure and deterministic; never throws. See docs/import.md.
 */
import type { Catalogue, Finding, SourceGap } from '../model';
import { isCollectiveName, matchOwner, type OwnerRegistry } from '../owners';
import { importFinding } from './findings';
import { appendixTitle, identifyPlan } from './identify-plan';
import { locateDocument } from './document';
import { buildOutline } from './outline';
import { planPeriodOf } from './plan-period';
import { buildParagraphs } from './paragraphs';
import { normalizeSource, splitSourceLines } from './source-lines';
import { assembleTasks } from './tasks';

export interface ImportOptions {
  /** Known bodies: names are matched against it and near-misses get a suggestion (never a rewrite). */
  registry?: OwnerRegistry;
  /** Where the text came from (a file name), recorded as plan.source. */
  source?: string;
}

export interface ImportResult {
  catalogue: Catalogue;
  findings: Finding[];
  stats: { sections: Array<{ id: string; title: string; tasks: number }> };
}

const HEADER_FIELDS: Array<{ key: 'number' | 'issued' | 'issuer' | 'title'; vi: string; en: string }> = [
  { key: 'number', vi: 'số hiệu kế hoạch', en: 'plan number' },
  { key: 'issued', vi: 'ngày ban hành', en: 'issue date' },
  { key: 'issuer', vi: 'cơ quan ban hành', en: 'issuer' },
  { key: 'title', vi: 'tên (trích yếu) kế hoạch', en: 'plan title' },
];

function ownerFindings(catalogue: Catalogue, registry: OwnerRegistry): Finding[] {
  const findings: Finding[] = [];
  const cache = new Map<string, ReturnType<typeof matchOwner>>();
  for (const task of catalogue.tasks) {
    for (const [field, names] of [['lead', task.lead], ['support', task.support]] as const) {
      for (const name of names) {
        if (!cache.has(name)) cache.set(name, matchOwner(name, registry));
        const match = cache.get(name);
        if (!match || match.owner || isCollectiveName(name)) continue;
        findings.push(match.suggestion
          ? importFinding('IMPORT_OWNER_UNKNOWN', 'warning', task.id, field,
            `"${name}" không có trong danh mục cơ quan; có phải "${match.suggestion.name}"?`,
            `"${name}" is not in the owner registry; did you mean "${match.suggestion.name}"?`, match.suggestion.name)
          : importFinding('IMPORT_OWNER_UNKNOWN', 'info', task.id, field,
            `"${name}" không có trong danh mục cơ quan.`, `"${name}" is not in the owner registry.`));
      }
    }
  }
  return findings;
}

function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function importUnsafe(text: string, options: ImportOptions): ImportResult {
  const source = normalizeSource(text);
  const lines = splitSourceLines(source);
  const regions = locateDocument(lines);
  const identified = identifyPlan(lines, regions);
  const header = identified.header;
  const footnotes = new Map<string, string>();
  for (const line of lines) if (line.footnote && !footnotes.has(line.footnote.mark)) footnotes.set(line.footnote.mark, line.footnote.text);
  const bodyStart = Math.max(header.bodyStart, regions.body.from);
  const bodyLines = lines.slice(bodyStart, Math.max(bodyStart, regions.body.to));
  const noise = bodyLines.filter((line) => line.kind === 'noise');

  const appendices = regions.appendices.map((region) => {
    const appendixLines = lines.slice(region.from, region.to);
    return { title: appendixTitle(appendixLines), paragraphs: buildParagraphs(appendixLines) };
  });
  const outline = buildOutline(buildParagraphs(bodyLines), appendices);
  const assembled = assembleTasks(outline.items, outline.sections, footnotes, source, header.plan.issued || null, planPeriodOf(header.plan.title));
  const plan = { ...header.plan };
  if (options.source) plan.source = options.source;
  const gaps: SourceGap[] = [...outline.gaps, ...assembled.gaps];
  const catalogue: Catalogue = { format: 'plan-tracker/catalogue', version: 1, plan, sections: assembled.sections, tasks: assembled.tasks, gaps };

  const findings: Finding[] = [...identified.findings];
  for (const field of HEADER_FIELDS) {
    if (!header.found[field.key]) {
      findings.push(importFinding('IMPORT_HEADER_FIELD_MISSING', field.key === 'issued' ? 'warning' : 'info', null, null,
        `Không tìm thấy ${field.vi} trong phần đầu văn bản.`, `The ${field.en} was not found in the header.`));
    }
  }
  // Appended one by one: spreading a list of 100 000+ findings into push() overflows the call stack.
  appendAll(findings, outline.findings);
  appendAll(findings, assembled.findings);
  if (noise.length > 0) {
    findings.push(importFinding('IMPORT_NOISE_REMOVED', 'info', null, null,
      `Đã bỏ ${noise.length} dòng chân trang/số trang: ${noise.slice(0, 3).map((line) => `"${line.text}"`).join(', ')}.`,
      `Removed ${noise.length} page footer/page number line(s): ${noise.slice(0, 3).map((line) => `"${line.text}"`).join(', ')}.`));
  }
  if (catalogue.tasks.length === 0) {
    findings.push(importFinding('IMPORT_EMPTY', 'error', null, null,
      'Không tìm thấy nhiệm vụ nào: văn bản không có phần "Nội dung", "Nhiệm vụ" hay "Tổ chức thực hiện" nhận ra được.',
      'No tasks found: the text has no recognisable "Nội dung", "Nhiệm vụ" or "Tổ chức thực hiện" part.'));
  }
  if (options.registry) appendAll(findings, ownerFindings(catalogue, options.registry));

  const counts = new Map<string, number>();
  for (const task of catalogue.tasks) counts.set(task.section, (counts.get(task.section) ?? 0) + 1);
  const stats = { sections: catalogue.sections.map((section) => ({ id: section.id, title: section.title, tasks: counts.get(section.id) ?? 0 })) };
  return { catalogue, findings, stats };
}

function emptyResult(error: unknown): ImportResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    catalogue: {
      format: 'plan-tracker/catalogue', version: 1,
      plan: { number: '', issuer: '', place: '', issued: '', title: '', implements: '' },
      sections: [], tasks: [], gaps: [],
    },
    findings: [importFinding('IMPORT_EMPTY', 'error', null, null,
      `Không đọc được văn bản (lỗi nội bộ: ${message}).`, `The text could not be read (internal error: ${message}).`)],
    stats: { sections: [] },
  };
}

/** The text of a plan → its task catalogue and findings. Never throws: any input gives a result. */
export function importPlanText(text: string, options: ImportOptions = {}): ImportResult {
  try {
    return importUnsafe(typeof text === 'string' ? text : '', options ?? {});
  } catch (error) {
    // A last guard so a shell never crashes on an odd document; the finding says what happened.
    return emptyResult(error);
  }
}

export type { ImportFindingCode } from './findings';
