import type { IsoDate } from '../model';
import { clean, foldKey } from '../text/normalize';
import type { Assessed } from './assess';
import { addProgress, addTo, emptyCounts, emptyProgressCounts, percent } from './counts';
import type { LeadRow } from './types';

const collator = new Intl.Collator('vi');
const NO_LEAD = '';

/**
 * One row per lead body; a task with two leads counts for each. Spellings that differ only in case
 * or tone placement share a row, named as first written. Sorted by Vietnamese collation, no-lead last.
 */
export function byLead(assessed: Assessed[], asOf: IsoDate): LeadRow[] {
  const rows = new Map<string, LeadRow>();
  const keys = new Map<string, string>(); // name as typed → folded key (names repeat a lot)
  const countIn = (key: string, name: string | null, item: Assessed): void => {
    let row = rows.get(key);
    if (!row) {
      row = { lead: name === null ? null : clean(name), counts: emptyCounts(), progress: emptyProgressCounts(), completionRate: 0, lateRate: 0 };
      rows.set(key, row);
    }
    addTo(row.counts, item, asOf);
    addProgress(row.progress, item);
  };
  for (const item of assessed) {
    const seen = new Set<string>(); // the same body written twice in one task counts once
    for (const name of item.task.lead) {
      let key = keys.get(name);
      if (key === undefined) keys.set(name, (key = foldKey(name)));
      if (key === NO_LEAD || seen.has(key)) continue;
      seen.add(key);
      countIn(key, name, item);
    }
    if (seen.size === 0) countIn(NO_LEAD, null, item);
  }
  const list = [...rows.values()];
  for (const row of list) {
    const { done, doneLate, overdue, total } = row.counts;
    row.completionRate = percent(done, total);
    row.lateRate = percent(doneLate + overdue, done + overdue);
  }
  return list.sort((a, b) => (a.lead === null ? 1 : b.lead === null ? -1 : collator.compare(a.lead, b.lead)));
}
