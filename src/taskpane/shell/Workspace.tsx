import * as React from 'react';
import { Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { plan43 } from '../../catalogues';
import type { Catalogue, IsoDate, Localized } from '../../core/model';
import { readWorkbookPlan, type HeldPlan } from '../../services';
import { isWorkbookError, type WorkbookPort } from '../../workbook/port';
import { WorkPanel, type PanelCommand } from '../panel/WorkPanel';
import { stringsFor, type Lang } from '../i18n';

// The importer is only needed when a planner imports a plan: keep it out of the pane's start-up.
const ImportPanel = React.lazy(() => import(/* webpackChunkName: "import" */ '../import/ImportPanel').then((m) => ({ default: m.ImportPanel })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  plan: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export interface WorkspaceProps {
  port: WorkbookPort;
  lang: Lang;
  /** Told after each command, with the report date it used (the preview names its download so). */
  onDone?: (command: PanelCommand, asOf: IsoDate) => void;
}

/** A plan imported and reviewed, waiting for "Tải kế hoạch" (or "Thay thế kế hoạch"). */
interface PendingPlan {
  catalogue: Catalogue;
  replace: boolean;
}

/**
 * The plan being worked on and the two things done with it: import a plan, and load / check /
 * summarise it in the workbook. The plan is the workbook's own (read from it when the pane opens
 * and after each load); Plan 43 only for a workbook that holds none yet; or a plan just imported,
 * until it is loaded.
 */
export function Workspace({ port, lang, onDone }: WorkspaceProps) {
  const styles = useStyles();
  const t = stringsFor(lang);
  const [held, setHeld] = React.useState<HeldPlan | null>(null);
  const [heldError, setHeldError] = React.useState<Localized | null>(null);
  const [pending, setPending] = React.useState<PendingPlan | null>(null);
  const [importing, setImporting] = React.useState(false);

  /** Reads the workbook's plan again; `then` runs once it is known (so the caption never flickers). */
  const readHeld = React.useCallback((then?: () => void) => {
    readWorkbookPlan(port).then(
      (plan) => {
        setHeld(plan);
        setHeldError(null);
        then?.();
      },
      (error: unknown) => setHeldError(isWorkbookError(error) ? error.words : { vi: String(error), en: String(error) }),
    );
  }, [port]);
  React.useEffect(() => readHeld(), [readHeld]);

  const shown = pending?.catalogue ?? held?.catalogue ?? plan43;
  const state = pending ? t.planPending : held ? null : t.planDefault;
  return (
    <div className={styles.root}>
      <div className={styles.plan}>
        <Caption1>
          {t.currentPlan}: <strong>{shown.plan.number}</strong> ({shown.tasks.length} {t.tasksWord}{state ? `, ${state}` : ''})
        </Caption1>
        <Button size="small" appearance={importing ? 'secondary' : 'subtle'} onClick={() => setImporting(!importing)} aria-expanded={importing}>
          {importing ? t.closeImport : t.openImport}
        </Button>
      </div>
      {heldError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{heldError[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {importing && (
        <React.Suspense fallback={<Spinner size="tiny" label={t.starting} />}>
          <ImportPanel
            lang={lang}
            held={held?.catalogue.plan ?? null}
            onLoad={(catalogue, { replace }) => {
              setPending({ catalogue, replace });
              setImporting(false);
            }}
          />
        </React.Suspense>
      )}
      {/* Hidden, not unmounted, while importing: the report date and window the planner set stay. */}
      <div hidden={importing}>
        <WorkPanel
          port={port}
          lang={lang}
          catalogue={pending?.catalogue}
          replacing={pending?.replace ? held?.catalogue.plan : undefined}
          onDone={(command, asOf) => {
            // Loaded: the workbook now holds the plan, which the caption reads back from it.
            if (command === 'load') readHeld(() => setPending(null));
            onDone?.(command, asOf);
          }}
        />
      </div>
    </div>
  );
}
