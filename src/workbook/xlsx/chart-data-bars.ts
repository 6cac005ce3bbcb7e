/**
 * What an .xlsx written without Excel shows where a chart would be: ExcelJS cannot draw charts, so
 * each charted series column gets data bars in its series colour, all on one scale (0 to the
 * largest count of any series), so a bar in one column compares with a bar in another.
 */
import type { ConditionalFormattingRule, Worksheet } from 'exceljs';
import { parseRange, rangeA1 } from '../../layout/a1';
import type { ChartSpec } from '../../layout/spec';
import { argb } from './styles';

/** The largest number in the series' data cells (header row excluded); 0 when none. */
function largestValue(sheet: Worksheet, chart: ChartSpec): number {
  const area = parseRange(chart.series);
  let largest = 0;
  for (let r = area.top + 1; r <= area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1) {
      const value = sheet.getRow(r).getCell(c).value;
      if (typeof value === 'number' && value > largest) largest = value;
    }
  }
  return largest;
}

export function renderChartDataBars(sheet: Worksheet, chart: ChartSpec, firstPriority: number): number {
  const area = parseRange(chart.series);
  const largest = largestValue(sheet, chart);
  if (area.bottom <= area.top || largest === 0) return 0;
  let added = 0;
  for (let c = area.left; c <= area.right; c += 1) {
    const colour = chart.seriesColours[c - area.left] ?? '#5B9BD5';
    // ExcelJS writes `color` (typings omit it) and, for Excel 2010+, the same bar in an extension.
    const rule = {
      type: 'dataBar',
      priority: firstPriority + added,
      gradient: false,
      border: false,
      minLength: 0,
      maxLength: 100,
      cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: largest }],
      color: { argb: argb(colour) },
    } as unknown as ConditionalFormattingRule;
    sheet.addConditionalFormatting({ ref: rangeA1(area.top + 1, c, area.bottom, c), rules: [rule] });
    added += 1;
  }
  return added;
}
