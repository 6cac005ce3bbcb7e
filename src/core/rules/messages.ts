/** Wording shared by rule messages: every message names the task and quotes the offending value. */
import { formatVietnameseDate } from '../dates';
import type { IsoDate, Localized } from '../model';
import type { RuleHit } from './types';

/** "Nhiệm vụ B.II.1-03" / "Task B.II.1-03". */
export function taskName(id: string): Localized {
  return { vi: `Nhiệm vụ ${id}`, en: `Task ${id}` };
}

/** A value quoted as typed, so the planner can find it in the sheet. */
export function quote(value: string): string {
  return `“${value}”`;
}

export function showDate(date: IsoDate): string {
  return formatVietnameseDate(date);
}

/** Builds a hit from the Vietnamese and English sentences that follow the task's name. */
export function hitFor(id: string, vi: string, en: string, extra: Omit<RuleHit, 'message'> = {}): RuleHit {
  const name = taskName(id);
  return { message: { vi: `${name.vi}: ${vi}`, en: `${name.en}: ${en}` }, ...extra };
}
