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
