/**
 * Import benchmark. A plan text built by repeating real plans (Plan 43, Bắc Ninh 141 and, when
 * ../shared is beside the repository, the 2025 corpus, years shifted so copies differ) is imported
 * at 1, 4 and 16 MB, and a 5 MB text with no line breaks at all (the worst shape for a
 * line-based reader). The baseline in the same run splits the text into lines and runs one regex
 * over each. Prints one JSON line per measurement: time, the ratio to the baseline, and the time
 * per MB against the 1 MB run (linear growth keeps that near 1). Aim: 1 MB in under a second.
 * Run: npx tsx bench/import.bench.ts (npm script "bench:import").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { plan43Owners } from '../src/catalogues';
import { importPlanText } from '../src/core/import';
import { createRegistry } from '../src/core/owners';

const PLANS = path.resolve(__dirname, '../tests/fixtures/plans');
const CORPUS = path.resolve(__dirname, '../../shared/plans/corpus');
const MB = 1_000_000;

function sources(): string[] {
  const plans = readdirSync(PLANS).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(path.join(PLANS, name), 'utf8'));
  const corpus = existsSync(CORPUS)
    ? readdirSync(CORPUS).filter((name) => /-20\d\d\.md$/.test(name)).map((name) => readFileSync(path.join(CORPUS, name), 'utf8'))
    : [];
  return [...plans, ...corpus];
}

function buildText(bytes: number, texts: string[]): string {
  const pieces: string[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy += 1) {
    const piece = texts[copy % texts.length].replace(/\b(20[12]\d)\b/g, (year) => String(Number(year) + (copy % 7)));
    pieces.push(piece);
    size += Buffer.byteLength(piece) + 1;
  }
  return pieces.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => unknown, runs: number): number {
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const TIME_IN_PARENTHESES = /\((?:thực hiện|hoàn thành)[^)]*\)/u;
const round = (value: number) => Math.round(value * 10) / 10;
const texts = sources();
const registry = createRegistry(plan43Owners);
let msPerMbAtOne = 0;

function measure(name: string, text: string, runs: number): void {
  const bytes = Buffer.byteLength(text);
  const baselineMs = time(() => text.split('\n').filter((line) => TIME_IN_PARENTHESES.test(line)).length, runs);
  const result = importPlanText(text, { registry });
  const ms = time(() => importPlanText(text, { registry }), runs);
  const msPerMb = ms / (bytes / MB);
  if (msPerMbAtOne === 0) msPerMbAtOne = msPerMb;
  console.log(JSON.stringify({
    name, bytes, ms: round(ms), baselineMs: round(baselineMs), ratio: round(ms / baselineMs), tasks: result.catalogue.tasks.length,
    msPerMb: round(msPerMb), growthAgainst1MB: round(msPerMb / msPerMbAtOne), underOneSecond: bytes > 1.5 * MB ? undefined : ms < 1000,
  }));
}

measure('importPlanText 1 MB', buildText(MB, texts), 5);
measure('importPlanText 4 MB', buildText(4 * MB, texts), 3);
measure('importPlanText 16 MB', buildText(16 * MB, texts), 1);
measure('importPlanText 5 MB on one line', buildText(5 * MB, texts).replace(/\n/g, ' '), 1);
