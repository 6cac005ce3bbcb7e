/**
 * Import a plan from its text: paste it or choose a .txt, .md, .docx or .pdf file; review what was
 * read (the plan header, tasks per section, the points to review) before anything is written; then
 * "Tải vào bảng tính" hands the catalogue to props.onLoad. Nothing reaches the workbook before that.
 * A text in which no task is found gets an error and no load button. The importer runs in a Web
 * Worker where there is one (import-off-thread.ts), with a progress bar meanwhile. When the
 * workbook already tracks a plan with another number, the review says so and offers "Thay thế kế
 * hoạch" instead (the two plans are never mixed); a new workbook is the other way.
 */
import * as React from 'react';
import { SeverityBadge } from '../shared/SeverityBadge';
import {
  Body1, Button, Caption1, Field, MessageBar, MessageBarBody, ProgressBar, Subtitle2, Table, TableBody, TableCell,
  TableHeader, TableHeaderCell, TableRow, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import { formatVietnameseDate, isIsoDate } from '../../core/dates';
import type { ImportResult } from '../../core/import';
import type { Catalogue, Finding, Localized, PlanInfo, Task } from '../../core/model';
import { samePlan } from '../../core/plan-identity';
import { PlanFileProblem } from '../../plan-file/problems';
import { importOffThread, type ImportRunner } from './import-off-thread';
import { PlanFileError, readPlanFile, type DocxTextReader, type PdfTextReader } from './read-plan-file';
import { ReviewTasks, sourceLines } from './ReviewTasks';
import { sayImport, type ImportLang } from './strings';

function sourceOf(task: Task | undefined, lang: ImportLang): string {
  return task ? sourceLines(task, lang) : '';
}

export interface ImportPanelProps {
  lang: ImportLang;
  /**
   * Called with the reviewed catalogue when the planner presses "Tải vào bảng tính", or, with
   * replace, "Thay thế kế hoạch".
   */
  onLoad(catalogue: Catalogue, options: { replace: boolean }): void;
  /** The plan the workbook tracks; null or absent when it tracks none yet. */
  held?: PlanInfo | null;
  /** How a .docx becomes text (mammoth by default; tests pass their own). */
  readDocx?: DocxTextReader;
  /** How a .pdf becomes text (pdf.js, src/pdf/pdf-text.ts, by default; tests pass their own). */
  readPdf?: PdfTextReader;
  /** Runs the importer (in a Web Worker when there is one; tests pass their own). */
  runImport?: ImportRunner;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  header: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0 },
  findings: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  finding: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  findingText: { display: 'flex', flexDirection: 'column' },
  // The section id and the count are short: give the heading the room.
  narrowColumn: { width: '5.5em' },
});

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function PlanHeader({ result, lang }: { result: ImportResult; lang: ImportLang }) {
  const styles = useStyles();
  const plan = result.catalogue.plan;
  const rows: Array<[Parameters<typeof sayImport>[1], string]> = [
    ['planNumber', plan.number], ['issuer', plan.issuer], ['issued', isIsoDate(plan.issued) ? formatVietnameseDate(plan.issued) : plan.issued], ['planTitle', plan.title], ['implements', plan.implements],
  ];
  // A plan known by its decision's number says so.
  if (plan.identity) rows.push(['identity', plan.identity]);
  return (
    <dl className={styles.header}>
      {rows.map(([key, value]) => (
        <React.Fragment key={key}>
          <dt className={styles.term}>{sayImport(lang, key)}</dt>
          <dd className={styles.definition}>{value === '' ? sayImport(lang, 'unknown') : value}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
}

function SectionCounts({ result, lang }: { result: ImportResult; lang: ImportLang }) {
  const styles = useStyles();
  const withTasks = result.stats.sections.filter((section) => section.tasks > 0);
  return (
    <>
      <Table size="small" aria-label={sayImport(lang, 'sectionsTitle')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.narrowColumn}>{sayImport(lang, 'section')}</TableHeaderCell>
            <TableHeaderCell>{sayImport(lang, 'sectionHeading')}</TableHeaderCell>
            <TableHeaderCell className={styles.narrowColumn}>{sayImport(lang, 'taskCount')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {withTasks.map((section) => (
            <TableRow key={section.id}>
              <TableCell>{section.id}</TableCell>
              <TableCell>{section.title === '' ? sayImport(lang, 'headingLost') : section.title}</TableCell>
              <TableCell>{section.tasks}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Body1>{sayImport(lang, 'total', { n: result.catalogue.tasks.length })}</Body1>
    </>
  );
}

function ReviewFindings({ findings, lang, tasks = [] }: { findings: readonly Finding[]; lang: ImportLang; tasks?: readonly Task[] }) {
  const styles = useStyles();
  const byId = new Map(tasks.map((task) => [task.id, task]));
  if (findings.length === 0) return <Body1>{sayImport(lang, 'noFindings')}</Body1>;
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return (
    <ul className={styles.findings} aria-label={sayImport(lang, 'findingsTitle', { n: findings.length })}>
      {sorted.map((finding, index) => (
        <li key={`${finding.code}-${finding.taskId ?? ''}-${index}`} className={styles.finding}>
          <SeverityBadge severity={finding.severity} lang={lang} />
          <span className={styles.findingText}>
            <Body1>{finding.message[lang]}</Body1>
            <Caption1>{finding.taskId === null ? sayImport(lang, 'planWide') : [finding.taskId, sourceOf(byId.get(finding.taskId), lang)].filter((part) => part !== '').join(' · ')}</Caption1>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A text with no task: say so first, then what the importer noticed; there is nothing to load. */
function NothingToLoad({ result, lang, onBack }: { result: ImportResult; lang: ImportLang; onBack(): void }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={sayImport(lang, 'title')}>
      <Subtitle2>{sayImport(lang, 'title')}</Subtitle2>
      <MessageBar intent="error"><MessageBarBody>{sayImport(lang, 'noTasks')}</MessageBarBody></MessageBar>
      <Subtitle2>{sayImport(lang, 'findingsTitle', { n: result.findings.length })}</Subtitle2>
      <ReviewFindings findings={result.findings} lang={lang} />
      <div className={styles.row}>
        <Button onClick={onBack}>{sayImport(lang, 'back')}</Button>
      </div>
    </section>
  );
}

const defaultRunImport = importOffThread();

export function ImportPanel({ lang, onLoad, held = null, readDocx, readPdf, runImport = defaultRunImport }: ImportPanelProps) {
  const styles = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [text, setText] = React.useState('');
  const [fileName, setFileName] = React.useState<string | null>(null);
  const [reading, setReading] = React.useState(false);
  const [importing, setImporting] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [warnings, setWarnings] = React.useState<Localized[]>([]);
  const [result, setResult] = React.useState<ImportResult | null>(null);
  const [handedOver, setHandedOver] = React.useState<number | null>(null);
  // The import a reply belongs to: a reply for an earlier one, or after the pane closed, is dropped.
  const currentImport = React.useRef(0);
  React.useEffect(() => () => {
    currentImport.current += 1;
  }, []);

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setWarnings([]);
    setReading(true);
    try {
      const read = await readPlanFile(file, readDocx, readPdf);
      setText(read.text);
      setWarnings(read.warnings);
      setFileName(file.name);
    } catch (failure) {
      const reason = failure instanceof PlanFileError ? sayImport(lang, 'fileType')
        : failure instanceof PlanFileProblem ? failure.words[lang]
        : failure instanceof Error ? failure.message : String(failure);
      setError(sayImport(lang, 'fileError', { name: file.name, reason }));
    } finally {
      setReading(false);
    }
  };

  const review = () => {
    setHandedOver(null);
    setError(null);
    const outcome = runImport(fileName ? { text, source: fileName } : { text });
    if (!(outcome instanceof Promise)) {
      setResult(outcome);
      return;
    }
    const id = ++currentImport.current;
    setImporting(true);
    void outcome.then(
      (imported) => {
        if (id !== currentImport.current) return;
        setImporting(false);
        setResult(imported);
      },
      (failure: unknown) => {
        if (id !== currentImport.current) return;
        setImporting(false);
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  };

  if (result && result.catalogue.tasks.length === 0) return <NothingToLoad result={result} lang={lang} onBack={() => setResult(null)} />;

  if (result) {
    const tasks = result.catalogue.tasks.length;
    const other = held !== null && !samePlan(held, result.catalogue.plan) ? held : null;
    const handOver = (replace: boolean) => {
      onLoad(result.catalogue, { replace });
      setHandedOver(tasks);
    };
    return (
      <section className={styles.root} aria-label={sayImport(lang, 'title')}>
        <Subtitle2>{sayImport(lang, 'title')}</Subtitle2>
        <PlanHeader result={result} lang={lang} />
        <Subtitle2>{sayImport(lang, 'sectionsTitle')}</Subtitle2>
        <SectionCounts result={result} lang={lang} />
        <Subtitle2>{sayImport(lang, 'findingsTitle', { n: result.findings.length })}</Subtitle2>
        <ReviewFindings findings={result.findings} lang={lang} tasks={result.catalogue.tasks} />
        <ReviewTasks tasks={result.catalogue.tasks} lang={lang} />
        {other && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{sayImport(lang, 'otherPlan', { held: other.number, plan: result.catalogue.plan.number })}</MessageBarBody>
          </MessageBar>
        )}
        {handedOver !== null && (
          <MessageBar intent="success"><MessageBarBody>{sayImport(lang, 'loaded', { n: handedOver })}</MessageBarBody></MessageBar>
        )}
        <div className={styles.row}>
          <Button onClick={() => setResult(null)}>{sayImport(lang, 'back')}</Button>
          {other ? (
            <Button appearance="primary" onClick={() => handOver(true)}>{sayImport(lang, 'replace')}</Button>
          ) : (
            <Button appearance="primary" onClick={() => handOver(false)}>{sayImport(lang, 'load')}</Button>
          )}
        </div>
      </section>
    );
  }

  return (
    <section className={styles.root} aria-label={sayImport(lang, 'title')}>
      <Subtitle2>{sayImport(lang, 'title')}</Subtitle2>
      <Field label={sayImport(lang, 'pasteLabel')} hint={sayImport(lang, 'pasteHint')}>
        <Textarea
          value={text}
          rows={10}
          resize="vertical"
          onChange={(_, data) => {
            setText(data.value);
            setFileName(null);
            setWarnings([]);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => fileInput.current?.click()} disabled={reading}>{sayImport(lang, 'chooseFile')}</Button>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,.md,.docx,.pdf"
          aria-label={sayImport(lang, 'fileLabel')}
          hidden
          onChange={(event) => {
            void chooseFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        {fileName && <Caption1>{fileName}</Caption1>}
      </div>
      {reading && <ProgressBar aria-label={sayImport(lang, 'reading')} />}
      {error && (
        <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>
      )}
      {warnings.map((warning) => (
        <MessageBar key={warning.en} intent="warning"><MessageBarBody>{warning[lang]}</MessageBarBody></MessageBar>
      ))}
      <div className={styles.row}>
        <Button appearance="primary" disabled={text.trim() === '' || reading || importing} onClick={review}>{sayImport(lang, 'review')}</Button>
      </div>
      {importing && <Field validationMessage={sayImport(lang, 'importing')} validationState="none"><ProgressBar aria-label={sayImport(lang, 'importing')} /></Field>}
    </section>
  );
}
