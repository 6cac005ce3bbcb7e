/**
 * Abbreviations of Vietnamese bodies (docs: /work/shared/domain/owners.md), expanded to match names
 * typed in different ways, and to name in full a body a plan only abbreviates (./plan-owners.ts).
 * What the planner typed is never rewritten.
 */

/** Short forms of two letters (or that are also common words) match only as written. */
const EXACT_CASE: ReadonlyArray<readonly [string, string]> = [
  ['TW', 'Trung ương'],
  ['TU', 'Tỉnh ủy'],
  ['HU', 'Huyện ủy'],
  ['QU', 'Quận ủy'],
  ['TXU', 'Thị ủy'],
  ['ThU', 'Thành ủy'],
  ['ĐU', 'Đảng ủy'],
  ['ĐĐ', 'Đảng đoàn'],
  ['VP', 'Văn phòng'],
  ['CA tỉnh', 'Công an tỉnh'],
  ['CA Tỉnh', 'Công an Tỉnh'],
];

/** Longer short forms match in any case ("ubnd", "UBND"). */
const ANY_CASE: ReadonlyArray<readonly [string, string]> = [
  ['BTV', 'Ban Thường vụ'],
  ['BTVTU', 'Ban Thường vụ Tỉnh ủy'],
  ['TTTU', 'Thường trực Tỉnh ủy'],
  ['UBKT', 'Ủy ban Kiểm tra'],
  ['UBKTTU', 'Ủy ban Kiểm tra Tỉnh ủy'],
  ['BTC', 'Ban Tổ chức'],
  ['BTCTU', 'Ban Tổ chức Tỉnh ủy'],
  ['BTCTW', 'Ban Tổ chức Trung ương'],
  ['BTG', 'Ban Tuyên giáo'],
  ['BTGTU', 'Ban Tuyên giáo Tỉnh ủy'],
  ['BDV', 'Ban Dân vận'],
  ['BDVTU', 'Ban Dân vận Tỉnh ủy'],
  ['BNC', 'Ban Nội chính'],
  ['VPTU', 'Văn phòng Tỉnh ủy'],
  ['BCSĐ', 'Ban cán sự đảng'],
  ['BCS', 'Ban cán sự đảng'],
  ['ĐUK', 'Đảng ủy Khối'],
  ['BCĐ', 'Ban Chỉ đạo'],
  ['BCH', 'Ban Chấp hành'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['TT HĐND', 'Thường trực Hội đồng nhân dân'],
  ['ĐBQH', 'đại biểu Quốc hội'],
  ['UBTVQH', 'Ủy ban Thường vụ Quốc hội'],
  ['UBMTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQVN', 'Mặt trận Tổ quốc Việt Nam'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['LĐLĐ', 'Liên đoàn Lao động'],
  ['LHPN', 'Liên hiệp Phụ nữ'],
  ['Hội ND', 'Hội Nông dân'],
  ['CCB', 'Cựu chiến binh'],
  ['ĐTN', 'Đoàn Thanh niên'],
  ['Sở NV', 'Sở Nội vụ'],
  ['Sở TC', 'Sở Tài chính'],
  ['Sở TP', 'Sở Tư pháp'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'],
  ['KH&CN', 'Khoa học và Công nghệ'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['VH-TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['PT-TH', 'Phát thanh - Truyền hình'],
  ['BCHQS', 'Bộ Chỉ huy Quân sự'],
  ['TAND', 'Tòa án nhân dân'],
  ['VKSND', 'Viện Kiểm sát nhân dân'],
  ['BHXH', 'Bảo hiểm xã hội'],
  ['KBNN', 'Kho bạc Nhà nước'],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One pass, longest first, so "BTCTU" wins over "BTC" and an expansion is never expanded again.
function buildPattern(pairs: ReadonlyArray<readonly [string, string]>, flags: string): RegExp {
  const alternatives = [...pairs]
    .map(([short]) => short)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}&])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}&])`, flags);
}

const EXACT_PATTERN = buildPattern(EXACT_CASE, 'gu');
const ANY_CASE_PATTERN = buildPattern(ANY_CASE, 'giu');
const EXACT_LOOKUP = new Map(EXACT_CASE.map(([short, full]) => [short, full]));
const ANY_CASE_LOOKUP = new Map(ANY_CASE.map(([short, full]) => [short.toLocaleLowerCase('vi'), full]));

/**
 * "UBND Tỉnh" → "Ủy ban nhân dân Tỉnh", "Ủy ban MTTQ Việt Nam Tỉnh" → "Ủy ban Mặt trận Tổ quốc Việt
 * Nam Tỉnh". For matching, and for the full name of a body the plan only abbreviates; a cell the
 * planner typed is never replaced by it.
 */
export function expandAbbreviations(name: string): string {
  const nfc = name.normalize('NFC');
  const longForms = nfc.replace(ANY_CASE_PATTERN, (short) => ANY_CASE_LOOKUP.get(short.toLocaleLowerCase('vi')) ?? short);
  return longForms.replace(EXACT_PATTERN, (short) => EXACT_LOOKUP.get(short) ?? short);
}
