/**
 * Paragraphs that are never tasks, wherever they stand, numbered or not: the closing formulas
 * ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc …", "Ủy ban nhân dân tỉnh yêu cầu các cơ
 * quan … nghiêm túc triển khai thực hiện", "Kế hoạch này thay thế Kế hoạch số …"), pointers to an
 * appendix ("(Chi tiết … tại Phụ lục kèm theo)", "Danh mục … tại Phụ lục II kèm theo Quyết định
 * này"), and statements of funding ("Ngân sách tỉnh …", "Nguồn kinh phí: …").
 */
const DIFFICULTIES = /^Trong quá trình\s+(?:tổ chức\s+|triển khai\s+)?(?:thực hiện|triển khai)[^.]{0,80}?nếu có\s+(?:phát sinh\s+)?(?:khó khăn|vướng mắc)/iu;
const CLOSING_DEMAND = /^(?:(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Ban Thường vụ|Thường trực|Bộ trưởng|Thủ tướng)(?:\s+\S+){0,3}\s+)?yêu cầu\s+(?:các|thủ trưởng|giám đốc|chủ tịch)/iu;
const REPLACES = /^Kế hoạch này thay thế(?![\p{L}\d])/iu;
const IN_PARENTHESES = /^\([\s\S]*\)[.;]?$/u;
const APPENDIX_POINTER = /^(?:Danh mục|Chi tiết|Nội dung chi tiết)(?![\p{L}\d])[\s\S]{0,300}\s(?:tại|theo)\s+Phụ lục(?![\p{L}\d])/iu;
const FUNDING = /^(?:Ngân sách\s|Nguồn\s+(?:ngân sách|kinh phí|vốn|xã hội hóa|tài trợ)|Kinh phí\s+(?:thực hiện|bảo đảm|đảm bảo)|Xã hội hóa(?![\p{L}\d]))/iu;
// "… khẩn trương triển khai thực hiện Kế hoạch này; kịp thời báo cáo …/." at the very end.
const LAST_WORD = /(?:thực hiện|triển khai)\s+(?:nghiêm túc\s+|tốt\s+|có hiệu quả\s+)?Kế hoạch này(?![\p{L}\d])[\s\S]*\.\/\.?$/iu;

export function isNeverATask(plain: string, numbered: boolean): boolean {
  if (DIFFICULTIES.test(plain) || CLOSING_DEMAND.test(plain) || REPLACES.test(plain)) return true;
  if (IN_PARENTHESES.test(plain) || APPENDIX_POINTER.test(plain) || FUNDING.test(plain)) return true;
  return !numbered && LAST_WORD.test(plain);
}
