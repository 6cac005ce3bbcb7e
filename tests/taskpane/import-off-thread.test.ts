/**
 * importOffThread / importInWorker (src/taskpane/import/import-off-thread.ts) with a stand-in
 * worker that runs import.worker.ts's handler: one request, one reply, the worker ended after it;
 * the main thread takes over when there are no workers or the worker fails. The real worker runs
 * in Chromium (tests/e2e/import.e2e.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importPlanText } from '../../src/core/import';
import { importInWorker, importOffThread, type ImportWorker } from '../../src/taskpane/import/import-off-thread';
import type { ImportReply } from '../../src/taskpane/import/import-protocol';

const BAC_NINH = readFileSync(path.resolve(__dirname, '../fixtures/plans/bac-ninh-141-KH-UBND-2025.txt'), 'utf8');

/** A worker that answers like import.worker.ts, a tick later; or fails, as a worker that cannot start. */
function standIn(behaviour: 'answer' | 'fail' | 'garble'): ImportWorker & { terminated: boolean; posted: unknown[] } {
  const worker = {
    onmessage: null as ((event: MessageEvent<ImportReply>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    onmessageerror: null as ((event: MessageEvent) => void) | null,
    terminated: false,
    posted: [] as unknown[],
    terminate() {
      this.terminated = true;
    },
    postMessage(message: { text: string; source?: string }) {
      this.posted.push(message);
      setTimeout(() => {
        if (behaviour === 'fail') worker.onerror?.({ message: 'SyntaxError in worker' } as ErrorEvent);
        else if (behaviour === 'garble') worker.onmessageerror?.({} as MessageEvent);
        else worker.onmessage?.({ data: { result: importPlanText(message.text, message.source ? { source: message.source } : {}) } } as MessageEvent<ImportReply>);
      }, 0);
    },
  };
  return worker as unknown as ImportWorker & { terminated: boolean; posted: unknown[] };
}

describe('importing off the pane’s thread', () => {
  it('sends the text and the file name to the worker, returns its result, and ends the worker', async () => {
    const worker = standIn('answer');
    const result = await importInWorker({ text: BAC_NINH, source: 'bac-ninh.txt' }, async () => worker);
    expect(result.catalogue.tasks).toHaveLength(24);
    expect(result.catalogue.plan.source).toBe('bac-ninh.txt');
    expect(worker.posted).toEqual([{ text: BAC_NINH, source: 'bac-ninh.txt' }]);
    expect(worker.terminated).toBe(true);
  });

  it('rejects when the worker fails, and importOffThread then imports on the main thread', async () => {
    const failing = standIn('fail');
    await expect(importInWorker({ text: BAC_NINH }, async () => failing)).rejects.toThrow('SyntaxError in worker');
    expect(failing.terminated).toBe(true);
    await expect(importInWorker({ text: BAC_NINH }, async () => standIn('garble'))).rejects.toThrow('import worker reply could not be read');

    const run = importOffThread(true, async () => standIn('fail'));
    const outcome = run({ text: BAC_NINH });
    expect(outcome).toBeInstanceOf(Promise);
    expect((await outcome).catalogue.tasks).toHaveLength(24);
    const cannotStart = importOffThread(true, async () => {
      throw new Error('Worker is not a constructor');
    });
    expect((await cannotStart({ text: BAC_NINH })).catalogue.tasks).toHaveLength(24);
  });

  it('without workers, imports right away and returns the result itself', () => {
    const outcome = importOffThread(false)({ text: BAC_NINH, source: 'x.txt' });
    expect(outcome).not.toBeInstanceOf(Promise);
    expect(outcome).toMatchObject({ catalogue: { plan: { number: '141/KH-UBND', source: 'x.txt' } } });
  });
});
