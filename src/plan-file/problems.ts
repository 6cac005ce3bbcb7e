/**
 * Why a plan file gave no text, in the planner's words (Vietnamese, then English). The command line
 * prints both; the task pane shows the one in its language. The file is named by the shell.
 */
import type { Localized } from '../core/model';

export type PlanFileProblemKind = 'not-text' | 'not-pdf' | 'pdf-damaged' | 'pdf-password' | 'pdf-no-text';

export class PlanFileProblem extends Error {
  constructor(readonly kind: PlanFileProblemKind, readonly words: Localized) {
    super(`${words.vi} / ${words.en}`);
    this.name = 'PlanFileProblem';
  }
}

/** What the bytes of a file that is not text look like, when they say so. */
export type BinaryLook = 'pdf' | 'zip' | 'unknown';

const NOT_TEXT_HINTS: Record<BinaryLook, Localized> = {
  pdf: { vi: 'nội dung là một tệp PDF: hãy đổi đuôi tệp thành .pdf', en: 'it holds a PDF: rename it to .pdf' },
  zip: { vi: 'nội dung là tệp nén, có thể là tệp Word .docx: hãy đổi đuôi tệp thành .docx', en: 'it holds a zip archive, perhaps a Word .docx: rename it to .docx' },
  unknown: {
    vi: 'có thể là ảnh, tệp Word .doc cũ hoặc tệp hỏng: hãy mở tệp và lưu lại dạng .txt (UTF-8) hoặc .docx',
    en: 'perhaps an image, an old Word .doc or a damaged file: open it and save it as .txt (UTF-8) or .docx',
  },
};

export function notTextProblem(look: BinaryLook): PlanFileProblem {
  const hint = NOT_TEXT_HINTS[look];
  return new PlanFileProblem('not-text', {
    vi: `Tệp không phải văn bản (có byte nhị phân); ${hint.vi}.`,
    en: `The file is not text (it holds binary bytes); ${hint.en}.`,
  });
}

export const notPdfProblem = (): PlanFileProblem =>
  new PlanFileProblem('not-pdf', { vi: 'Tệp có đuôi .pdf nhưng nội dung không phải PDF.', en: 'The file is named .pdf but is not a PDF.' });

export const pdfDamagedProblem = (detail: string): PlanFileProblem =>
  new PlanFileProblem('pdf-damaged', {
    vi: `Tệp PDF bị hỏng, không đọc được (${detail}).`,
    en: `The PDF is damaged and cannot be read (${detail}).`,
  });

export const pdfPasswordProblem = (): PlanFileProblem =>
  new PlanFileProblem('pdf-password', {
    vi: 'Tệp PDF được khoá bằng mật khẩu: hãy dùng tệp .docx của kế hoạch, hoặc bản PDF không có mật khẩu.',
    en: 'The PDF is password-protected: use the plan\'s .docx file, or a copy of the PDF without a password.',
  });

export const pdfWithoutTextProblem = (pages: number): PlanFileProblem =>
  new PlanFileProblem('pdf-no-text', {
    vi: `Tệp PDF (${pages} trang) không có lớp chữ — có lẽ là bản quét hoặc ảnh chụp — nên không đọc được nội dung. ` +
      'Hãy dùng tệp .docx của kế hoạch, hoặc sao chép phần chữ của kế hoạch rồi dán vào (hoặc lưu thành tệp .txt).',
    en: `The PDF (${pages} page${pages === 1 ? '' : 's'}) has no text layer — probably a scan or a photo — so its content cannot be read. ` +
      'Use the plan\'s .docx file, or copy the plan\'s text and paste it (or save it as a .txt file).',
  });

/** Pages of a PDF that has text elsewhere: a scanned annex or signature page would be lost silently. */
export function pagesWithoutTextWarning(pages: readonly number[]): Localized {
  const list = pages.join(', ');
  return {
    vi: `Trang ${list} của tệp PDF không có lớp chữ (trang quét?): nội dung các trang này không được nhập.`,
    en: `Page${pages.length > 1 ? 's' : ''} ${list} of the PDF ha${pages.length > 1 ? 've' : 's'} no text layer (scanned?): their content is not imported.`,
  };
}
