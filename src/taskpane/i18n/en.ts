import type { vi } from './vi';

export const en: typeof vi = {
  appTitle: 'Plan Tracker',
  appSubtitle: 'Tasks, deadlines and progress reports',
  starting: 'Starting…',
  outsideExcelTitle: 'Running outside Excel',
  outsideExcelBody:
    'This page is not running inside Excel, so it cannot write to an open workbook. You can still use the preview: the commands run on a temporary workbook in the browser, which you can download as an .xlsx file.',
  openPreview: 'Open the preview',
  sideloadHint: 'To use it in Excel: Home > Add-ins > More Settings > Upload My Add-in, then choose manifest.xml.',
  currentPlan: 'Current plan',
  planPending: 'not loaded into the workbook yet',
  planDefault: 'the workbook holds no plan yet; the default plan',
  tasksWord: 'tasks',
  openImport: 'Import another plan…',
  closeImport: 'Close import',
  languageLabel: 'Language',
};
