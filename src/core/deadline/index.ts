/** Reading the time phrases of a plan as date windows: see docs/deadlines.md. */
export { readDeadline, MAX_PHRASE_LENGTH, type ReadDeadlineOptions } from './read-deadline';
export { effectiveEnd } from './effective-end';
export { findTimePhrase, type TimePhraseMatch } from './find-time-phrase';
export { DEADLINE_KIND_LABELS } from './labels';
export { CONVENTIONS } from './conventions';
