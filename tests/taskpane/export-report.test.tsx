import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import JSZip from 'jszip';
import { WorkPanel } from '../../src/taskpane/panel/WorkPanel';
import { reportFileName } from '../../src/taskpane/panel/export-report';
import { plan43 } from '../../src/catalogues';
import { asTracked } from '../../src/core/rules';
import { reportParagraphs, summarize } from '../../src/core/summary';
import { MemoryWorkbook } from '../../src/workbook/memory';

/** The blob a download link was given, and the file name it was saved under. */
function captureDownloads(): { files: { name: string; blob: Blob }[]; restore: () => void } {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL, click: HTMLAnchorElement.prototype.click };
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
      HTMLAnchorElement.prototype.click = original.click;
    },
  };
}

function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('Xuất báo cáo (.docx)', () => {
  it('names the file after the plan and the report date', () => {
    expect(reportFileName(plan43.plan, '2019-06-30')).toBe('bao-cao-43-KH-TU-2019-06-30.docx');
    expect(reportFileName({ ...plan43.plan, number: '141/KH-UBND' }, '2025-01-02')).toBe('bao-cao-141-KH-UBND-2025-01-02.docx');
  });

  it('downloads the Word report of the loaded plan and leaves the workbook as it was', async () => {
    const downloads = captureDownloads();
    try {
      const port = new MemoryWorkbook();
      render(
        <FluentProvider theme={webLightTheme}>
          <WorkPanel port={port} lang="vi" today="2019-06-30" />
        </FluentProvider>,
      );
      fireEvent.click(screen.getByRole('button', { name: 'Tải kế hoạch' }));
      await screen.findByText(/Đã tải 51 nhiệm vụ/);
      const sheetsBefore = (await port.listSheets()).map((s) => s.name);
      fireEvent.click(screen.getByRole('button', { name: 'Xuất báo cáo (.docx)' }));
      await screen.findByText(/Đã tạo báo cáo Word "bao-cao-43-KH-TU-2019-06-30\.docx"/, undefined, { timeout: 15_000 });
      expect(downloads.files.map((f) => f.name)).toEqual(['bao-cao-43-KH-TU-2019-06-30.docx']);
      const [file] = downloads.files;
      expect(file.blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const zip = await JSZip.loadAsync(await bytesOf(file.blob));
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      const settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };
      const [paragraph] = reportParagraphs(summarize(plan43.tasks.map(asTracked), settings), plan43.plan, 'vi');
      expect(paragraph).toMatch(/^Tính đến ngày 30\/6\/2019, trong tổng số 51 nhiệm vụ/);
      expect(xml).toContain(paragraph);
      expect(plan43.tasks.every((task) => xml.includes(task.id))).toBe(true);
      expect((await port.listSheets()).map((s) => s.name)).toEqual(sheetsBefore);
    } finally {
      downloads.restore();
    }
  }, 30_000);
});
