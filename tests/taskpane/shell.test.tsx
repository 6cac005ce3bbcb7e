import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/shell/App';
import { detectHost } from '../../src/taskpane/shell/host';
import { en } from '../../src/taskpane/i18n/en';
import { pickLang } from '../../src/taskpane/i18n';
import { vi } from '../../src/taskpane/i18n/vi';

function fakeWindow(office: unknown, href = 'https://localhost:3000/taskpane.html'): Window {
  return { Office: office, location: { href } } as unknown as Window;
}

describe('host detection', () => {
  test('no office.js (offline preview) → outside Excel, Vietnamese', async () => {
    expect(await detectHost(fakeWindow(undefined))).toEqual({ inExcel: false, displayLanguage: 'vi-VN' });
  });

  test('office.js outside Office resolves onReady with host null → outside Excel; ?lang=en is honoured', async () => {
    const office = { onReady: () => Promise.resolve({ host: null, platform: null }), HostType: { Excel: 'Excel' } };
    expect(await detectHost(fakeWindow(office, 'http://x/taskpane.html?lang=en'))).toEqual({ inExcel: false, displayLanguage: 'en' });
  });

  test('inside Excel → in Excel, with Office’s display language', async () => {
    const office = {
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      HostType: { Excel: 'Excel' },
      context: { displayLanguage: 'en-US' },
    };
    expect(await detectHost(fakeWindow(office))).toEqual({ inExcel: true, displayLanguage: 'en-US' });
  });

  test('Office slower than 4 s: outside Excel first, then the Excel view when onReady says Excel', async () => {
    jest.useFakeTimers();
    try {
      let arrive: (ready: { host: string }) => void = () => undefined;
      const office = {
        onReady: () => new Promise<{ host: string }>((resolve) => { arrive = resolve; }),
        HostType: { Excel: 'Excel' },
        context: { displayLanguage: 'vi-VN' },
      };
      const late = jest.fn();
      const first = detectHost(fakeWindow(office), late);
      jest.advanceTimersByTime(4000);
      expect(await first).toEqual({ inExcel: false, displayLanguage: 'vi-VN' });
      expect(late).not.toHaveBeenCalled();
      arrive({ host: 'Excel' });
      await Promise.resolve();
      await Promise.resolve();
      expect(late).toHaveBeenCalledWith({ inExcel: true, displayLanguage: 'vi-VN' });

      const view = render(<App host={await first} lang="vi" renderExcel={() => <p>bảng làm việc</p>} />);
      expect(screen.queryByText('bảng làm việc')).toBeNull();
      view.rerender(<App host={late.mock.calls[0][0]} lang="vi" renderExcel={() => <p>bảng làm việc</p>} />);
      expect(screen.getByText('bảng làm việc')).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
  });

  test('a late onReady outside Excel changes nothing', async () => {
    jest.useFakeTimers();
    try {
      let arrive: (ready: { host: null }) => void = () => undefined;
      const office = { onReady: () => new Promise<{ host: null }>((resolve) => { arrive = resolve; }), HostType: { Excel: 'Excel' } };
      const late = jest.fn();
      const first = detectHost(fakeWindow(office), late);
      jest.advanceTimersByTime(4000);
      expect((await first).inExcel).toBe(false);
      arrive({ host: null });
      await Promise.resolve();
      await Promise.resolve();
      expect(late).not.toHaveBeenCalled();
    } finally {
      jest.useRealTimers();
    }
  });

  test('Word is not Excel', async () => {
    const office = { onReady: () => Promise.resolve({ host: 'Word' }), HostType: { Excel: 'Excel' }, context: { displayLanguage: 'vi-VN' } };
    expect((await detectHost(fakeWindow(office))).inExcel).toBe(false);
  });
});

describe('language', () => {
  test.each([
    ['vi-VN', 'vi'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['fr-FR', 'vi'],
    [null, 'vi'],
  ])('%s → %s', (display, lang) => {
    expect(pickLang(display)).toBe(lang);
  });

  test('English has every Vietnamese string, and none is left untranslated', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) expect(en[key]).not.toBe(vi[key]);
  });
});

describe('the shell', () => {
  test('outside Excel it says so in Vietnamese and offers the preview', async () => {
    render(<App host={{ inExcel: false, displayLanguage: 'vi-VN' }} lang="vi" renderPreview={() => <p>preview</p>} />);
    expect(screen.getByRole('heading', { name: 'Theo dõi Kế hoạch' })).toBeTruthy();
    expect(screen.getByText('Đang chạy ngoài Excel')).toBeTruthy();
    expect(screen.queryByText('preview')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Mở bản xem trước' }));
    expect(await screen.findByText('preview')).toBeTruthy();
  });

  test('in Excel it shows the working panel, in English when Office is English', () => {
    render(<App host={{ inExcel: true, displayLanguage: 'en-US' }} lang="en" renderExcel={(lang) => <p>panel {lang}</p>} />);
    expect(screen.getByRole('heading', { name: 'Plan Tracker' })).toBeTruthy();
    expect(screen.getByText('panel en')).toBeTruthy();
    expect(screen.queryByText('Running outside Excel')).toBeNull();
  });
});

describe('the vi/en switch', () => {
  test('visible in the header, switches the whole pane, keeps what the pane holds, and is remembered', () => {
    const saved: string[] = [];
    const storage = { setItem: (_key: string, value: string) => void saved.push(value) };
    function Counter({ lang }: { lang: string }) {
      const [n, setN] = React.useState(0);
      return <button onClick={() => setN(n + 1)}>{`${lang} ${n}`}</button>;
    }
    render(<App host={{ inExcel: true, displayLanguage: 'vi-VN' }} lang="vi" storage={storage} renderExcel={(lang) => <Counter lang={lang} />} />);
    const group = screen.getByRole('group', { name: 'Ngôn ngữ' });
    expect(group).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'vi 0' }));
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { name: 'Plan Tracker' })).toBeTruthy();
    // The working panel is the same component, only speaking English: its state is kept.
    expect(screen.getByRole('button', { name: 'en 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(screen.getByRole('heading', { name: 'Theo dõi Kế hoạch' })).toBeTruthy();
    expect(saved).toEqual(['en', 'vi']);
  });
});
