/** buildWorkbook is the three commands `build` runs, in order, with build's options. */
import { plan43 } from '../../src/catalogues';
import { buildWorkbook, loadCatalogue, summarizeWorkbook, validateWorkbook } from '../../src/services';
import { SpecWorkbook } from '../../src/workbook/xlsx/spec-workbook';

const settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };

describe('buildWorkbook', () => {
  it('reads the plan once and gives the workbook and the figures the three commands give', async () => {
    let reads = 0;
    const built = new SpecWorkbook();
    const fractions: number[] = [];
    const result = await buildWorkbook(built, {
      readPlan: async () => {
        reads += 1;
        return plan43;
      },
      settings,
      progress: (from, to) => (event) => fractions.push(from + (to - from) * event.fraction),
    });

    const stepped = new SpecWorkbook();
    const loaded = await loadCatalogue(stepped, { catalogue: plan43, settings });
    const checked = await validateWorkbook(stepped, { settings, keepSelection: true });
    const summary = await summarizeWorkbook(stepped, { settings, justChecked: true });

    expect(reads).toBe(1);
    expect(result).toEqual({ plan: loaded.plan, taskCount: 51, counts: checked.counts, paragraph: summary.paragraph });
    expect(await built.listSheets()).toEqual(await stepped.listSheets());
    expect(built.activeSheet).toBe(stepped.activeSheet);
    expect(Math.max(...fractions)).toBeCloseTo(0.8);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });
});
