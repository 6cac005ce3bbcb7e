/**
 * The pane shows and uses the plan the workbook holds; importing a plan with another number is
 * never loaded over it: the review says so and offers "Thay thế kế hoạch", which keeps the old
 * rows on a sheet of their own.
 */
import * as React from 'react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { plan43 } from '../../src/catalogues';
import type { Catalogue } from '../../src/core/model';
import { loadCatalogue } from '../../src/services';
import { ImportPanel } from '../../src/taskpane/import/ImportPanel';
import { Workspace } from '../../src/taskpane/shell/Workspace';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { bacNinh } from '../fixtures/plans/bac-ninh';

const PLAN_43_TEXT = readFileSync(path.resolve(__dirname, '../fixtures/plans/binh-duong-43-KH-TU-2018.txt'), 'utf8');
const settings = { asOf: '2026-03-31', dueSoonDays: 7, beforeDateExclusive: false };

async function bacNinhWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await loadCatalogue(wb, { catalogue: bacNinh(), settings });
  return wb;
}

const inFluent = (node: React.ReactNode) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

function review(text: string) {
  fireEvent.change(screen.getByLabelText('Dán nội dung kế hoạch'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
}

describe('the import review when the workbook holds another plan', () => {
  it('says which plan the workbook holds, offers a new workbook or "Thay thế kế hoạch", and hands over with replace', () => {
    const onLoad = jest.fn();
    inFluent(<ImportPanel lang="vi" held={bacNinh().plan} onLoad={onLoad} />);
    review(PLAN_43_TEXT);
    expect(screen.getByText(/^Sổ tính này đang theo dõi Kế hoạch 141\/KH-UBND; kế hoạch vừa nhập là Kế hoạch 43-KH\/TU\./).textContent).toContain('hãy mở một sổ tính mới (Tệp › Mới)');
    expect(screen.queryByRole('button', { name: 'Tải vào bảng tính' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Thay thế kế hoạch' }));
    expect(onLoad).toHaveBeenCalledTimes(1);
    expect([(onLoad.mock.calls[0][0] as Catalogue).plan.number, onLoad.mock.calls[0][1]]).toEqual(['43-KH/TU', { replace: true }]);
  });

  it('the same plan, or an empty workbook, loads as before', () => {
    const onLoad = jest.fn();
    inFluent(<ImportPanel lang="vi" held={plan43.plan} onLoad={onLoad} />);
    review(PLAN_43_TEXT);
    expect(screen.queryByText(/đang theo dõi Kế hoạch/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tải vào bảng tính' }));
    expect(onLoad.mock.calls[0][1]).toEqual({ replace: false });
  });
});

describe('the workspace', () => {
  it("shows the workbook's own plan and checks its 24 tasks", async () => {
    const wb = await bacNinhWorkbook();
    inFluent(<Workspace port={wb} lang="vi" />);
    expect((await screen.findByText('141/KH-UBND')).parentElement?.textContent).toBe('Kế hoạch đang dùng: 141/KH-UBND (24 nhiệm vụ)');
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText(/^Kiểm tra 24 nhiệm vụ:/)).toBeTruthy();
  });

  it('an empty workbook shows Plan 43 as the default', async () => {
    inFluent(<Workspace port={new MemoryWorkbook()} lang="vi" />);
    expect((await screen.findByText(/sổ tính chưa có kế hoạch/)).textContent).toBe('Kế hoạch đang dùng: 43-KH/TU (51 nhiệm vụ, sổ tính chưa có kế hoạch, dùng kế hoạch mặc định)');
  });

  it('imports Plan 43 into a Bắc Ninh workbook only by replacing, which keeps the old rows on their own sheet', async () => {
    const wb = await bacNinhWorkbook();
    inFluent(<Workspace port={wb} lang="vi" />);
    await screen.findByText('141/KH-UBND');
    fireEvent.change(screen.getByLabelText('Tính đến ngày'), { target: { value: '2026-03-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Nhập kế hoạch khác…' }));
    await screen.findByLabelText('Dán nội dung kế hoạch'); // the importer is loaded on demand
    review(PLAN_43_TEXT);
    fireEvent.click(await screen.findByRole('button', { name: 'Thay thế kế hoạch' }));

    expect(await screen.findByText(/"Thay thế kế hoạch" chép các dòng của Kế hoạch 141\/KH-UBND/)).toBeTruthy();
    expect(screen.getByText(/43-KH\/TU/, { selector: 'strong' }).parentElement?.textContent).toBe('Kế hoạch đang dùng: 43-KH/TU (51 nhiệm vụ, chưa tải vào sổ tính)');
    fireEvent.click(screen.getByRole('button', { name: 'Thay thế kế hoạch' }));
    expect(await screen.findByText('Đã thay Kế hoạch 141/KH-UBND bằng Kế hoạch 43-KH/TU (51 nhiệm vụ). Các dòng của Kế hoạch 141/KH-UBND được giữ trên trang "Nhiệm vụ (141-KH-UBND)".')).toBeTruthy();
    expect(await screen.findByText((_, element) => element?.textContent === 'Kế hoạch đang dùng: 43-KH/TU (51 nhiệm vụ)')).toBeTruthy();
    expect(within(document.body).getByRole('button', { name: 'Tải kế hoạch' })).toBeTruthy();
    expect(wb.sheetNames()).toContain('Nhiệm vụ (141-KH-UBND)');
    // The report date set before importing is still the one used.
    expect(wb.getCell('Nhiệm vụ', 'C2')).toEqual({ date: '2026-03-31' });
  });
});
