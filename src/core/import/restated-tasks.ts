/**
 * A task stated in the plan's body and again as a row of an appendix table is one task: the row
 * wins (it names the lead and the time), the body's paragraph is left out and the row says where
 * the body states it. Two texts are the same task when most word pairs of the shorter one appear
 * in the other; an index on word pairs keeps this linear in practice.
 */
import { asciiKey } from '../text/normalize';

export interface StatedTask {
  text: string;
  inAppendix: boolean;
}

const MIN_PAIRS = 5;
const SAME_TASK = 0.7;
// A word pair found in many tasks ("thực hiện các", "các sở") says nothing about which one.
const COMMON_PAIR = 40;

function wordPairs(text: string): Set<string> {
  const words = asciiKey(text).replace(/[^a-z0-9 ]+/g, ' ').split(' ').filter((word) => word.length > 0);
  const pairs = new Set<string>();
  for (let index = 1; index < words.length && pairs.size < 400; index += 1) pairs.add(`${words[index - 1]} ${words[index]}`);
  return pairs;
}

/** For each body task restated in an appendix, the index of that appendix task. */
export function findRestated(tasks: StatedTask[]): Map<number, number> {
  const restated = new Map<number, number>();
  const appendix = tasks.map((task, index) => ({ task, index })).filter((entry) => entry.task.inAppendix);
  if (appendix.length === 0) return restated;
  const pairsOf = new Map<number, Set<string>>();
  const index = new Map<string, number[]>();
  for (const { task, index: at } of appendix) {
    const pairs = wordPairs(task.text);
    pairsOf.set(at, pairs);
    for (const pair of pairs) {
      const list = index.get(pair) ?? [];
      list.push(at);
      index.set(pair, list);
    }
  }
  tasks.forEach((task, at) => {
    if (task.inAppendix) return;
    const pairs = wordPairs(task.text);
    if (pairs.size < MIN_PAIRS) return;
    const shared = new Map<number, number>();
    for (const pair of pairs) {
      const holders = index.get(pair);
      if (!holders || holders.length > COMMON_PAIR) continue;
      for (const holder of holders) shared.set(holder, (shared.get(holder) ?? 0) + 1);
    }
    let best = -1;
    let bestScore = 0;
    for (const [holder, count] of shared) {
      const other = pairsOf.get(holder)?.size ?? 0;
      if (other < MIN_PAIRS) continue;
      const score = count / Math.min(pairs.size, other);
      if (score > bestScore) {
        best = holder;
        bestScore = score;
      }
    }
    if (best >= 0 && bestScore >= SAME_TASK) restated.set(at, best);
  });
  return restated;
}
