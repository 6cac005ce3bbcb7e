import type { Settings, TrackedTask } from '../model';
import { assessAll } from './assess';
import { byLead } from './by-lead';
import { byQuarter } from './by-quarter';
import { addProgress, addTo, emptyCounts, emptyProgressCounts, percentages } from './counts';
import { dueSoonList, noDeadlineList, overdueList } from './lists';
import { changesSince } from './snapshot';
import type { Snapshot, Summary } from './types';

/** Every meeting table as data, from one status pass over the tasks. */
export function summarize(tasks: TrackedTask[], settings: Settings, previous?: Snapshot | null): Summary {
  const assessed = assessAll(tasks, settings);
  const counts = emptyCounts();
  const progress = emptyProgressCounts();
  for (const item of assessed) {
    addTo(counts, item, settings.asOf);
    addProgress(progress, item);
  }
  return {
    asOf: settings.asOf,
    dueSoonDays: settings.dueSoonDays,
    overview: { counts, percent: percentages(counts), progress },
    byLead: byLead(assessed, settings.asOf),
    overdue: overdueList(assessed),
    dueSoon: dueSoonList(assessed, settings.asOf),
    byQuarter: byQuarter(assessed),
    noDeadline: noDeadlineList(assessed),
    changes: previous ? changesSince(assessed, previous) : null,
  };
}
