/** The plan a command line names with `--plan FILE`, and the settings of a report date. */
import type { Catalogue, Settings } from '../core/model';
import { DEFAULT_DUE_SOON_DAYS, type IsoDate } from '../core/model';
import { loadPlanFile } from './load-plan';

/** `--plan FILE` read (a catalogue .json, or a plan text through the importer); undefined without the option. */
export async function planOption(path: string | undefined): Promise<Catalogue | undefined> {
  return path === undefined ? undefined : (await loadPlanFile(path)).catalogue;
}

export function settingsFor(asOf: IsoDate): Settings {
  return { asOf, dueSoonDays: DEFAULT_DUE_SOON_DAYS, beforeDateExclusive: false };
}
