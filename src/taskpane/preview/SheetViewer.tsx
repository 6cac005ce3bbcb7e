import * as React from 'react';
import { Caption1, Tab, TabList, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { cellA1, parseCell } from '../../layout/a1';
import type { MemoryWorkbook } from '../../workbook/memory';
import { cellText } from './cell-text';
import { rowCells, sheetGrid } from './sheet-grid';
import { previewStrings } from './strings';
import type { Lang } from '../i18n';

const ROW_HEAD_PX = 36;

const useStyles = makeStyles({
  // Every tab stays reachable in a 350 px pane: the tab list scrolls sideways instead of squeezing.
  tabs: { overflowX: 'auto', overflowY: 'hidden', maxWidth: '100%' },
  tab: { flexShrink: 0, whiteSpace: 'nowrap' },
  frame: { overflow: 'auto', maxHeight: '60vh', border: `1px solid ${tokens.colorNeutralStroke2}`, position: 'relative' },
  // Fixed layout: the columns keep the widths the layout gives Excel, and text wraps inside them.
  grid: { borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', fontSize: tokens.fontSizeBase200 },
  cell: {
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px', verticalAlign: 'top', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', textAlign: 'start',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Header rows of the sheet's tables stay in view while it scrolls, as Excel's frozen panes do.
  header: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
  rowHead: {
    position: 'sticky', left: 0, zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, textAlign: 'end', fontWeight: tokens.fontWeightRegular,
  },
  corner: { zIndex: 2 },
  shown: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-3px', backgroundColor: tokens.colorBrandBackground2 },
});

export interface SheetViewerProps {
  workbook: MemoryWorkbook;
  /** Changes after every command, so the viewer re-reads the workbook. */
  version: number;
  lang: Lang;
  /** Rows shown per sheet; a long sheet says how many more there are. */
  maxRows?: number;
  /** A cell to show and highlight (a finding clicked in the pane); a new `seq` shows it again. */
  shown?: { sheet: string; cell: string; seq: number } | null;
}

/** The preview's workbook as readable tables, one tab per sheet. */
export function SheetViewer({ workbook, version, lang, maxRows = 300, shown = null }: SheetViewerProps) {
  const styles = useStyles();
  const t = previewStrings[lang];
  // As in Excel's tab bar: the hidden sheet that stores the plan is not shown.
  const names = workbook.sheetNames().filter((name) => !workbook.sheet(name)?.hidden);
  const [selected, setSelected] = React.useState<string | null>(null);
  // A finding clicked: its sheet's tab opens (set while rendering, so the scroll below sees it).
  const [seenSeq, setSeenSeq] = React.useState(0);
  if (shown && shown.seq !== seenSeq) {
    setSeenSeq(shown.seq);
    setSelected(shown.sheet);
  }
  const current = selected && names.includes(selected) ? selected : names[0];
  const sheet = current ? workbook.sheet(current) : undefined;
  const highlight = shown && shown.sheet === current ? shown.cell : null;
  const frame = React.useRef<HTMLDivElement>(null);

  const grid = React.useMemo(
    () => (sheet ? sheetGrid(sheet) : null),
    // `version` marks a new write into the same sheet object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sheet, version],
  );

  // Each tab opens at its top-left corner, not where the previous one was scrolled to.
  React.useLayoutEffect(() => {
    frame.current?.scrollTo?.({ top: 0, left: 0 });
  }, [current]);
  // Then the clicked finding's cell is brought into view (effects run in this order).
  React.useLayoutEffect(() => {
    if (!shown || !frame.current) return;
    const target = frame.current.querySelector<HTMLElement>(`[data-cell="${shown.cell}"]`);
    target?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown?.seq]);

  if (!names.length || !sheet || !grid) return <Caption1>{t.noSheets}</Caption1>;
  const shownRows = Math.min(grid.rows, Math.max(maxRows, highlight ? parseCell(highlight).row : 0));
  const tableWidth = ROW_HEAD_PX + grid.widths.reduce((sum, width) => sum + width, 0);
  return (
    <section aria-label={t.sheetsLabel}>
      <div className={styles.tabs}>
        <TabList selectedValue={current} onTabSelect={(_, data) => setSelected(String(data.value))} size="small">
          {names.map((name) => (
            <Tab key={name} value={name} className={styles.tab}>
              {name}
            </Tab>
          ))}
        </TabList>
      </div>
      {highlight ? (
        <Caption1 role="status">{t.shownCell(current, highlight)}</Caption1>
      ) : null}
      <div ref={frame} className={styles.frame} tabIndex={0} role="region" aria-label={current}>
        <table className={styles.grid} data-sheet={current} style={{ width: `${tableWidth}px` }}>
          <colgroup>
            <col style={{ width: `${ROW_HEAD_PX}px` }} />
            {grid.widths.map((width, index) => (
              <col key={index} style={{ width: `${width}px` }} />
            ))}
          </colgroup>
          <tbody>
            {Array.from({ length: shownRows }, (_, r) => {
              const row = r + 1;
              const isHeader = grid.headerRows.has(row);
              return (
                <tr key={row}>
                  <th scope="row" className={mergeClasses(styles.cell, styles.rowHead, isHeader && styles.header, isHeader && styles.corner)}>
                    {row}
                  </th>
                  {rowCells(sheet, grid, row).map(({ column, span }) => {
                    const address = cellA1(row, column);
                    const fill = sheet.fills.get(address);
                    const Cell = isHeader ? 'th' : 'td';
                    return (
                      <Cell
                        key={column}
                        scope={isHeader ? 'col' : undefined}
                        colSpan={span > 1 ? span : undefined}
                        data-cell={address}
                        className={mergeClasses(styles.cell, isHeader && styles.header, address === highlight && styles.shown)}
                        style={fill && address !== highlight ? { backgroundColor: fill } : undefined}
                      >
                        {cellText(sheet.cells.get(address), sheet.numberFormats.get(address))}
                      </Cell>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {grid.rows > shownRows ? <Caption1>{t.moreRows(grid.rows - shownRows)}</Caption1> : null}
    </section>
  );
}
