export { MemoryWorkbook, type MemorySheet, type MemoryTable, type StoredCell } from './memory-workbook';
