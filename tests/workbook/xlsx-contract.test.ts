import type { CellErrorValue } from 'exceljs';
import { openXlsx, newXlsx, readCell, type XlsxWorkbook } from '../../src/workbook/xlsx';
import { describePortContract, type ContractSubject } from './contract/port-contract';

function subjectOf(workbook: XlsxWorkbook): ContractSubject {
  const sheet = (name: string) => {
    const found = workbook.book.getWorksheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  return {
    port: workbook,
    addPlannerSheet: async (name, cells) => {
      const added = workbook.book.addWorksheet(name);
      for (const [address, value] of Object.entries(cells)) added.getCell(address).value = value;
    },
    type: async (name, address, value) => {
      // Error values are a closed set in ExcelJS's typings; the contract passes Excel's own codes.
      sheet(name).getCell(address).value = typeof value === 'object' ? ({ error: value.error } as CellErrorValue) : value;
    },
    cell: async (name, address) => readCell(sheet(name).getCell(address)),
    fill: async (name, address) => {
      const fill = sheet(name).getCell(address).style.fill;
      if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return null;
      const argb = fill.fgColor?.argb;
      return argb ? `#${argb.slice(2)}` : null;
    },
    reopen: async () => subjectOf(await openXlsx(await workbook.toXlsxBytes())),
  };
}

describePortContract('xlsx (ExcelJS), saved and reopened', async () => subjectOf(newXlsx()));
