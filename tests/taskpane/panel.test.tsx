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
    expect((screen.getByLabelText('Tính đến ngày') as HTMLInputElement).value).toBe('2019-03-01');
    expect((screen.getByLabelText('Sắp đến hạn trong (ngày)') as HTMLInputElement).value).toBe('7');
  });

  it('loads, then checks and lists findings; Enter on a finding selects its cell', async () => {
    const port = new MemoryWorkbook();
    renderPanel(port);
    fireEvent.click(screen.getByRole('button', { name: 'Tải kế hoạch' }));
    await screen.findByText(/Đã tải 51 nhiệm vụ/);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText(/^Kiểm tra 51 nhiệm vụ:/);
    const list = screen.getByRole('list', { name: 'Kết quả kiểm tra' });
    const items = within(list).getAllByRole('button');
    expect(items.length).toBeGreaterThan(0);
    const label = items[0].textContent ?? '';
    const cell = /Nhiệm vụ!([A-Z]+\d+)/.exec(label)?.[1];
    items[0].focus();
    await act(async () => {
      fireEvent.keyDown(items[0], { key: 'Enter' });
    });
    await waitFor(() => expect(port.selection).toEqual({ sheet: SHEETS.tasks, cell }));
  });

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
  it('selects on click and on Enter; plan-wide findings are not buttons', () => {
    const selected: string[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <FindingsList lang="vi" findings={[finding('C.10-02', 'F7'), finding('B.II.3', null)]} onSelect={(t) => selected.push(t.cell)} />
      </FluentProvider>,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(1);
    expect(screen.getByText('Nhiệm vụ C.10-02 chưa có thời hạn')).toBeTruthy();
    fireEvent.keyDown(buttons[0], { key: 'Enter' });
    fireEvent.click(buttons[0]);
    expect(selected).toEqual(['F7', 'F7']);
    expect(buttons[0].getAttribute('tabindex')).toBe('0');
  });
});
