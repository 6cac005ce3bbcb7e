/**
 * Reads a plan file given on the command line (`--plan FILE`): a catalogue (.json, see
 * docs/catalogue-format.md) or the text of a Kế hoạch (.txt or .md in UTF-8 or UTF-16, .docx
 * through mammoth, .pdf through pdf.js) run through the importer (docs/import.md). Anything else,
 * a file that cannot be read, or a plan text in which the importer finds no task is a CliFailure
 * that says why.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import { parseCatalogue } from '../core/catalogue';
import { parseParts } from '../core/catalogue/parse-parts';
import { importPlanText } from '../core/import';
import { htmlToPlanText } from '../core/import/html-to-text';
import type { Catalogue, Finding, Localized } from '../core/model';
import { pdfText } from '../pdf/pdf-text';
import { decodePlanText } from '../plan-file/decode-text';
import { PlanFileProblem } from '../plan-file/problems';
import { CliFailure } from './io';
import { loadPdfJs } from './pdfjs-node';
import { planWithoutTasksFailure } from './plan-without-tasks';
import { utf8Parts } from './utf8-parts';

export interface LoadedPlan {
  catalogue: Catalogue;
  /** What the importer noticed (empty for a .json catalogue, which is refused if broken). */
  findings: Finding[];
}

function readFailure(path: string, error: unknown): CliFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new CliFailure(`không tìm thấy tệp / file not found: ${path}`);
  if (code === 'EISDIR') return new CliFailure(`đây là thư mục, không phải tệp / this is a folder, not a file: ${path}`);
  const detail = code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
  return new CliFailure(`không đọc được tệp / cannot read file: ${path} (${detail})`);
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw readFailure(path, error);
  }
}

function problemFailure(path: string, problem: PlanFileProblem): CliFailure {
  return new CliFailure(`${path}: ${problem.message}`);
}

async function readText(path: string): Promise<string> {
  const bytes = await readBytes(path);
  try {
    return decodePlanText(bytes);
  } catch (error) {
    throw error instanceof PlanFileProblem ? problemFailure(path, error) : error;
  }
}

async function readPdfText(path: string): Promise<{ text: string; warnings: Localized[] }> {
  const bytes = await readBytes(path);
  try {
    return await pdfText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), await loadPdfJs());
  } catch (error) {
    throw error instanceof PlanFileProblem ? problemFailure(path, error) : error;
  }
}

async function readDocxText(path: string): Promise<string> {
  const buffer = await readBytes(path);
  try {
    // HTML, not raw text: raw text loses the tables an appendix lists its tasks in.
    return htmlToPlanText((await mammoth.convertToHtml({ buffer })).value);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliFailure(`tệp .docx bị hỏng hoặc không phải Word / not a readable Word .docx file: ${path} (${detail})`);
  }
}

/**
 * The file's JSON, parsed a part and a task at a time (./utf8-parts.ts), so a large catalogue is
 * never one string. On a failure the whole text is parsed: its error says where the fault is.
 */
function parseJson(bytes: Buffer): unknown {
  try {
    return parseParts(utf8Parts(bytes));
  } catch {
    return JSON.parse(bytes.toString('utf8'));
  }
}

async function loadCatalogueJson(path: string): Promise<LoadedPlan> {
  let value: unknown;
  const bytes = await readBytes(path);
  try {
    value = parseJson(bytes);
  } catch (error) {
    throw new CliFailure(`tệp không phải JSON hợp lệ / not valid JSON: ${path} (${error instanceof Error ? error.message : String(error)})`);
  }
  const { catalogue, errors } = parseCatalogue(value);
  // A partly broken catalogue is refused rather than shown without the tasks it lost.
  if (!catalogue || errors.length > 0) {
    const first = errors[0] ?? { vi: 'không rõ lỗi', en: 'unknown error' };
    const more = errors.length > 1 ? ` (+${errors.length - 1})` : '';
    throw new CliFailure(`danh mục không hợp lệ / invalid catalogue ${path}: ${first.vi} / ${first.en}${more}`);
  }
  return { catalogue, findings: [] };
}

/** What reading the file noticed before the importer ran (PDF pages without text), as findings. */
function readingFindings(warnings: readonly Localized[]): Finding[] {
  return warnings.map((message) => ({ code: 'PDF_PAGES_WITHOUT_TEXT', severity: 'warning', taskId: null, field: null, message }));
}

function imported(text: string, path: string, warnings: readonly Localized[] = []): LoadedPlan {
  const result = importPlanText(text, { source: basename(path) });
  const findings = [...readingFindings(warnings), ...result.findings];
  if (result.catalogue.tasks.length === 0) throw planWithoutTasksFailure(path, text, findings);
  return { catalogue: result.catalogue, findings };
}

export async function loadPlanFile(path: string): Promise<LoadedPlan> {
  const extension = extname(path).toLowerCase();
  switch (extension) {
    case '.json':
      return loadCatalogueJson(path);
    case '.txt':
    case '.md':
      return imported(await readText(path), path);
    case '.docx':
      return imported(await readDocxText(path), path);
    case '.pdf': {
      const { text, warnings } = await readPdfText(path);
      return imported(text, path, warnings);
    }
    default:
      throw new CliFailure(
        `không đọc được loại tệp "${extension || '(không có đuôi)'}" / unsupported file type "${extension || '(none)'}": ${path} — dùng / use .json, .txt, .md, .docx or .pdf`,
      );
  }
}
