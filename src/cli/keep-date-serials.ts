/**
 * ExcelJS turns a date-formatted number into a JS Date when it opens a file, and back into a
 * number when it saves; a number past what a Date holds (about serial 100,000,000) becomes an
 * Invalid Date and is saved as "NaN", a corrupt cell — even on a planner's own sheet that the
 * command never touched. Here such a number stays itself: the Date carries the serial, which is
 * what ExcelJS saves again, and what readCell reads (serialOfDate). Node only: the CLI is the one
 * shell that opens .xlsx files with ExcelJS.
 */
interface ExcelJsDateUtils {
  excelToDate(serial: number, date1904?: boolean): Date;
  dateToExcel(date: Date, date1904?: boolean): number;
}

type CarryingDate = Date & { excelSerial?: number };

// eslint-disable-next-line @typescript-eslint/no-require-imports -- ExcelJS's own module, the one its reader and writer call
const utils = require('exceljs/lib/utils/utils') as ExcelJsDateUtils & { keepsSerials?: boolean };

if (!utils.keepsSerials) {
  const toDate = utils.excelToDate.bind(utils);
  const toSerial = utils.dateToExcel.bind(utils);
  utils.excelToDate = (serial, date1904) => {
    const date: CarryingDate = toDate(serial, date1904);
    if (Number.isNaN(date.getTime())) date.excelSerial = Number(serial);
    return date;
  };
  utils.dateToExcel = (date, date1904) => {
    const kept = (date as CarryingDate).excelSerial;
    return kept !== undefined ? kept : toSerial(date, date1904);
  };
  utils.keepsSerials = true;
}

export {};
