/** The ExcelJS (.xlsx) adapter. Browser code loads it with import() to keep ExcelJS out of the start-up bundle. */
export { XlsxWorkbook } from './xlsx-workbook';
export { openXlsx, newXlsx, notXlsxError } from './open';
export { readCell, toExcelValue, isDateFormat } from './cell-values';
