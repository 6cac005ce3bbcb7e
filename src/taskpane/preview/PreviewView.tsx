import * as React from 'react';
import { Body1, Button, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { IsoDate } from '../../core/model';
import { readWorkbookPlan } from '../../services';
import { MemoryWorkbook } from '../../workbook/memory';
import type { WorkbookPort } from '../../workbook/port';
import type { Lang } from '../i18n';
import { RecordingPort } from './recording-port';
import { SheetViewer } from './SheetViewer';
import { saveFile, xlsxFromWrites } from './download';
import { downloadName } from './download-name';
import { previewStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface PreviewViewProps {
  lang: Lang;
  /**
   * The same working panel as in Excel, given the preview's port; `onDone` is told the report date
   * of each command, which names the download.
   */
  renderPanel: (port: WorkbookPort, onDone: (command: string, asOf: IsoDate) => void) => React.ReactNode;
}

/** A cell to show in the sheet viewer; `seq` makes a second click on the same finding scroll again. */
export interface ShownCell {
  sheet: string;
  cell: string;
  seq: number;
}

/** Outside Excel: the commands run on an in-memory workbook, shown as tables and downloadable. */
export function PreviewView({ lang, renderPanel }: PreviewViewProps) {
  const styles = useStyles();
  const t = previewStrings[lang];
  const [workbook] = React.useState(() => new MemoryWorkbook());
  const [version, setVersion] = React.useState(0);
  const [shown, setShown] = React.useState<ShownCell | null>(null);
  const [asOf, setAsOf] = React.useState<IsoDate | null>(null);
  const port = React.useMemo(
    () => new RecordingPort(workbook, () => setVersion((v) => v + 1), (target) => setShown((last) => ({ ...target, seq: (last?.seq ?? 0) + 1 }))),
    [workbook],
  );
  const onDone = React.useCallback((_command: string, date: IsoDate) => setAsOf(date), []);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const held = await readWorkbookPlan(port);
      saveFile(await xlsxFromWrites(port.writes), downloadName(held?.catalogue.plan.number ?? null, asOf));
    } catch (cause) {
      setError(`${t.downloadFailed}: ${cause instanceof Error ? cause.message : String(cause)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">{t.title}</Subtitle2>
      <Body1>{t.intro}</Body1>
      {renderPanel(port, onDone)}
      <div className={styles.actions}>
        <Button onClick={download} disabled={busy || port.writes.length === 0}>
          {t.download}
        </Button>
        {busy ? <Spinner size="tiny" label={t.downloading} /> : null}
      </div>
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      <SheetViewer workbook={workbook} version={version} lang={lang} shown={shown} />
    </div>
  );
}
