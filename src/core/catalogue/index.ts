export { parseCatalogue, CATALOGUE_FORMAT, CATALOGUE_VERSION } from './parse';
export type { ParsedCatalogue } from './parse';
export { compactCataloguePieces, serializeCatalogue } from './serialize';
export { DEADLINE_KINDS } from './read-deadline-window';
export { describeCatalogue, shorten } from './describe-text';
