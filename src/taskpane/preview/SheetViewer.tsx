import * as React from 'react';
import { Caption1, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { cellA1, parseCell } from '../../layout/a1';
import type { MemoryWorkbook } from '../../workbook/memory';
import { cellText } from './cell-text';
import { previewStrings } from './strings';
import type { Lang } from '../i18n';

const useStyles = makeStyles({
  tabs: { overflowX: 'auto' },
  frame: { overflow: 'auto', maxHeight: '60vh', border: `1px solid ${tokens.colorNeutralStroke2}` },
  grid: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', verticalAlign: 'top', minWidth: '6em', maxWidth: '28em', whiteSpace: 'pre-wrap' },
  rowHead: { background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: 'right', minWidth: '2em' },
});

export interface SheetViewerProps {
  workbook: MemoryWorkbook;
  /** Changes after every command, so the viewer re-reads the workbook. */
  version: number;
  lang: Lang;
  /** Rows shown per sheet; a long sheet says how many more there are. */
  maxRows?: number;
}

/** The cells of one row, a merged cell standing for the columns it covers. */
function rowCells(row: number, columns: number, spans: Map<string, number>): { column: number; span: number }[] {
  const cells: { column: number; span: number }[] = [];
  for (let column = 1; column <= columns; ) {
    const span = Math.min(spans.get(cellA1(row, column)) ?? 1, columns - column + 1);
    cells.push({ column, span });
    column += span;
  }
  return cells;
}

/** The preview's workbook as readable tables, one tab per sheet. */
export function SheetViewer({ workbook, version, lang, maxRows = 300 }: SheetViewerProps) {
  const styles = useStyles();
  const t = previewStrings[lang];
  // As in Excel's tab bar: the hidden sheet that stores the plan is not shown.
  const names = workbook.sheetNames().filter((name) => !workbook.sheet(name)?.hidden);
  const [selected, setSelected] = React.useState<string | null>(null);
  const current = selected && names.includes(selected) ? selected : names[0];
  const sheet = current ? workbook.sheet(current) : undefined;

  const grid = React.useMemo(() => {
    if (!sheet) return null;
    let rows = 0;
    let columns = 0;
    for (const address of sheet.cells.keys()) {
      const { row, column } = parseCell(address);
      rows = Math.max(rows, row);
      columns = Math.max(columns, column);
    }
    // Titles and paragraphs merged across columns in the workbook are merged here too.
    const spans = new Map<string, number>();
    for (const block of sheet.spec?.blocks ?? []) {
      if ((block.mergeAcross ?? 1) > 1) spans.set(cellA1(block.row, block.column), block.mergeAcross ?? 1);
    }
    return { rows, columns, spans };
    // `version` marks a new write into the same sheet object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sheet, version]);

  if (!names.length || !sheet || !grid) return <Caption1>{t.noSheets}</Caption1>;
  const shownRows = Math.min(grid.rows, maxRows);
  return (
    <section aria-label={t.sheetsLabel}>
      <div className={styles.tabs}>
      <TabList selectedValue={current} onTabSelect={(_, data) => setSelected(String(data.value))} size="small">
        {names.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      </div>
      <div className={styles.frame} tabIndex={0} role="region" aria-label={current}>
        <table className={styles.grid} data-sheet={current}>
          <tbody>
            {Array.from({ length: shownRows }, (_, r) => (
              <tr key={r}>
                <th scope="row" className={`${styles.cell} ${styles.rowHead}`}>
                  {r + 1}
                </th>
                {rowCells(r + 1, grid.columns, grid.spans).map(({ column, span }) => {
                  const address = cellA1(r + 1, column);
                  const fill = sheet.fills.get(address);
                  return (
                    <td key={column} colSpan={span > 1 ? span : undefined} className={styles.cell} style={fill ? { background: fill } : undefined}>
                      {cellText(sheet.cells.get(address), sheet.numberFormats.get(address))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {grid.rows > shownRows ? <Caption1>{t.moreRows(grid.rows - shownRows)}</Caption1> : null}
    </section>
  );
}
