/**
 * Reads a plan file given on the command line (`--plan FILE`) as a catalogue.
 * Interim version: only catalogue JSON files (docs/catalogue-format.md); the plan-text importer
 * (src/core/import) is meant to extend this to .txt/.docx plans.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseCatalogue } from '../core/catalogue';
import type { Catalogue } from '../core/model';
import { CliFailure } from './io';

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliFailure(`không tìm thấy tệp / file not found: ${path}`);
    throw new CliFailure(`không đọc được tệp / cannot read file: ${path} (${code ?? String(error)})`);
  }
}

export async function loadPlanFile(path: string): Promise<Catalogue> {
  if (extname(path).toLowerCase() !== '.json') {
    throw new CliFailure(`chỉ đọc được danh mục .json / only .json catalogue files can be read: ${path}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(await readText(path));
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(`tệp không phải JSON hợp lệ / not valid JSON: ${path} (${error instanceof Error ? error.message : String(error)})`);
  }
  const { catalogue, errors } = parseCatalogue(value);
  // A partly broken file is refused rather than shown without the tasks it lost.
  if (!catalogue || errors.length > 0) {
    const more = errors.length > 1 ? ` (+${errors.length - 1})` : '';
    throw new CliFailure(`danh mục không hợp lệ / invalid catalogue ${path}: ${errors[0].vi} / ${errors[0].en}${more}`);
  }
  return catalogue;
}
