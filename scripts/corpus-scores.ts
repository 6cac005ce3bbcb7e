/**
 * Prints the importer's scores on the development corpus as the Markdown table of docs/import.md,
 * then (with --misses) every miss, for working on the importer:
 *   npx tsx scripts/corpus-scores.ts [--misses] [--plan NAME]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importPlanText } from '../src/core/import';
import { CORPUS_DIR, loadExpectations, percent, scorePlan } from '../tests/fixtures/corpus/score';

const args = process.argv.slice(2);
const only = args.includes('--plan') ? args[args.indexOf('--plan') + 1] : null;
const expectations = loadExpectations().filter((expectation) => only === null || expectation.file.includes(only));
const scores = expectations.map((expectation) =>
  scorePlan(expectation, importPlanText(readFileSync(path.join(CORPUS_DIR, expectation.file), 'utf8'), { source: expectation.file })));

const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
console.log(row(['Plan', 'Expected', 'Imported', 'Found', 'Lead right', 'Support right', 'Window right', 'Non-tasks imported', 'Other imported']));
console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
const sum = { expected: 0, imported: 0, found: 0, lead: 0, support: 0, window: 0, nonTasks: 0, unexpected: 0 };
for (const score of scores) {
  for (const field of Object.keys(sum) as Array<keyof typeof sum>) sum[field] += score[field];
  const of = (part: number) => `${percent(part, score.expected)}%`;
  console.log(row([score.file.replace(/\.md$/, ''), `${score.expected}${score.complete ? '' : ' (sample)'}`, score.imported,
    of(score.found), of(score.lead), of(score.support), of(score.window), score.nonTasks, score.complete ? score.unexpected : '–']));
}
const of = (part: number) => `**${percent(part, sum.expected)}%**`;
console.log(row(['**All**', sum.expected, sum.imported, of(sum.found), of(sum.lead), of(sum.support), of(sum.window), sum.nonTasks, sum.unexpected]));

if (args.includes('--misses')) {
  for (const score of scores) {
    console.log(`\n## ${score.file}`);
    for (const hit of score.nonTaskHits) console.log(`  NON-TASK ${hit}`);
    for (const miss of score.misses) console.log(`  ${miss.field.padEnd(7)} l.${miss.line} "${miss.textStart.slice(0, 50)}" want: ${miss.want} | got: ${miss.got}`);
  }
}
