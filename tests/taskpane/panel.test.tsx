import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { WorkPanel } from '../../src/taskpane/panel/WorkPanel';
import { FindingsList } from '../../src/taskpane/panel/FindingsList';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { SHEETS } from '../../src/layout/names';
import type { LocatedFinding } from '../../src/services';

function renderPanel(port: MemoryWorkbook, lang: 'vi' | 'en' = 'vi') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <WorkPanel port={port} lang={lang} today="2019-03-01" />
    </FluentProvider>,
  );
}

const finding = (taskId: string, cell: string | null): LocatedFinding => ({
  finding: { code: 'DEADLINE_MISSING', severity: 'warning', taskId, field: 'deadline', message: { vi: `Nhiệm vụ ${taskId} chưa có thời hạn`, en: `Task ${taskId} has no deadline` } },
  target: cell ? { sheet: SHEETS.tasks, cell } : null,
});

describe('WorkPanel', () => {
  it('renders in Vietnamese with the report date and the three commands', () => {
    renderPanel(new MemoryWorkbook());
    expect(screen.getByRole('button', { name: 'Tải kế hoạch' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lập báo cáo' })).toBeTruthy();
    // dd/mm/yyyy whatever the browser's locale: a text field, not the browser's date input.
    const date = screen.getByLabelText('Tính đến ngày') as HTMLInputElement;
    expect(date.value).toBe('01/03/2019');
    expect(date.type).toBe('text');
    expect((screen.getByLabelText('Sắp đến hạn trong (ngày)') as HTMLInputElement).value).toBe('7');
  });

  it('loads, then checks and lists findings grouped by kind; a finding is a button in a list item that selects its cell', async () => {
    const port = new MemoryWorkbook();
    renderPanel(port);
    fireEvent.click(screen.getByRole('button', { name: 'Tải kế hoạch' }));
    await screen.findByText(/Đã tải 51 nhiệm vụ/);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText(/^Kiểm tra 51 nhiệm vụ:/);
    const list = screen.getByRole('list', { name: 'Kết quả kiểm tra' });
    // The plan's Plan 43 C.10 tasks have deadlines before the plan was issued: one group with its count.
    const group = within(list).getByRole('list', { name: 'Thời hạn trước ngày ban hành kế hoạch' });
    const items = within(group).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(group.closest('details')?.querySelector('summary')?.textContent).toContain(String(items.length));
    for (const item of items) expect(item.getAttribute('role')).toBeNull();
    // Dozens of findings: the kinds with their counts come first, each group opened on demand.
    expect((group.closest('details') as HTMLDetailsElement).open).toBe(false);
    const button = within(items[0]).getByRole('button');
    const cell = /Nhiệm vụ!([A-Z]+\d+)/.exec(button.textContent ?? '')?.[1];
    expect(cell).toBeDefined();
    await act(async () => {
      fireEvent.click(button);
    });
    await waitFor(() => expect(port.selection).toEqual({ sheet: SHEETS.tasks, cell }));
  }, 30_000);

  it('accepts the date as planners write it and says on each field what is wrong', async () => {
    const port = new MemoryWorkbook();
    renderPanel(port);
    const date = screen.getByLabelText('Tính đến ngày') as HTMLInputElement;
    fireEvent.change(date, { target: { value: '31/02/2019' } });
    expect(screen.getByText(/Ngày báo cáo không hợp lệ: hãy nhập ngày\/tháng\/năm/)).toBeTruthy();
    const days = screen.getByLabelText('Sắp đến hạn trong (ngày)') as HTMLInputElement;
    fireEvent.change(days, { target: { value: '-3' } });
    expect(screen.getByText('Số ngày phải là số nguyên từ 0 đến 366.')).toBeTruthy();
    // Nothing runs while a field is wrong: the workbook stays empty.
    fireEvent.click(screen.getByRole('button', { name: 'Tải kế hoạch' }));
    expect(port.sheetNames()).toEqual([]);

    fireEvent.change(date, { target: { value: '1/7/2019' } });
    fireEvent.change(days, { target: { value: '10' } });
    expect(screen.queryByText(/Ngày báo cáo không hợp lệ/)).toBeNull();
    expect(screen.queryByText(/Số ngày phải là/)).toBeNull();
    fireEvent.blur(date);
    expect(date.value).toBe('01/07/2019');
    fireEvent.click(screen.getByRole('button', { name: 'Tải kế hoạch' }));
    await screen.findByText(/Đã tải 51 nhiệm vụ/);
  }, 30_000);

  it('shows an error in planner words when there is nothing to check', async () => {
    renderPanel(new MemoryWorkbook());
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText(/Không tìm thấy bảng "PT_Tasks \(Nhiệm vụ\)"/)).toBeTruthy();
    expect(screen.getByText('Chưa thực hiện được')).toBeTruthy();
  });

  it('speaks English when asked', () => {
    renderPanel(new MemoryWorkbook(), 'en');
    expect(screen.getByRole('button', { name: 'Load plan' })).toBeTruthy();
  });
});

describe('FindingsList', () => {
  it('groups findings by kind with counts; a finding with a cell is a button, a plan-wide one is not', () => {
    const selected: string[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <FindingsList lang="vi" findings={[finding('C.10-02', 'F7'), finding('B.II.3', null)]} onSelect={(t) => selected.push(t.cell)} />
      </FluentProvider>,
    );
    const group = screen.getByRole('list', { name: 'Thiếu thời hạn' });
    expect(within(group).getAllByRole('listitem')).toHaveLength(2);
    expect(group.closest('details')?.querySelector('summary')?.textContent).toBe('Cảnh báoThiếu thời hạn2');
    expect((group.closest('details') as HTMLDetailsElement).open).toBe(true);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0].tagName).toBe('BUTTON');
    expect(buttons[0].closest('li')).not.toBeNull();
    expect(screen.getByText('Nhiệm vụ C.10-02 chưa có thời hạn')).toBeTruthy();
    fireEvent.click(buttons[0]);
    expect(selected).toEqual(['F7']);
  });
});
