/**
 * The plan's header: number ("Số 43 -KH/TU" → "43-KH/TU"), issuer, place and date, title, and the
 * document it implements. Also where the body begins: after the title under "KẾ HOẠCH".
 */
import { isIsoDate, isoDate } from '../dates';
import type { PlanInfo } from '../model';
import { asciiKey, clean, stripEmphasis } from '../text/normalize';
import { sentenceCase } from './casing';
import { isDecisionTitle, isPlanTitle } from './document';
import { readMarker } from './markers';
import { isCapitals } from './paragraphs';
import type { SourceLine } from './source-lines';

export interface PlanHeader {
  plan: PlanInfo;
  /** Index of the first line of the body (the preamble and the numbered parts). */
  bodyStart: number;
  /** Which fields were found in the text (the others are empty). */
  found: { number: boolean; issuer: boolean; place: boolean; issued: boolean; title: boolean; implements: boolean };
}

// The header sits in the first lines; a number or date further down is part of a task.
const HEADER_SCAN_LINES = 60;
const NUMBER = /^số\s*[:.]?\s*(\d{1,5}\s*[-/]?\s*[A-ZĐ0-9][A-ZĐ0-9&./\s-]{0,30})$/iu;
const PLACE_DATE = /([^\n,;:|*]{2,40}),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const PLACE_DATE_NUMERIC = /([^\n,;:|*]{2,40}),\s*ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
const DOCUMENT_REFERENCE =
  /(Nghị quyết|Kế hoạch|Chỉ thị|Kết luận|Quyết định|Nghị định|Thông báo|Chương trình|Đề án|Luật|Thông tư|Công văn)\s+(?:số\s+)?(\d{1,4}[-/][\p{L}\d/.-]{1,30})(?:,?\s+ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}))?(?:\s+(của\s+[^,;“"”:]{1,160}?)(?=\s+và\s|\s+về\s|\s+thực hiện\s|,\s|[;“"”:]|$))?/u;
const NATIONAL_MOTTO = /^(cong hoa|chu nghia|doc lap|dang cong san)/;

function plainLine(line: SourceLine): string {
  return clean(stripEmphasis(line.text));
}

/**
 * The title block under "KẾ HOẠCH" (or "QUYẾT ĐỊNH"): its lines up to a blank line, and never past
 * "(Ban hành kèm theo …)", a numbered heading, a sentence after a title in capitals, or six lines —
 * so a text with no blank lines does not become one long title.
 */
function readTitleBlock(lines: SourceLine[], from: number): { title: string; end: number } {
  let index = from;
  while (index < lines.length && lines[index].kind !== 'text') index += 1;
  const titleLines: string[] = [];
  while (index < lines.length && lines[index].kind === 'text') {
    const plain = plainLine(lines[index]);
    if (titleLines.length > 0) {
      const marker = readMarker(plain).type;
      // "**THỦ TƯỚNG CHÍNH PHỦ**" after a title in plain capitals is the issuer's line, not the title.
      const boldAfterPlain = /^\*\*[\s\S]+\*\*$/u.test(lines[index].text.trim()) && !/^\*\*/u.test(lines[index - 1].text.trim());
      if (boldAfterPlain) break;
      const afterCapitals = titleLines.every(isCapitals) && !isCapitals(plain) && !/^[\p{Ll}\d(-]/u.test(plain);
      if (/^\(/.test(plain) || marker === 'letter' || marker === 'roman' || marker === 'arabic' || afterCapitals || titleLines.length >= 6) break;
    }
    titleLines.push(plain);
    index += 1;
  }
  return { title: clean(titleLines.join(' ')), end: index };
}

function isCapitalLine(plain: string): boolean {
  return plain.length >= 2 && !/\p{Ll}/u.test(plain) && /\p{Lu}{2}|^\p{Lu}{2,}/u.test(plain);
}

function readIssuer(lines: string[], numberLine: number): string | null {
  for (const plain of lines) {
    const agency = /^cơ quan\s*:\s*(.+)$/iu.exec(plain);
    if (agency) return agency[1].trim();
  }
  // Without a number line the capitals at the top are as likely a part heading as an issuer.
  if (numberLine < 0) return null;
  // The issuer block: the capitals at the top, up to the national motto ("ỦY BAN NHÂN / DÂN /
  // THÀNH PHỐ HỒ CHÍ MINH", a name wrapped over several lines).
  const block: string[] = [];
  const before = lines.slice(0, numberLine);
  for (const [index, plain] of before.entries()) {
    // The motto may be wrapped too ("CỘNG / HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
    if (NATIONAL_MOTTO.test(asciiKey(`${plain} ${before[index + 1] ?? ''}`))) break;
    if (isCapitalLine(plain)) block.push(plain);
    else if (block.length > 0 && plain !== '') break;
  }
  return block.length > 0 ? sentenceCase(block.slice(0, 4).join(' ')) : null;
}

function readImplements(title: string, preamble: string): string | null {
  const inTitle = DOCUMENT_REFERENCE.exec(title);
  // The preamble usually repeats the title's reference with its date and issuer: prefer that fuller one.
  if (inTitle) {
    for (const match of preamble.matchAll(new RegExp(DOCUMENT_REFERENCE.source, 'gu'))) {
      if (match[2] === inTitle[2]) return formatReference(match);
    }
    return formatReference(inTitle);
  }
  const inPreamble = DOCUMENT_REFERENCE.exec(preamble);
  return inPreamble ? formatReference(inPreamble) : null;
}

function formatReference(match: RegExpExecArray | RegExpMatchArray): string {
  const date = match[3] ? ` ngày ${match[3].replace(/\s+/g, '')}` : '';
  const issuer = match[4] ? ` ${match[4].trim()}` : '';
  return `${match[1]} số ${match[2]}${date}${issuer}`;
}

function toIso(day: string, month: string, year: string): string | null {
  const date = isoDate(Number(year), Number(month), Number(day));
  return isIsoDate(date) ? date : null;
}

/** A decision's title names what it does; the plan's title is what follows "ban hành" / "phê duyệt". */
function planTitleOfDecision(title: string): string {
  return title.replace(/^(?:về việc\s+)?(?:ban hành|phê duyệt|v\/v ban hành)\s+/iu, '');
}

export function readHeader(lines: SourceLine[], options: { decision?: boolean } = {}): PlanHeader {
  const isTitleLine = options.decision ? isDecisionTitle : isPlanTitle;
  const scan = lines.slice(0, HEADER_SCAN_LINES).map((line) => (line.kind === 'text' ? plainLine(line) : ''));
  // "Số:" on one line and "2820/QĐ-UBND" on the next, as converted table cells often are.
  const withNext = (index: number) => {
    if (!/^số\s*[:.]?$/iu.test(scan[index])) return scan[index];
    const next = scan.slice(index + 1, index + 4).find((plain) => plain !== '');
    return next ? `${scan[index]} ${next}` : scan[index];
  };
  const numberLine = scan.findIndex((_, index) => NUMBER.test(withNext(index)));
  const number = numberLine >= 0 ? (NUMBER.exec(withNext(numberLine))?.[1] ?? '').replace(/\s+/g, '') : '';

  const titleLine = scan.findIndex(isTitleLine);
  let title = '';
  let bodyStart = 0;
  if (titleLine >= 0) {
    const block = readTitleBlock(lines, titleLine + 1);
    title = options.decision ? planTitleOfDecision(block.title) : block.title;
    bodyStart = block.end;
  }
  // Place and date may be wrapped anywhere ("Thành phố Hồ / Chí Minh, ngày 19 tháng 11 …"): a line
  // break that does not follow a blank line or a table pipe is a wrap.
  const headerText = scan.slice(0, titleLine >= 0 ? titleLine : scan.length).join('\n').replace(/([^\n])\n(?=[^\n])/gu, '$1 ');
  const placeDate = PLACE_DATE.exec(headerText) ?? PLACE_DATE_NUMERIC.exec(headerText);
  // A line joined before the place may bring capitals with it ("ĐẢNG CỘNG SẢN VIỆT NAM Thủ Dầu Một").
  const place = placeDate ? clean(placeDate[1]).replace(/^(?:[\p{Lu}\d-]+\s+)+(?=\p{Lu}\p{Ll})/u, '') : '';
  const issued = placeDate ? toIso(placeDate[2], placeDate[3], placeDate[4]) : null;
  if (titleLine < 0) {
    // No "KẾ HOẠCH" line: the body starts after the last header field that was found.
    const lastHeaderLine = Math.max(numberLine, placeDate ? scan.findIndex((plain) => plain.includes(placeDate[1].trim())) : -1);
    bodyStart = lastHeaderLine >= 0 ? lastHeaderLine + 1 : 0;
  }
  const issuer = readIssuer(scan.slice(0, titleLine >= 0 ? titleLine : scan.length), numberLine);
  const preamble = lines
    .slice(bodyStart, bodyStart + 40)
    .filter((line) => line.kind === 'text')
    .map(plainLine)
    .join(' ');
  const implemented = readImplements(title, preamble);
  return {
    plan: {
      number,
      issuer: issuer ?? '',
      place,
      issued: issued ?? '',
      title,
      implements: implemented ?? '',
    },
    bodyStart,
    found: {
      number: number !== '',
      issuer: issuer !== null,
      place: place !== '',
      issued: issued !== null,
      title: title !== '',
      implements: implemented !== null,
    },
  };
}
