export { createRegistry, matchOwner, suggestionThreshold } from './registry';
export type { OwnerRegistry, OwnerMatch } from './registry';
export { isCollectiveName } from './collective';
export { expandAbbreviations } from './abbreviations';
export { ownerKey, ownerAsciiKey } from './match-key';
export { editDistance } from './edit-distance';
export { ownerIdOf } from './owner-id';
export { ownersOfPlan } from './plan-owners';
