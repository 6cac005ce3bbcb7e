import * as React from 'react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ImportPanel, type ImportPanelProps } from '../../src/taskpane/import/ImportPanel';
import type { Catalogue } from '../../src/core/model';

const PLAN_43 = readFileSync(path.resolve(__dirname, '../fixtures/plans/binh-duong-43-KH-TU-2018.txt'), 'utf8');

function renderPanel(onLoad: (c: Catalogue) => void, lang: 'vi' | 'en' = 'vi', readDocx?: (b: ArrayBuffer) => Promise<string>, more: Partial<ImportPanelProps> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ImportPanel lang={lang} onLoad={onLoad} readDocx={readDocx} {...more} />
    </FluentProvider>,
  );
}

function chooseFile(file: File) {
  fireEvent.change(screen.getByLabelText('Tệp kế hoạch (.txt, .md, .docx, .pdf)'), { target: { files: [file] } });
}

describe('ImportPanel', () => {
  it('reviews pasted Plan 43 text before writing, then hands the catalogue to onLoad', () => {
    const onLoad = jest.fn();
    renderPanel(onLoad);
    const review = screen.getByRole('button', { name: 'Xem trước' });
    expect((review as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Dán nội dung kế hoạch'), { target: { value: PLAN_43 } });
    fireEvent.click(review);

    expect(screen.getByText('43-KH/TU')).toBeTruthy();
    expect(screen.getByText('12/02/2018')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Số nhiệm vụ theo mục' });
    const row = (id: string) => within(table).getByText(id).closest('tr')?.textContent;
    expect(row('B.II.1')).toBe('B.II.1Đối với các cơ quan khối Đảng Tỉnh9');
    expect(row('C.3-C.5')).toBe('C.3-C.5(tiêu đề bị mất)4');
    expect(screen.getByText('Tổng cộng: 51 nhiệm vụ')).toBeTruthy();
    const findings = screen.getByRole('list', { name: /^Những điều cần xem lại/ });
    expect(within(findings).getAllByText(/Đánh số nhảy từ 2/)).toHaveLength(2);
    expect(onLoad).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Tải vào bảng tính' }));
    expect(onLoad).toHaveBeenCalledTimes(1);
    const catalogue = onLoad.mock.calls[0][0] as Catalogue;
    expect(catalogue.plan.number).toBe('43-KH/TU');
    expect(catalogue.tasks).toHaveLength(51);
    expect(screen.getByText('Đã chuyển 51 nhiệm vụ để tải vào bảng tính.')).toBeTruthy();
  });

  it('goes back to the text, and will not load a text with no tasks', () => {
    const onLoad = jest.fn();
    renderPanel(onLoad);
    fireEvent.change(screen.getByLabelText('Dán nội dung kế hoạch'), { target: { value: 'Xin chào.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(screen.getByText(/^Không tìm thấy nhiệm vụ nào nên không thể tải vào bảng tính\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tải vào bảng tính' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Quay lại' }));
    expect((screen.getByLabelText('Dán nội dung kế hoạch') as HTMLTextAreaElement).value).toBe('Xin chào.');
  });

  it('reads a chosen .txt file, and a .docx through the docx reader', async () => {
    const readDocx = jest.fn(async () => 'Số: 9/KH-UBND\nAn Phú, ngày 02 tháng 01 năm 2025\n\nKẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n\n- Rà soát thủ tục (Quý I/2025).');
    renderPanel(jest.fn(), 'vi', readDocx);
    chooseFile(new File([PLAN_43], 'ke-hoach-43.txt', { type: 'text/plain' }));
    expect(await screen.findByText('ke-hoach-43.txt')).toBeTruthy();
    expect((screen.getByLabelText('Dán nội dung kế hoạch') as HTMLTextAreaElement).value).toBe(PLAN_43);

    chooseFile(new File(['PK'], 'ke-hoach.docx'));
    expect(await screen.findByText('ke-hoach.docx')).toBeTruthy();
    expect(readDocx).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(screen.getByText('9/KH-UBND')).toBeTruthy();
    expect(screen.getByText('Tổng cộng: 1 nhiệm vụ')).toBeTruthy();
  });

  it('refuses other file types in planner words, in English when asked', async () => {
    renderPanel(jest.fn(), 'en');
    fireEvent.change(screen.getByLabelText('Plan file (.txt, .md, .docx, .pdf)'), { target: { files: [new File(['x'], 'plan.odt')] } });
    expect(await screen.findByText('Could not read "plan.odt": only .txt, .md, .docx or .pdf files are accepted')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Review' })).toBeTruthy();
  });
  it('shows each task with the lines it came from, and the lines of a task a finding is about', async () => {
    const runImport = (await import('../../src/core/import')).importPlanText;
    renderPanel(jest.fn(), 'vi', undefined, { runImport: ({ text }) => runImport(text) });
    fireEvent.change(screen.getByLabelText('Dán nội dung kế hoạch'), {
      target: { value: 'KẾ HOẠCH\nThử\n\nII. NHIỆM VỤ\n1. Sở Tư pháp rà soát văn bản (Quý I/2026).\n\n2. Tổ chức tập huấn cho cán bộ\ncấp xã.\n' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Danh sách nhiệm vụ (2) và dòng trong văn bản' }));
    const tasks = screen.getByRole('list', { name: 'Danh sách nhiệm vụ (2) và dòng trong văn bản' });
    const items = within(tasks).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'II-01 Sở Tư pháp rà soát văn bản (Quý I/2026).dòng 5 · chủ trì: Sở Tư pháp · thời gian: Quý I/2026',
      'II-02 Tổ chức tập huấn cho cán bộ cấp xã.dòng 7–8 · chủ trì: (không có) · thời gian: (không có)',
    ]);
    const findings = screen.getByRole('list', { name: /^Những điều cần xem lại/ });
    expect(within(findings).getByText('II-02 · dòng 7–8')).toBeTruthy();
  });
});
