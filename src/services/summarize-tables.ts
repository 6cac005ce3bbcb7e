/**
 * The summary as of the report date from the tables read: the tasks, read with the plan's time
 * phrases, and the history, for the comparison with the latest earlier report date. One reading
 * for "Lập báo cáo" and the Word report, so both always say the same.
 */
import type { Finding, PlanToCheck, Settings } from '../core/model';
import { previousSnapshot, summarize, type Summary } from '../core/summary';
import { readHistory, readTasks, type ReadHistoryResult, type ReadTasksResult } from '../layout/readback';
import type { TableRead } from '../layout/readback/table-read';
import { phraseReader } from './common';

export interface SummarizedTables {
  read: ReadTasksResult;
  history: ReadHistoryResult;
  summary: Summary;
  /** Rows of either table that could not be read. */
  problems: Finding[];
}

export function summarizeTables(tasksTable: TableRead, historyTable: TableRead | null, catalogue: PlanToCheck, settings: Settings): SummarizedTables {
  const read = readTasks(tasksTable, { readPhrase: phraseReader(catalogue, settings) });
  const history = historyTable ? readHistory(historyTable) : { snapshots: [], problems: [] };
  const summary = summarize(read.tasks, settings, previousSnapshot(history.snapshots, settings.asOf));
  return { read, history, summary, problems: [...read.problems, ...history.problems] };
}
