/**
 * The owner registry: known bodies with their spellings, and matching of a typed name against
 * them. It suggests the nearest body for a near-miss; it never rewrites what the planner typed.
 */
import type { Owner } from '../model';
import { editDistance } from './edit-distance';
import { ownerAsciiKey, ownerKey } from './match-key';

interface AsciiCandidate {
  key: string;
  owner: Owner;
}

export interface OwnerRegistry {
  owners: Owner[];
}

/** The registry with its lookup indexes; the indexes stay out of the public shape. */
interface IndexedRegistry extends OwnerRegistry {
  byKey: Map<string, Owner>;
  asciiCandidates: AsciiCandidate[];
}

export interface OwnerMatch {
  /** The body the name denotes, when it matches a known spelling exactly (after folding). */
  owner: Owner | null;
  /** The nearest body for a near-miss; null for an exact match or an unrelated name. */
  suggestion: Owner | null;
  /** Edit distance (without diacritics) to the match or suggestion; null when there is neither. */
  distance: number | null;
}

function spellings(owner: Owner): string[] {
  return [owner.name, ...owner.aliases, ...owner.abbreviations];
}

export function createRegistry(owners: Owner[]): OwnerRegistry {
  const byKey = new Map<string, Owner>();
  const asciiCandidates: AsciiCandidate[] = [];
  for (const owner of owners) {
    for (const spelling of spellings(owner)) {
      const key = ownerKey(spelling);
      // The first owner to claim a spelling keeps it, so the order of `owners` decides clashes.
      if (!byKey.has(key)) byKey.set(key, owner);
      asciiCandidates.push({ key: ownerAsciiKey(spelling), owner });
    }
  }
  const registry: IndexedRegistry = { owners, byKey, asciiCandidates };
  return registry;
}

function indexed(registry: OwnerRegistry): IndexedRegistry {
  const candidate = registry as Partial<IndexedRegistry>;
  // A registry built by hand ({ owners }) still works: index it on the fly.
  return candidate.byKey && candidate.asciiCandidates ? (candidate as IndexedRegistry) : (createRegistry(registry.owners) as IndexedRegistry);
}

/**
 * How far a near-miss may be: about one edit in five characters, at least one. "Sở Tài chánh" (one
 * edit from "Sở Tài chính") is suggested; "Phòng Tài chính" (four edits) is a different body.
 */
export function suggestionThreshold(keyLength: number): number {
  return Math.max(1, Math.floor(keyLength / 5));
}

export function matchOwner(name: string, registry: OwnerRegistry): OwnerMatch {
  const index = indexed(registry);
  const exact = index.byKey.get(ownerKey(name));
  if (exact) return { owner: exact, suggestion: null, distance: 0 };

  const typed = ownerAsciiKey(name);
  if (typed.length === 0) return { owner: null, suggestion: null, distance: null };
  let best: AsciiCandidate | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of index.asciiCandidates) {
    const distance = editDistance(typed, candidate.key);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best && bestDistance <= suggestionThreshold(best.key.length)) {
    return { owner: null, suggestion: best.owner, distance: bestDistance };
  }
  return { owner: null, suggestion: null, distance: null };
}
