/**
 * Which parts of a plan hold tasks. "Nội dung", "Nhiệm vụ (và giải pháp)", "Tổ chức thực hiện" do;
 * "Mục đích, yêu cầu", "Mục tiêu", "Quan điểm" do not. Other headings inherit from their part.
 */
import { asciiKey } from '../text/normalize';

export type PartKind = 'tasks' | 'none' | 'inherit';

const TASK_WORDS = ['noi dung', 'nhiem vu', 'giai phap', 'to chuc thuc hien', 'trach nhiem', 'phan cong', 'cac hoat dong', 'chuong trinh hanh dong', 'danh muc'];
const NON_TASK_WORDS = ['muc dich', 'yeu cau', 'muc tieu', 'quan diem', 'tinh hinh', 'ket qua dat duoc', 'danh gia', 'can cu', 'phuong cham', 'chi tieu', 'pham vi', 'doi tuong', 'kinh phi', 'nguon kinh phi', 'nguon luc', 'nguon von', 'nhu cau', 'ke hoach su dung dat', 'tam nhin', 'dinh huong'];
const ORGANISATION_WORDS = ['to chuc thuc hien', 'trach nhiem thuc hien', 'phan cong'];

function hasWord(key: string, words: string[], atStart: boolean): boolean {
  return words.some((word) => (atStart ? key.startsWith(word) : ` ${key} `.includes(` ${word} `)));
}

/** Major parts (lettered, roman, headings in capitals) are judged by any keyword; deeper ones only by their first words. */
export function partKind(title: string, major: boolean): PartKind {
  const key = asciiKey(title).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (hasWord(key, TASK_WORDS, !major)) return 'tasks';
  if (hasWord(key, NON_TASK_WORDS, !major)) return 'none';
  return 'inherit';
}

/** "Tổ chức thực hiện": each numbered heading under it names the body responsible. */
export function isOrganisationPart(title: string): boolean {
  const key = asciiKey(title).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  return hasWord(key, ORGANISATION_WORDS, false);
}
