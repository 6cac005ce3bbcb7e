/**
 * Reads a plan file given on the command line (`--plan FILE`): a catalogue (.json, see
 * docs/catalogue-format.md) or the text of a Kế hoạch (.txt, .md, or .docx through mammoth) run
 * through the importer (docs/import.md). Anything else, or a file that cannot be read, is a
 * CliFailure with one clear line.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import { parseCatalogue } from '../core/catalogue';
import { importPlanText } from '../core/import';
import type { Catalogue, Finding } from '../core/model';
import { CliFailure } from './io';

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

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw readFailure(path, error);
  }
}

async function readDocxText(path: string): Promise<string> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    throw readFailure(path, error);
  }
  try {
    return (await mammoth.extractRawText({ buffer })).value;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliFailure(`tệp .docx bị hỏng hoặc không phải Word / not a readable Word .docx file: ${path} (${detail})`);
  }
}

async function loadCatalogueJson(path: string): Promise<LoadedPlan> {
  let value: unknown;
  const text = await readText(path);
  try {
    value = JSON.parse(text);
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

function imported(text: string, path: string): LoadedPlan {
  const { catalogue, findings } = importPlanText(text, { source: basename(path) });
  return { catalogue, findings };
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
    default:
      throw new CliFailure(
        `không đọc được loại tệp "${extension || '(không có đuôi)'}" / unsupported file type "${extension || '(none)'}": ${path} — dùng / use .json, .txt, .md or .docx`,
      );
  }
}
