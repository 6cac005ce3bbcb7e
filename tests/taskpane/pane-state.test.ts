/** The pane's pure helpers: the report date as planners type it, the download's name, the language choice. */
import { formatVietnameseDate, readWrittenDate } from '../../src/core/dates';
import { parseDueSoonDays } from '../../src/taskpane/panel/due-soon-days';
import { downloadName } from '../../src/taskpane/preview/download-name';
import { queryLang, storeLang, storedLang } from '../../src/taskpane/i18n/lang-choice';

describe('the report date field', () => {
  test.each([
    ['30/06/2019', '2019-06-30'],
    ['1/7/2019', '2019-07-01'],
    [' 29.02.2020 ', '2020-02-29'],
    ['05-11-2021', '2021-11-05'],
    ['2019-06-30', '2019-06-30'],
  ])('%s is %s', (text, iso) => expect(readWrittenDate(text)).toBe(iso));

  test.each(['31/02/2019', '29/02/2019', '06/30/2019', '30/06/19', '', 'hôm nay', '2019-13-01'])('%s is refused', (text) => {
    expect(readWrittenDate(text)).toBeNull();
  });

  test('shown back as dd/mm/yyyy', () => expect(formatVietnameseDate('2019-07-01')).toBe('01/07/2019'));

  test('due-soon days: whole days from 0 to 366', () => {
    expect(['0', '7', ' 30 ', '366'].map(parseDueSoonDays)).toEqual([0, 7, 30, 366]);
    expect(['-1', '1.5', '367', '', 'bảy', '1e2'].map(parseDueSoonDays)).toEqual([null, null, null, null, null, null]);
  });
});

describe('the preview download is named after the plan and the report date', () => {
  test('Plan 43-KH/TU as of 30/06/2019', () => expect(downloadName('43-KH/TU', '2019-06-30')).toBe('ke-hoach-43-KH-TU-30-06-2019.xlsx'));
  test('Vietnamese letters in the number become ASCII', () => expect(downloadName('141/KH-UBND ĐT', '2025-01-05')).toBe('ke-hoach-141-KH-UBND-DT-05-01-2025.xlsx'));
  test('nothing known yet', () => expect(downloadName(null, null)).toBe('ke-hoach.xlsx'));
});

describe('the language choice', () => {
  function memoryStorage() {
    const items = new Map<string, string>();
    return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
  }

  test('remembered, and read back', () => {
    const storage = memoryStorage();
    expect(storedLang(storage)).toBeNull();
    storeLang(storage, 'en');
    expect(storedLang(storage)).toBe('en');
    storeLang(storage, 'vi');
    expect(storedLang(storage)).toBe('vi');
  });

  test('a storage that refuses access remembers nothing and breaks nothing', () => {
    const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } };
    expect(() => storeLang(refusing, 'en')).not.toThrow();
    expect(storedLang(refusing)).toBeNull();
    expect(storedLang(null)).toBeNull();
  });

  test('?lang= in the address', () => {
    expect(queryLang('https://localhost:3000/taskpane.html?lang=en')).toBe('en');
    expect(queryLang('https://localhost:3000/taskpane.html?lang=fr')).toBeNull();
    expect(queryLang('https://localhost:3000/taskpane.html')).toBeNull();
  });
});
