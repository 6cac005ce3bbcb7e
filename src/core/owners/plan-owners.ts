/**
 * The bodies a plan names as leads and supports, for the owners sheet of a workbook that tracks
 * it. One body however the plan spells it: "UBND tỉnh" and "Ủy ban nhân dân tỉnh" are one (they
 * meet under ownerKey, as the registry matches names). Each is named in full: the plan's own full
 * spelling when it has one, else the short one with its abbreviations expanded; the plan's short
 * spellings stay as the body's abbreviations and its other full spellings as aliases, so every
 * cell of the tasks sheet still matches. In order of first mention.
 */
import type { Owner, PlanToCheck } from '../model';
import { clean } from '../text/normalize';
import { expandAbbreviations } from './abbreviations';
import { isCollectiveName } from './collective';
import { ownerKey } from './match-key';
import { ownerIdOf } from './owner-id';

/** True when the spelling has no abbreviation to expand ("Sở Tư pháp", not "Sở TP"). */
function isFull(spelling: string): boolean {
  return expandAbbreviations(spelling) === spelling;
}

function ownerOf(spellings: readonly string[]): Owner {
  const full = spellings.find(isFull);
  const name = full ?? clean(expandAbbreviations(spellings[0]));
  return {
    id: ownerIdOf(name),
    name,
    abbreviations: spellings.filter((s) => !isFull(s)),
    aliases: spellings.filter((s) => isFull(s) && s !== name),
    collective: isCollectiveName(name),
  };
}

export function ownersOfPlan(catalogue: Pick<PlanToCheck, 'tasks'>): Owner[] {
  const spellingsByKey = new Map<string, string[]>();
  for (const task of catalogue.tasks) {
    for (const written of [...task.lead, ...task.support]) {
      const spelling = clean(written).normalize('NFC');
      const key = ownerKey(spelling);
      if (key === '') continue;
      const spellings = spellingsByKey.get(key) ?? [];
      if (!spellings.includes(spelling)) spellings.push(spelling);
      spellingsByKey.set(key, spellings);
    }
  }
  return [...spellingsByKey.values()].map(ownerOf);
}
