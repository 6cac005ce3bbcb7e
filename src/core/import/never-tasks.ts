/**
 * Paragraphs that are never tasks, wherever they stand, numbered or not: the closing formulas
 * ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc …", "Ủy ban nhân dân tỉnh yêu cầu các cơ
 * quan … nghiêm túc triển khai thực hiện", "Kế hoạch này thay thế Kế hoạch số …"), pointers to an
 * appendix ("(Chi tiết … tại Phụ lục kèm theo)", "Danh mục … tại Phụ lục II kèm theo Quyết định
 * này"), statements of funding ("Ngân sách tỉnh …", "Nguồn kinh phí: …"), and definitions ("Hạ
 * tầng số … bao gồm …").
 */
const DIFFICULTIES = /^Trong quá trình\s+(?:tổ chức\s+|triển khai\s+)?(?:thực hiện|triển khai)[^.]{0,80}?nếu có\s+(?:phát sinh\s+)?(?:khó khăn|vướng mắc)/iu;
const CLOSING_DEMAND = /^(?:(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Ban Thường vụ|Thường trực|Bộ trưởng|Thủ tướng)(?:\s+\S+){0,3}\s+)?yêu cầu\s+(?:các|thủ trưởng|giám đốc|chủ tịch)/iu;
const REPLACES = /^Kế hoạch này thay thế(?![\p{L}\d])/iu;
const IN_PARENTHESES = /^\([\s\S]*\)[.;]?$/u;
const APPENDIX_POINTER = /^(?:Danh mục|Chi tiết|Nội dung chi tiết)(?![\p{L}\d])[\s\S]{0,300}\s(?:tại|theo)\s+Phụ lục(?![\p{L}\d])/iu;
const FUNDING = /^(?:Ngân sách\s|Nguồn\s+(?:ngân sách|kinh phí|vốn|xã hội hóa|tài trợ)|Kinh phí\s+(?:thực hiện|bảo đảm|đảm bảo)|Xã hội hóa(?![\p{L}\d]))/iu;
// "… khẩn trương triển khai thực hiện Kế hoạch này; kịp thời báo cáo …/." at the very end.
const LAST_WORD = /(?:thực hiện|triển khai)\s+(?:nghiêm túc\s+|tốt\s+|có hiệu quả\s+)?Kế hoạch này(?![\p{L}\d])[\s\S]*\.\/\.?$/iu;

// "Hạ tầng số Đồng Nai bao gồm …", "Tài sản số như một không gian …": a definition, not an action.
const DEFINITION = /^(\p{Lu}\p{Ll}*\s+\p{Ll}+)[\p{L}\s]{0,60}?\s(?:bao gồm|gồm có|như một|được hiểu là)\s/u;
const ACTION_START = /^(?:xây dựng|triển khai|tổ chức|phát triển|đẩy mạnh|tăng cường|nâng cao|hoàn thiện|rà soát|nghiên cứu|thực hiện|ban hành|đầu tư|hỗ trợ|tuyên truyền|chủ động|tiếp tục|khuyến khích|thúc đẩy|ứng dụng|đào tạo|bồi dưỡng|kiểm tra|giám sát|huy động|bảo đảm|đảm bảo|hướng dẫn|cập nhật|duy trì|mở rộng|kết nối|chuyển đổi|lồng ghép|phối hợp|chỉ đạo|quản lý|theo dõi|đánh giá|tổng hợp|báo cáo|thành lập|lựa chọn|khảo sát|vận hành|cung cấp|số hóa|thu hút|ưu tiên|tập trung|hình thành|thí điểm|tham mưu|phổ biến|quán triệt|sắp xếp|kiện toàn)$/iu;

export function isNeverATask(plain: string, numbered: boolean): boolean {
  if (DIFFICULTIES.test(plain) || CLOSING_DEMAND.test(plain) || REPLACES.test(plain)) return true;
  const definition = DEFINITION.exec(plain);
  if (definition && !ACTION_START.test(definition[1])) return true;
  if (IN_PARENTHESES.test(plain) || APPENDIX_POINTER.test(plain) || FUNDING.test(plain)) return true;
  return !numbered && LAST_WORD.test(plain);
}
