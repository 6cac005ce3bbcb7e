import type { Lang } from '../i18n';

interface PreviewStrings {
  title: string;
  intro: string;
  sheetsLabel: string;
  noSheets: string;
  download: string;
  downloading: string;
  downloadFailed: string;
  moreRows: (count: number) => string;
  shownCell: (sheet: string, cell: string) => string;
}

export const previewStrings: Record<Lang, PreviewStrings> = {
  vi: {
    title: 'Bản xem trước (ngoài Excel)',
    intro: 'Các lệnh chạy trên một bảng tính tạm trong trình duyệt. Kết quả hiện bên dưới và có thể tải xuống thành tệp .xlsx để mở bằng Excel hoặc LibreOffice.',
    sheetsLabel: 'Các trang tính',
    noSheets: 'Bảng tính tạm còn trống: hãy bấm "Tải kế hoạch".',
    download: 'Tải xuống .xlsx',
    downloading: 'Đang tạo tệp .xlsx…',
    downloadFailed: 'Không tạo được tệp .xlsx',
    moreRows: (count) => `… còn ${count} dòng nữa (xem đầy đủ trong tệp tải xuống).`,
    shownCell: (sheet, cell) => `Ô được chọn: ${sheet}!${cell} (tô viền bên dưới).`,
  },
  en: {
    title: 'Preview (outside Excel)',
    intro: 'Commands run on a temporary workbook in the browser. The result is shown below and can be downloaded as an .xlsx file to open in Excel or LibreOffice.',
    sheetsLabel: 'Sheets',
    noSheets: 'The temporary workbook is empty: press "Load plan".',
    download: 'Download .xlsx',
    downloading: 'Creating the .xlsx file…',
    downloadFailed: 'Could not create the .xlsx file',
    moreRows: (count) => `… ${count} more rows (see the downloaded file).`,
    shownCell: (sheet, cell) => `Selected cell: ${sheet}!${cell} (outlined below).`,
  },
};
