import * as React from 'react';
import { Body1, Button, Caption1, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { HostInfo } from './host';
import { stringsFor, type Lang } from '../i18n';
import { storeLang } from '../i18n/lang-choice';
import { LanguageSwitch } from './LanguageSwitch';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, minHeight: '100vh', boxSizing: 'border-box' },
  header: {
    display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', justifyContent: 'space-between',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS,
  },
  titles: { display: 'flex', flexDirection: 'column' },
});

export interface AppProps {
  host: HostInfo;
  /** The language to start in; the planner's switch changes it (and remembers it in `storage`). */
  lang: Lang;
  /** Where the switch remembers the choice (window.localStorage); absent in tests. */
  storage?: Pick<Storage, 'setItem'> | null;
  /** What the pane shows once it knows it runs in Excel (the working panel). */
  renderExcel?: (lang: Lang) => React.ReactNode;
  /** What the preview shows outside Excel. */
  renderPreview?: (lang: Lang) => React.ReactNode;
}

export function App({ host, lang: startLang, storage, renderExcel, renderPreview }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(startLang);
  // Office arriving late may bring another display language: it replaces the starting one.
  const [shownStart, setShownStart] = React.useState(startLang);
  if (startLang !== shownStart) {
    setShownStart(startLang);
    setLang(startLang);
  }
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const choose = (chosen: Lang) => {
    setLang(chosen);
    storeLang(storage, chosen);
  };
  const t = stringsFor(lang);
  const [previewOpen, setPreviewOpen] = React.useState(false);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <Title3 as="h1">{t.appTitle}</Title3>
            <Caption1>{t.appSubtitle}</Caption1>
          </div>
          <LanguageSwitch lang={lang} label={t.languageLabel} onChange={choose} />
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
