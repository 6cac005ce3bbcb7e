import * as React from 'react';
import { Button, Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { plan43 } from '../../catalogues';
import type { Catalogue } from '../../core/model';
import type { WorkbookPort } from '../../workbook/port';
import { WorkPanel } from '../panel/WorkPanel';
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
  /** Told after each command, e.g. to redraw the preview. */
  onDone?: () => void;
}

/**
 * The plan being worked on (the embedded 43-KH/TU until the planner imports another) and the two
 * things done with it: import a plan, and load / check / summarise it in the workbook.
 */
export function Workspace({ port, lang, onDone }: WorkspaceProps) {
  const styles = useStyles();
  const t = stringsFor(lang);
  const [catalogue, setCatalogue] = React.useState<Catalogue>(plan43);
  const [importing, setImporting] = React.useState(false);

  return (
    <div className={styles.root}>
      <div className={styles.plan}>
        <Caption1>
          {t.currentPlan}: <strong>{catalogue.plan.number}</strong> ({catalogue.tasks.length} {t.tasksWord})
        </Caption1>
        <Button size="small" appearance={importing ? 'secondary' : 'subtle'} onClick={() => setImporting(!importing)} aria-expanded={importing}>
          {importing ? t.closeImport : t.openImport}
        </Button>
      </div>
      {importing ? (
        <React.Suspense fallback={<Spinner size="tiny" label={t.starting} />}>
          <ImportPanel
            lang={lang}
            onLoad={(imported) => {
              setCatalogue(imported);
              setImporting(false);
            }}
          />
        </React.Suspense>
      ) : (
        <WorkPanel key={catalogue.plan.number} port={port} lang={lang} catalogue={catalogue} onDone={onDone} />
      )}
    </div>
  );
}
