/** What the pane and its import worker (import.worker.ts) say to each other. */
import type { ImportResult } from '../../core/import';

export interface ImportRequest {
  text: string;
  /** The file the text came from, recorded as plan.source. */
  source?: string;
}

export type ImportReply = { result: ImportResult } | { error: string };
