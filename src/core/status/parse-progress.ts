import type { Progress } from '../model';
import { asciiKey } from '../text/normalize';
import { PROGRESS_LABELS } from './labels';

// Keyed without diacritics, so case, tone placement and OCR that dropped the marks all match.
const SYNONYMS: Record<string, Progress> = {
  'chua thuc hien': 'not-started',
  'chua trien khai': 'not-started',
  'chua bat dau': 'not-started',
  'dang thuc hien': 'in-progress',
  'dang trien khai': 'in-progress',
  'da hoan thanh': 'done',
  'hoan thanh': 'done',
  'tam dung': 'paused',
  'tam hoan': 'paused',
  'tam ngung': 'paused',
};

function keyOf(text: string): string {
  return asciiKey(text).replace(/[.;:!,]+$/, '').trim();
}

const KNOWN = new Map<string, Progress>(Object.entries(SYNONYMS));
for (const [progress, label] of Object.entries(PROGRESS_LABELS) as [Progress, { vi: string; en: string }][]) {
  KNOWN.set(keyOf(label.vi), progress);
  KNOWN.set(keyOf(label.en), progress);
  KNOWN.set(progress, progress);
}

/** A progress cell as typed by a planner → the progress it means, or null when empty or not understood. */
export function parseProgress(text: string): Progress | null {
  return KNOWN.get(keyOf(text)) ?? null;
}
