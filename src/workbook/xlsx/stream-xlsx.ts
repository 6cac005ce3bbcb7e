/**
 * A SpecWorkbook as .xlsx bytes through ExcelJS's streaming WorkbookWriter: each sheet's rows are
 * written and dropped as they are made (stream-sheet.ts), so time and memory grow with the tasks,
 * not faster. ExcelJS's streaming writer has no Excel tables (exceljs#1412; the fix, PR #1885, was
 * never merged); the add-in finds its data by table, so each sheet's tables are added as the normal
 * writer adds them: a table part, its relationship, a <tableParts> element closing the sheet
 * (after any legacyDrawing, where the schema wants it) and a content-type entry.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { PendingSheet, SpecWorkbook } from './spec-workbook';
import type { StyleTable } from './row-xml';
import { SheetStreamer, type StreamedTable } from './stream-sheet';

const TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const TABLE_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

/** The parts of ExcelJS's streaming writers this file reaches into (not in its typings). */
interface WriterInternals {
  zip: { append(source: string | NodeJS.ReadableStream, options: { name: string }): void };
  addContentTypes(): Promise<void>;
  /** ExcelJS's in-memory stream when no file or stream is given; read() returns every byte. */
  stream: { read(): Uint8Array | null };
  /** The style table cells' style ids come from (row-xml.ts). */
  styles: StyleTable;
  /** Makes the stream a sheet (or its relationships) is written into, as a zip entry. */
  _openStream(path: string): NodeJS.WritableStream;
}

/** ExcelJS's StringBuf, which its sheet writers pass to write() besides strings. */
interface StringBuf {
  toBuffer(): Buffer;
}

/**
 * A zip entry as a plain Node stream. ExcelJS's own (StreamBuf) copies every byte into fresh 64 KB
 * buffers before the zip sees it; this one hands the zip the bytes as they come.
 */
class EntryStream extends PassThrough {
  override write(data: unknown, ...rest: unknown[]): boolean {
    const bytes = typeof data === 'string' || Buffer.isBuffer(data) ? data : (data as StringBuf).toBuffer();
    return (super.write as (chunk: unknown, ...more: unknown[]) => boolean)(bytes, ...rest);
  }
}

interface SheetWriterInternals {
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeCloseWorksheet(): void;
  _write(text: string): void;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A table part as Excel and the normal ExcelJS writer write it (TableStyleLight1, filter buttons). */
function tableXml(id: number, table: StreamedTable): string {
  const columns = table.headers.map((header, i) => `<tableColumn id="${i + 1}" name="${escapeXml(header)}"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${table.ref}" totalsRowShown="0" headerRowCount="1">` +
    `<autoFilter ref="${table.ref}"/>` +
    `<tableColumns count="${table.headers.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>' +
    '</table>'
  );
}

/**
 * The workbook as .xlsx bytes, streamed sheet by sheet. `release`: each sheet's rows are let go
 * once streamed (SpecWorkbook.takeXlsxBytes), so a large plan's tasks sheet is not still in memory
 * while its Phụ lục is written.
 */
export async function streamXlsxBytes(book: SpecWorkbook, options: { release?: boolean } = {}): Promise<Uint8Array> {
  // Strings inline, not shared: a shared-string table holds every text (the stored plan's JSON
  // included) until the end and is then written as one string, which doubled the peak memory.
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: false });
  writer.creator = 'Plan Tracker';
  const internals = writer as unknown as WriterInternals;
  const tableTargets: string[] = [];
  internals._openStream = (path) => {
    const stream = new EntryStream();
    internals.zip.append(stream, { name: path });
    // ExcelJS waits for "zipped" before it closes the archive (as its own _openStream does).
    stream.on('finish', () => stream.emit('zipped'));
    return stream;
  };

  // [Content_Types].xml is written at commit; the table parts need their entries in it.
  const addContentTypes = internals.addContentTypes.bind(writer);
  internals.addContentTypes = async () => {
    const original = internals.zip.append.bind(internals.zip);
    internals.zip.append = (source, options) => {
      const overrides = tableTargets.map((target) => `<Override PartName="/xl/tables/${target}" ContentType="${TABLE_CONTENT_TYPE}"/>`).join('');
      original(options.name === '[Content_Types].xml' && typeof source === 'string' ? source.replace('</Types>', `${overrides}</Types>`) : source, options);
    };
    try {
      await addContentTypes();
    } finally {
      internals.zip.append = original;
    }
  };

  const shown = book.activeSheet ? book.sheets.findIndex((sheet) => sheet.spec.name === book.activeSheet) : -1;
  const firstVisible = Math.max(0, book.sheets.findIndex((sheet) => !sheet.hidden));
  // Excel opens on the active tab even when it is hidden (exceljs#2911): never a hidden one.
  const activeTab = shown >= 0 && !book.sheets[shown].hidden ? shown : firstVisible;
  writer.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];

  for (const [index, pending] of book.sheets.entries()) {
    const streamer = new SheetStreamer(pending);
    const sheet = writer.addWorksheet(pending.spec.name, streamer.options() as Partial<ExcelJS.AddWorksheetOptions>);
    const tables = streamer.tables();
    if (tables.length > 0) {
      const sheetInternals = sheet as unknown as SheetWriterInternals;
      const closeWorksheet = sheetInternals._writeCloseWorksheet.bind(sheet);
      sheetInternals._writeCloseWorksheet = () => {
        const ids = tables.map((table) => {
          const id = tableTargets.length + 1;
          const target = `table${id}.xml`;
          tableTargets.push(target);
          internals.zip.append(tableXml(id, table), { name: `xl/tables/${target}` });
          return sheetInternals._sheetRelsWriter.addRelationship({ Type: TABLE_REL, Target: `../tables/${target}` });
        });
        sheetInternals._write(`<tableParts count="${ids.length}">${ids.map((rId) => `<tablePart r:id="${rId}"/>`).join('')}</tableParts>`);
        closeWorksheet();
      };
    }
    await streamer.write(sheet, internals.styles);
    if (options.release) book.sheets[index] = releasedRows(pending);
  }
  await writer.commit();
  const bytes = internals.stream.read();
  return bytes ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(0);
}

/** A sheet already streamed: its name, tables and visibility, without its cells. */
function releasedRows(pending: PendingSheet): PendingSheet {
  return {
    spec: { ...pending.spec, blocks: [], tables: pending.spec.tables.map((table) => ({ ...table, rows: [] })) },
    hidden: pending.hidden,
    patched: new Map(),
    marks: new Map(),
    activeCell: pending.activeCell,
    released: true,
  };
}
