/**
 * How much garbage V8 lets pile up before a full collection. On a machine with a few GB of memory
 * V8 lets the heap reach up to four times what was live after the last one: `build` of 100,000
 * tasks, whose live objects stay under about 350 MB, peaked at 1.16 GB that way, most of it
 * garbage. A fixed factor of 1.5 keeps that peak near 650 MB at about the same speed (docs/cli.md,
 * "Benchmark"). It only sets when V8 collects, never a limit: a larger plan still gets the memory
 * it needs.
 */
import { setFlagsFromString } from 'node:v8';

/** V8's --heap-growing-percent: the next full collection comes when the heap is 1.5 times what was live. */
export const HEAP_GROWING_PERCENT = 50;

/** For the command line and its benchmark; V8 reads it each time it sets the next collection's mark. */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
