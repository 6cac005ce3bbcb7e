/**
 * The task pane's working panel: report date, due-soon window, the three commands, progress,
 * the result in planner words and the findings list. It calls the services with the port it is
 * given (Office adapter in Excel, memory adapter in the preview), never Excel itself.
 */
import * as React from 'react';
import {
  Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Subtitle2, makeStyles, tokens,
} from '@fluentui/react-components';
import { formatVietnameseDate, localToday, readWrittenDate } from '../../core/dates';
import { DEFAULT_DUE_SOON_DAYS, type Catalogue, type IsoDate, type Localized, type PlanInfo, type Settings } from '../../core/model';
import { loadCatalogue, summarizeWorkbook, validateWorkbook, type LoadResult, type LocatedFinding } from '../../services';
import type { ProgressReport, WorkbookPort } from '../../workbook/port';
import { parseDueSoonDays } from './due-soon-days';
import { errorWords } from './error-words';
import { exportReport } from './export-report';
import { FindingsList } from './FindingsList';
import { say, type PanelLang } from './strings';

export interface WorkPanelProps {
  /** The workbook to work on (createOfficePort() in Excel, a MemoryWorkbook in the preview). */
  port: WorkbookPort;
  lang: PanelLang;
  /**
   * A plan to load (just imported). Absent: "Tải kế hoạch" refreshes the plan the workbook stores
   * (Plan 43 in a workbook that has none); checking and summarising always use the stored plan.
   */
  catalogue?: Catalogue;
  /**
   * The planner chose, in the import review, to replace the workbook's plan `replacing` by
   * `catalogue`: the load button says so and loads with replace.
   */
  replacing?: PlanInfo;
  /** The default report date (today, local); tests fix it. */
  today?: IsoDate;
  /** Told after each command succeeds, with the report date it used (e.g. to name a download). */
  onDone?: (command: PanelCommand, asOf: IsoDate) => void;
}

export type PanelCommand = 'load' | 'validate' | 'summarize' | 'report';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-start' },
});

/** What "Tải kế hoạch" did, in planner words. */
function loadedWords(lang: PanelLang, r: LoadResult): string {
  if (r.replaced) return say(lang, 'replaced', { old: r.replaced.plan.number, plan: r.plan.number, n: r.taskCount, sheet: r.replaced.sheet });
  return r.refreshed
    ? say(lang, 'loadedRefresh', { n: r.taskCount, added: r.added.length, retired: r.retired.length, planner: r.plannerRows.length, kept: r.kept.length })
    : say(lang, 'loadedNew', { n: r.taskCount, plan: r.plan.number });
}

export function WorkPanel({ port, lang, catalogue, replacing, today, onDone }: WorkPanelProps) {
  const styles = useStyles();
  // What the planner typed, kept as typed (dd/mm/yyyy) until it is a date the commands can use.
  const [asOfText, setAsOfText] = React.useState<string>(() => formatVietnameseDate(today ?? localToday()));
  const [dueSoon, setDueSoon] = React.useState<string>(String(DEFAULT_DUE_SOON_DAYS));
  const [busy, setBusy] = React.useState<PanelCommand | null>(null);
  const [progress, setProgress] = React.useState<ProgressReport | null>(null);
  const [result, setResult] = React.useState<string | null>(null);
  const [error, setError] = React.useState<Localized | null>(null);
  const [findings, setFindings] = React.useState<LocatedFinding[] | null>(null);
  // A plan handed over by the import clears what was said about the previous one; the report date
  // and window the planner set stay (they are the workbook's, not the plan's).
  const [handedOver, setHandedOver] = React.useState(catalogue);
  if (catalogue !== handedOver) {
    setHandedOver(catalogue);
    if (catalogue) {
      setResult(null);
      setError(null);
      setFindings(null);
    }
  }

  const asOf = readWrittenDate(asOfText);
  const days = parseDueSoonDays(dueSoon);
  const dateField = React.useRef<HTMLInputElement>(null);
  const daysField = React.useRef<HTMLInputElement>(null);

  async function run(command: PanelCommand) {
    // Each field says what is wrong with it; the command waits until both are right.
    if (asOf === null || days === null) {
      (asOf === null ? dateField : daysField).current?.focus();
      return;
    }
    const settings: Settings = { asOf, dueSoonDays: days, beforeDateExclusive: false };
    setBusy(command);
    setError(null);
    setResult(null);
    setProgress({ fraction: 0, step: { vi: say('vi', 'working'), en: say('en', 'working') } });
    try {
      const common = { settings, onProgress: setProgress };
      if (command === 'load') {
        setResult(loadedWords(lang, await loadCatalogue(port, { ...common, catalogue, replace: replacing !== undefined })));
      } else if (command === 'validate') {
        const r = await validateWorkbook(port, common);
        setFindings(r.findings);
        setResult(say(lang, 'validated', { n: r.taskCount, ...r.counts }));
      } else if (command === 'summarize') {
        const r = await summarizeWorkbook(port, common);
        setResult(`${say(lang, 'summarized', { sheets: r.sheets.length })} ${r.paragraph[lang]}`);
      } else {
        setResult(say(lang, 'reported', { file: await exportReport(port, common) }));
      }
      onDone?.(command, asOf);
    } catch (caught) {
      setError(errorWords(caught));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }

  const select = (target: { sheet: string; cell: string }) => {
    port.select(target.sheet, target.cell).catch((caught: unknown) => {
      setError(errorWords(caught));
    });
  };

  return (
    <section className={styles.root} aria-busy={busy !== null}>
      <div className={styles.row}>
        <Field label={say(lang, 'reportDate')} hint={say(lang, 'reportDateHint')} validationMessage={asOf === null ? say(lang, 'invalidDate') : undefined}>
          <Input
            ref={dateField}
            value={asOfText}
            placeholder="dd/mm/yyyy"
            autoComplete="off"
            onChange={(_, data) => setAsOfText(data.value)}
            // Shown back the way the planner's documents write it (1/7/2019 → 01/07/2019).
            onBlur={() => asOf && setAsOfText(formatVietnameseDate(asOf))}
            disabled={busy !== null}
          />
        </Field>
        <Field label={say(lang, 'dueSoonDays')} validationMessage={days === null ? say(lang, 'invalidDueSoon') : undefined}>
          <Input ref={daysField} type="number" min={0} max={366} step={1} value={dueSoon} onChange={(_, data) => setDueSoon(data.value)} disabled={busy !== null} />
        </Field>
      </div>
      {catalogue && !replacing && !result && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{say(lang, 'handedOver', { plan: catalogue.plan.number, n: catalogue.tasks.length })}</MessageBarBody>
        </MessageBar>
      )}
      {replacing && catalogue && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{say(lang, 'replaceNotice', { old: replacing.number, plan: catalogue.plan.number })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void run('load')} disabled={busy !== null}>{say(lang, replacing ? 'replace' : 'load')}</Button>
        <Button onClick={() => void run('validate')} disabled={busy !== null}>{say(lang, 'validate')}</Button>
        <Button onClick={() => void run('summarize')} disabled={busy !== null}>{say(lang, 'summarize')}</Button>
        <Button onClick={() => void run('report')} disabled={busy !== null}>{say(lang, 'report')}</Button>
      </div>
      {progress && (
        <Field validationMessage={progress.step[lang]} validationState="none">
          <ProgressBar value={progress.fraction} max={1} aria-label={say(lang, 'working')} />
        </Field>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{say(lang, 'errorTitle')}</MessageBarTitle>
            {error[lang]}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{result}</MessageBarBody>
        </MessageBar>
      )}
      {findings && (
        <section aria-label={say(lang, 'findingsTitle')}>
          <Subtitle2 as="h2">{say(lang, 'findingsTitle')}</Subtitle2>
          <p>{say(lang, 'findingsHint')}</p>
          <FindingsList findings={findings} lang={lang} onSelect={select} />
        </section>
      )}
    </section>
  );
}
