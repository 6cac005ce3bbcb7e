/**
 * Page numbers that run on from sheet to sheet when the workbook is printed whole ("Trang 9/23"
 * after the tasks list's eight pages), as Excel and LibreOffice number pages when no sheet fixes
 * its first page number.
 *
 * ExcelJS reads a sheet without a first page number as `firstPageNumber: 1` and writes it back as
 * `firstPageNumber="1" useFirstPageNumber="1"`, so every sheet that went through a file restarted
 * at "Trang 1". A sheet whose file did not ask for a first page number gets none again; one that
 * did (useFirstPageNumber) keeps it.
 */
import type { Worksheet } from 'exceljs';

/** `useFirstPageNumber` is what ExcelJS reads from the file; its typings omit it. */
interface ReadPageSetup {
  firstPageNumber?: number;
  useFirstPageNumber?: boolean;
}

export function keepPageNumbersRunning(sheet: Worksheet): void {
  const setup = sheet.pageSetup as ReadPageSetup;
  if (setup.firstPageNumber !== undefined && setup.useFirstPageNumber !== true) {
    setup.firstPageNumber = undefined;
  }
}
