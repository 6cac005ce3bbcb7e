import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { detectHost, type HostInfo } from './shell/host';
import { Workspace } from './shell/Workspace';
import { createOfficePort } from '../workbook/office';
import { pickLang } from './i18n';
import { queryLang, storedLang } from './i18n/lang-choice';

// Outside Excel only: the preview (and ExcelJS behind its download) never loads inside Excel.
const PreviewView = React.lazy(() => import(/* webpackChunkName: "preview" */ './preview/PreviewView').then((m) => ({ default: m.PreviewView })));

async function start() {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return null; // storage refused (e.g. third-party cookies blocked in Excel on the web)
    }
  })();
  // Rendered again if Office arrives after the pane has shown the outside-Excel screen.
  const show = (host: HostInfo) => {
    // A link's ?lang= first, then the planner's own choice, then Office's language.
    const lang = queryLang(window.location.href) ?? storedLang(storage) ?? pickLang(host.displayLanguage);
    document.documentElement.lang = lang;
    const officePort = host.inExcel ? createOfficePort() : null;
    root.render(
      <App
        host={host}
        lang={lang}
        storage={storage}
        renderExcel={(l) => officePort && <Workspace port={officePort} lang={l} />}
        renderPreview={(l) => (
          <React.Suspense fallback={null}>
            <PreviewView lang={l} renderPanel={(port, onDone) => <Workspace port={port} lang={l} onDone={onDone} />} />
          </React.Suspense>
        )}
      />,
    );
  };
  show(await detectHost(window, show));
}

void start();
