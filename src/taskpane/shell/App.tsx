import * as React from 'react';
import { Body1, Button, Caption1, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { HostInfo } from './host';
import { stringsFor, type Lang } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, minHeight: '100vh', boxSizing: 'border-box' },
  header: { display: 'flex', flexDirection: 'column', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS },
});

export interface AppProps {
  host: HostInfo;
  lang: Lang;
  /** What the pane shows once it knows it runs in Excel (the working panel). */
  renderExcel?: (lang: Lang) => React.ReactNode;
  /** What the preview shows outside Excel. */
  renderPreview?: (lang: Lang) => React.ReactNode;
}

export function App({ host, lang, renderExcel, renderPreview }: AppProps) {
  const styles = useStyles();
  const t = stringsFor(lang);
  const [previewOpen, setPreviewOpen] = React.useState(false);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{t.appTitle}</Title3>
          <Caption1>{t.appSubtitle}</Caption1>
        </header>
        {host.inExcel ? (
          renderExcel?.(lang)
        ) : previewOpen && renderPreview ? (
          renderPreview(lang)
        ) : (
          <>
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.outsideExcelTitle}</MessageBarTitle>
                {t.outsideExcelBody}
              </MessageBarBody>
            </MessageBar>
            <div>
              <Button appearance="primary" onClick={() => setPreviewOpen(true)} disabled={!renderPreview}>
                {t.openPreview}
              </Button>
            </div>
            <Body1>{t.sideloadHint}</Body1>
          </>
        )}
      </main>
    </FluentProvider>
  );
}
