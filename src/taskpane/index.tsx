import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { detectHost } from './shell/host';
import { pickLang } from './i18n';

async function start() {
  const host = await detectHost();
  const lang = pickLang(host.displayLanguage);
  document.documentElement.lang = lang;
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(<App host={host} lang={lang} />);
}

void start();
