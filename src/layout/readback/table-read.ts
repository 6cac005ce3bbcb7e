/**
 * What the layout reads back from a sheet: a table's headers and rows as cells. The layout owns
 * these shapes (it turns them back into tasks); the workbook port returns them.
 */
import type { IsoDate } from '../../core/model';

/**
 * One cell as read back. Adapters turn date-formatted serial numbers (and ExcelJS Date objects)
 * into { date }, and error values (#N/A, #REF!, …) into { error }. Everything else is as Excel
 * holds it; an empty cell is null (never "").
 */
export type ReadCell = string | number | boolean | null | { date: IsoDate } | { error: string };

export interface TableRead {
  sheet: string;
  /** The table's actual name (it may differ from the one asked for when `table` was omitted). */
  table: string;
  headers: string[];
  /** Data rows (header excluded), each as long as `headers`. */
  rows: ReadCell[][];
  /** 1-based sheet row of the header: data row i (0-based) is sheet row headerRow + 1 + i. */
  headerRow: number;
  /** 1-based sheet column of the table's first column. */
  firstColumn: number;
}
