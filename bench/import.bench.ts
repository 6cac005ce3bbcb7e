/**
 * Import benchmark: a ~1 MB plan text built by repeating the real plans' bodies (years shifted so
 * copies differ), imported whole; the baseline in the same run splits the text into lines and runs
 * one regex over each. Prints one JSON line per measurement. Aim: 1 MB in under a second.
 * Run: npx tsx bench/import.bench.ts (npm script "bench:import").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { plan43Owners } from '../src/catalogues';
import { importPlanText } from '../src/core/import';
import { createRegistry } from '../src/core/owners';

const PLANS = path.resolve(__dirname, '../tests/fixtures/plans');
const TARGET_BYTES = 1_000_000;
const RUNS = 5;

function between(text: string, from: RegExp, to: RegExp): string {
  const start = text.search(from);
  const end = text.search(to);
  return text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
}

function buildText(): string {
  const plan43 = readFileSync(path.join(PLANS, 'binh-duong-43-KH-TU-2018.txt'), 'utf8');
  const bacNinh = readFileSync(path.join(PLANS, 'bac-ninh-141-KH-UBND-2025.txt'), 'utf8');
  const header = plan43.slice(0, plan43.search(/^A\. MỤC ĐÍCH/m));
  const bodies = [between(plan43, /^A\. MỤC ĐÍCH/m, /^T\/M/m), between(bacNinh, /^\*\*I\. MỤC ĐÍCH/m, /^Nơi nhận/m)];
  let text = header;
  for (let copy = 0; Buffer.byteLength(text) < TARGET_BYTES; copy += 1) {
    const body = bodies[copy % 2].replace(/\b(20[12]\d)\b/g, (year) => String(Number(year) + (copy % 7)));
    text += `\n${body}\n`;
  }
  return text;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => unknown): number {
  const samples: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const text = buildText();
const bytes = Buffer.byteLength(text);
const TIME_IN_PARENTHESES = /\((?:thực hiện|hoàn thành)[^)]*\)/u;

const baselineMs = time(() => text.split('\n').filter((line) => TIME_IN_PARENTHESES.test(line)).length);
const result = importPlanText(text);
const importMs = time(() => importPlanText(text));
const registry = createRegistry(plan43Owners);
const withRegistryMs = time(() => importPlanText(text, { registry }));

const round = (value: number) => Math.round(value * 10) / 10;
const line = (name: string, ms: number) =>
  console.log(JSON.stringify({ name, bytes, ms: round(ms), ratio: round(ms / baselineMs), tasks: result.catalogue.tasks.length, underOneSecond: ms < 1000 }));
line('baseline: split lines + one regex', baselineMs);
line('importPlanText', importMs);
line('importPlanText with owner registry', withRegistryMs);
