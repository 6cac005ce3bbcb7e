import { isCollectiveName, matchOwner, type OwnerRegistry } from '../owners';
import { foldKey } from '../text/normalize';
import type { OwnerLookup } from './types';

/**
 * Looks each distinct name up once per validation run: the same few bodies lead thousands of
 * tasks, and a near-miss search compares against every known spelling.
 */
export function cachedOwnerLookup(registry: OwnerRegistry): (name: string) => OwnerLookup {
  const cache = new Map<string, OwnerLookup>();
  return (name) => {
    let found = cache.get(name);
    if (!found) {
      const match = matchOwner(name, registry);
      found = {
        owner: match.owner,
        suggestion: match.suggestion?.name ?? null,
        collective: match.owner?.collective ?? isCollectiveName(name),
        identity: match.owner ? `owner:${match.owner.id}` : `name:${foldKey(name)}`,
      };
      cache.set(name, found);
    }
    return found;
  };
}
