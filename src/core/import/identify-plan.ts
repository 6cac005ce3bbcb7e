/**
 * The plan's identity (number, date, issuer, title) when it comes with a decision. A plan attached
 * to a decision usually has no number of its own: it is known by the decision's number and date,
 * and the catalogue says so (plan.identity and a finding) rather than leaving the number empty.
 */
import type { Finding } from '../model';
import { clean, stripEmphasis } from '../text/normalize';
import type { DocumentRegions } from './document';
import { importFinding } from './findings';
import { readHeader, type PlanHeader } from './header';
import type { SourceLine } from './source-lines';

export interface IdentifiedPlan {
  header: PlanHeader;
  findings: Finding[];
}

function offset(header: PlanHeader, from: number): PlanHeader {
  return { ...header, bodyStart: header.bodyStart + from };
}

export function identifyPlan(lines: SourceLine[], regions: DocumentRegions): IdentifiedPlan {
  const own = offset(readHeader(lines.slice(regions.planHeader.from), { decision: regions.decision?.attached === false }), regions.planHeader.from);
  if (!regions.decision) return { header: own, findings: [] };
  const decision = readHeader(lines.slice(regions.decision.header.from, regions.decision.header.to), { decision: true });
  if (!regions.decision.attached) {
    const number = decision.plan.number;
    return {
      header: own,
      findings: [importFinding('IMPORT_PLAN_FROM_DECISION', 'info', null, null,
        `Kế hoạch được phê duyệt ngay trong Điều 1 của Quyết định ${number}: dùng số, ngày của Quyết định; bỏ qua phần căn cứ và các điều của Quyết định.`,
        `The plan is approved inside Article 1 of Decision ${number}: the decision's number and date are used; its legal basis and articles are skipped.`)],
    };
  }
  const plan = { ...own.plan };
  const found = { ...own.found };
  const borrowed: string[] = [];
  const borrow = (field: 'number' | 'issued' | 'issuer' | 'place', label: string) => {
    if (found[field] || !decision.found[field]) return;
    plan[field] = decision.plan[field];
    found[field] = true;
    borrowed.push(label);
  };
  borrow('number', 'số');
  borrow('issued', 'ngày');
  borrow('issuer', 'cơ quan ban hành');
  borrow('place', 'địa danh');
  const findings: Finding[] = [];
  if (borrowed.includes('số')) {
    plan.identity = `Kế hoạch ban hành kèm theo Quyết định số ${decision.plan.number}${decision.plan.issued ? ` ngày ${decision.plan.issued.split('-').reverse().join('/')}` : ''}; kế hoạch không có số riêng.`;
  }
  findings.push(importFinding('IMPORT_PLAN_FROM_DECISION', 'info', null, null,
    `Kế hoạch ban hành kèm theo Quyết định ${decision.plan.number}: chỉ đọc phần kế hoạch${borrowed.length > 0 ? `; ${borrowed.join(', ')} lấy từ Quyết định vì kế hoạch không ghi` : ''}.`,
    `The plan is attached to Decision ${decision.plan.number}: only the plan is read${borrowed.length > 0 ? `; its ${borrowed.length} missing header field(s) are the decision's` : ''}.`));
  return { header: { ...own, plan, found }, findings };
}

/** "PHỤ LỤC I BẢNG PHÂN CÔNG …": the appendix line and the title lines under it, before any table or "(Kèm theo …)". */
export function appendixTitle(lines: SourceLine[]): string {
  const pieces: string[] = [];
  for (const line of lines) {
    const plain = clean(stripEmphasis(line.text));
    if (line.raw.trim() === '|' || /^\(/.test(plain) || pieces.length >= 5) break;
    if (line.kind === 'text' && plain !== '') pieces.push(plain);
  }
  return clean(pieces.join(' '));
}
