/**
 * The importer on real plans it was not written for: the development corpus of
 * ../shared/plans/corpus, each scored against expectations written by reading the plan
 * (tests/fixtures/corpus). Thresholds are over all expected tasks of all plans; no plan may have a
 * non-task line imported as a task. `npx tsx scripts/corpus-scores.ts` prints the per-plan table.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importPlanText } from '../../src/core/import';
import { CORPUS_DIR, loadExpectations, percent, scorePlan, type PlanScore } from '../fixtures/corpus/score';

const corpusPresent = existsSync(CORPUS_DIR);
const expectations = loadExpectations();
const scores: PlanScore[] = corpusPresent
  ? expectations.map((expectation) => scorePlan(expectation, importPlanText(readFileSync(path.join(CORPUS_DIR, expectation.file), 'utf8'), { source: expectation.file })))
  : [];

function total(field: 'expected' | 'found' | 'lead' | 'support' | 'window' | 'nonTasks'): number {
  return scores.reduce((sum, score) => sum + score[field], 0);
}

describe('importer on the development corpus', () => {
  it('has the corpus beside the repository and an expectation for each of its ten plans', () => {
    if (!corpusPresent && process.env.CI !== 'true') {
      console.warn(`corpus not found at ${CORPUS_DIR}: corpus scores not checked`);
      return;
    }
    expect(expectations.map((expectation) => expectation.file).length).toBe(10);
    for (const expectation of expectations) expect(existsSync(path.join(CORPUS_DIR, expectation.file))).toBe(true);
  });

  it('imports no non-task line of any plan as a task', () => {
    expect(scores.flatMap((score) => score.nonTaskHits.map((hit) => `${score.file}: ${hit}`))).toEqual([]);
  });

  it('finds at least 95% of the expected tasks', () => {
    if (scores.length === 0) return;
    expect(percent(total('found'), total('expected'))).toBeGreaterThanOrEqual(95);
  });

  it('gives at least 90% of them the right lead', () => {
    if (scores.length === 0) return;
    expect(percent(total('lead'), total('expected'))).toBeGreaterThanOrEqual(90);
  });

  it('gives at least 90% of them the right window', () => {
    if (scores.length === 0) return;
    expect(percent(total('window'), total('expected'))).toBeGreaterThanOrEqual(90);
  });
});
