import { MemoryWorkbook, type StoredCell } from '../../src/workbook/memory';
import type { ReadCell } from '../../src/layout/readback/table-read';
import { describePortContract, type ContractSubject } from './contract/port-contract';

function asRead(cell: StoredCell | undefined): ReadCell {
  if (cell === undefined || cell === null || cell === '') return null;
  if (typeof cell !== 'object') return cell;
  if ('date' in cell) return { date: cell.date };
  if ('error' in cell) return { error: cell.error };
  if ('link' in cell) return cell.link.text;
  return cell.formula;
}

function subjectOf(book: MemoryWorkbook): ContractSubject {
  const subject: ContractSubject = {
    port: book,
    addPlannerSheet: async (name, cells) => void book.addPlannerSheet(name, cells),
    type: async (sheet, address, value) => book.setCell(sheet, address, value),
    cell: async (sheet, address) => asRead(book.getCell(sheet, address)),
    fill: async (sheet, address) => book.sheet(sheet)?.fills.get(address) ?? null,
    reopen: async () => subject,
  };
  return subject;
}

describePortContract('memory', async () => subjectOf(new MemoryWorkbook()));
