/**
 * A chosen file → its text: .txt and .md as UTF-8, .docx through mammoth's browser build, which is
 * loaded (a separate chunk) only when a Word file is chosen, so the task pane starts small.
 */
export class PlanFileError extends Error {}

export type DocxTextReader = (arrayBuffer: ArrayBuffer) => Promise<string>;

async function mammothText(arrayBuffer: ArrayBuffer): Promise<string> {
  const mammoth = await import('mammoth/mammoth.browser');
  return (await mammoth.extractRawText({ arrayBuffer })).value;
}

// FileReader rather than Blob.text(): older Office web views (and jsdom) lack the newer methods.
function readWith<T extends string | ArrayBuffer>(file: File, read: (reader: FileReader) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    read(reader);
  });
}

/** Reads the file's text; `readDocx` can be replaced in tests. Throws PlanFileError for other types. */
export async function readPlanFile(file: File, readDocx: DocxTextReader = mammothText): Promise<string> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.txt') || name.endsWith('.md')) return readWith<string>(file, (reader) => reader.readAsText(file, 'utf-8'));
  if (name.endsWith('.docx')) return readDocx(await readWith<ArrayBuffer>(file, (reader) => reader.readAsArrayBuffer(file)));
  throw new PlanFileError(name);
}
