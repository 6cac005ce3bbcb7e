import { plan43 } from '../../src/catalogues';
import type { Settings, TrackedTask } from '../../src/core/model';
import { annexOf } from '../../src/core/summary';
import { SHEETS } from '../../src/layout/names';
import { annexSheet } from '../../src/layout/summary';
import { createOfficePort } from '../../src/workbook/office';
import { FakeExcel } from './fake-excel';

const settings: Settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };
const tasks: TrackedTask[] = plan43.tasks.map((t) => ({ ...t, progress: null, completedOn: null, note: '' }));

describe('office adapter: the Phụ lục sheet', () => {
  it('is written in Times New Roman with centred titles, on A4 landscape with its header row repeated', async () => {
    const fake = new FakeExcel();
    const spec = annexSheet(annexOf(tasks, plan43.plan, plan43.sections, settings));
    await createOfficePort({ run: fake.run, isSetSupported: () => true }).write({ sheets: [spec] });
    fake.settleFormats();
    const sheet = fake.sheet(SHEETS.annex);
    expect(sheet?.cells.get('A2')?.value).toBe('PHỤ LỤC');
    expect(sheet?.cells.get('A8')?.value).toBe('STT');
    expect(sheet?.cells.get('B9')?.value).toBe('NỘI DUNG');
    expect(sheet?.fonts).toEqual([{ range: 'all', name: 'Times New Roman' }]);
    expect(sheet?.alignments.map((a) => a.horizontal)).toEqual(spec.blocks.map(() => 'Center'));
    expect(sheet?.alignments[1].range).toBe('A2:H2');
    expect(sheet?.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', printTitleRows: '$8:$8' });
    expect(sheet?.autofitted.length).toBeGreaterThan(0);
  });
});
