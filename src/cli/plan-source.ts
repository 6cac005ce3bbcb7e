/** The plan a workbook command works with: `--plan FILE`, or the embedded Kế hoạch 43. */
import { plan43, plan43Owners } from '../catalogues';
import type { Catalogue, Finding, Owner, Settings } from '../core/model';
import { DEFAULT_DUE_SOON_DAYS, type IsoDate } from '../core/model';
import { loadPlanFile } from './load-plan';

export interface PlanSource {
  catalogue: Catalogue;
  /** Bodies for the owners sheet when the workbook has none yet (none known for a plan file). */
  owners: readonly Owner[];
  /** What the importer noticed while reading a plan file. */
  importFindings: readonly Finding[];
}

type Imported = { catalogue: Catalogue; findings: Finding[] };

function isImported(loaded: Catalogue | Imported): loaded is Imported {
  return 'findings' in loaded && 'catalogue' in loaded;
}

export async function planSource(path: string | undefined): Promise<PlanSource> {
  if (path === undefined) return { catalogue: plan43, owners: plan43Owners, importFindings: [] };
  // loadPlanFile returns a catalogue, or { catalogue, findings } once it reads plan texts too.
  const loaded: Catalogue | Imported = await loadPlanFile(path);
  return isImported(loaded)
    ? { catalogue: loaded.catalogue, owners: [], importFindings: loaded.findings }
    : { catalogue: loaded, owners: [], importFindings: [] };
}

export function settingsFor(asOf: IsoDate): Settings {
  return { asOf, dueSoonDays: DEFAULT_DUE_SOON_DAYS, beforeDateExclusive: false };
}
