/**
 * ImportPanel with the files of issue 9: a .pdf read through the PDF reader (a stand-in here; the
 * real one is tested in tests/pdf and tests/libreoffice), a scanned .pdf, UTF-16 and binary .txt
 * files, a text with no task; and the progress shown while the importer runs off the main thread.
 */
import * as React from 'react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { importPlanText, type ImportResult } from '../../src/core/import';
import { pagesWithoutTextWarning, pdfWithoutTextProblem } from '../../src/plan-file/problems';
import type { PdfText } from '../../src/pdf/pdf-text';
import { ImportPanel, type ImportPanelProps } from '../../src/taskpane/import/ImportPanel';
import type { ImportRequest } from '../../src/taskpane/import/import-protocol';

const BAC_NINH = readFileSync(path.resolve(__dirname, '../fixtures/plans/bac-ninh-141-KH-UBND-2025.txt'), 'utf8');

function renderPanel(props: Partial<ImportPanelProps> = {}) {
  const onLoad = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ImportPanel lang="vi" onLoad={onLoad} {...props} />
    </FluentProvider>,
  );
  return onLoad;
}

function chooseFile(file: File) {
  fireEvent.change(screen.getByLabelText('Tệp kế hoạch (.txt, .md, .docx, .pdf)'), { target: { files: [file] } });
}

const textArea = () => screen.getByLabelText('Dán nội dung kế hoạch') as HTMLTextAreaElement;

describe('ImportPanel and plan files', () => {
  it('reads a .pdf through the PDF reader, shows its text and warns of pages without text', async () => {
    const readPdf = jest.fn(async (_bytes: Uint8Array): Promise<PdfText> => ({ text: BAC_NINH, pages: 7, runningLines: 7, warnings: [pagesWithoutTextWarning([6, 7])] }));
    renderPanel({ readPdf });
    chooseFile(new File(['%PDF-1.7'], 'ke-hoach-141.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('ke-hoach-141.pdf')).toBeTruthy();
    expect(readPdf).toHaveBeenCalledTimes(1);
    expect(String.fromCharCode(...readPdf.mock.calls[0][0].subarray(0, 8))).toBe('%PDF-1.7');
    expect(textArea().value).toBe(BAC_NINH);
    expect(screen.getByText('Trang 6, 7 của tệp PDF không có lớp chữ (trang quét?): nội dung các trang này không được nhập.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(screen.getByText('Tổng cộng: 24 nhiệm vụ')).toBeTruthy();
  });

  it('says a scanned .pdf cannot be read and what to use instead', async () => {
    renderPanel({ readPdf: async () => { throw pdfWithoutTextProblem(3); } });
    chooseFile(new File(['%PDF-1.7'], 'ban-quet.pdf'));
    expect(await screen.findByText(
      'Không đọc được tệp "ban-quet.pdf": Tệp PDF (3 trang) không có lớp chữ — có lẽ là bản quét hoặc ảnh chụp — nên không đọc được nội dung. ' +
        'Hãy dùng tệp .docx của kế hoạch, hoặc sao chép phần chữ của kế hoạch rồi dán vào (hoặc lưu thành tệp .txt).',
    )).toBeTruthy();
    expect(textArea().value).toBe('');
    expect((screen.getByRole('button', { name: 'Xem trước' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('reads a UTF-16 .txt saved without a byte-order mark', async () => {
    renderPanel();
    chooseFile(new File([new Uint8Array(Buffer.from(BAC_NINH, 'utf16le'))], 'unicode.txt'));
    expect(await screen.findByText('unicode.txt')).toBeTruthy();
    expect(textArea().value).toBe(BAC_NINH);
  });

  it('refuses binary junk named .txt in planner words', async () => {
    renderPanel();
    chooseFile(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], 'anh.txt'));
    expect(await screen.findByText(/^Không đọc được tệp "anh\.txt": Tệp không phải văn bản \(có byte nhị phân\); có thể là ảnh/)).toBeTruthy();
    expect(textArea().value).toBe('');
  });

  it('a text with no task: an error, what the importer noticed, and no load button', () => {
    const onLoad = renderPanel();
    fireEvent.change(textArea(), { target: { value: 'Kính gửi: Ông Nguyễn Văn An\n\nCông ty xin cảm ơn Ông.\n\nTrân trọng.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(screen.getByText(
      'Không tìm thấy nhiệm vụ nào nên không thể tải vào bảng tính. Văn bản cần có phần "Nhiệm vụ", "Nội dung", "Giải pháp" hoặc ' +
        '"Tổ chức thực hiện"; xem các điều cần xem lại bên dưới, sửa văn bản rồi bấm "Xem trước" lại.',
    )).toBeTruthy();
    const findings = screen.getByRole('list', { name: /^Những điều cần xem lại/ });
    expect(within(findings).getByText(/^Không tìm thấy nhiệm vụ nào: văn bản không có phần "Nội dung"/)).toBeTruthy();
    expect(within(findings).getByText('Không tìm thấy ngày ban hành trong phần đầu văn bản.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tải vào bảng tính' })).toBeNull();
    expect(onLoad).not.toHaveBeenCalled();
  });

  it('shows "Đang đọc kế hoạch…" while the importer runs elsewhere, then the review', async () => {
    let finish: (result: ImportResult) => void = () => {};
    const runImport = jest.fn((_: ImportRequest) => new Promise<ImportResult>((resolve) => { finish = resolve; }));
    renderPanel({ runImport });
    fireEvent.change(textArea(), { target: { value: BAC_NINH } });
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(runImport).toHaveBeenCalledWith({ text: BAC_NINH });
    expect(screen.getByRole('progressbar', { name: 'Đang đọc kế hoạch…' })).toBeTruthy();
    expect(screen.getByText('Đang đọc kế hoạch…')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Xem trước' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish(importPlanText(BAC_NINH)));
    expect(screen.getByText('Tổng cộng: 24 nhiệm vụ')).toBeTruthy();
    expect(screen.queryByRole('progressbar', { name: 'Đang đọc kế hoạch…' })).toBeNull();
  });

  it('passes the chosen file’s name to the importer as the plan’s source', async () => {
    const runImport = jest.fn((request: ImportRequest) => importPlanText(request.text, { source: request.source }));
    const onLoad = renderPanel({ runImport });
    chooseFile(new File([BAC_NINH], 'bac-ninh.md'));
    expect(await screen.findByText('bac-ninh.md')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(runImport).toHaveBeenCalledWith({ text: BAC_NINH, source: 'bac-ninh.md' });
    fireEvent.click(screen.getByRole('button', { name: 'Tải vào bảng tính' }));
    expect(onLoad.mock.calls[0][0].plan.source).toBe('bac-ninh.md');
  });
});
