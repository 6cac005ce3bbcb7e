/**
 * The numbering and bullet at the start of a paragraph: "A.", "II.", "1.", "1.2.", "a)", "-", "+",
 * "•". Whether a numbered paragraph is a heading or a task is decided later, from its wording.
 */

export type MarkerType = 'letter' | 'roman' | 'arabic' | 'alpha' | 'dash' | 'plus' | 'none';

export interface Marker {
  type: MarkerType;
  /** As printed, without the punctuation: "B", "II", "1.2", "a". */
  value: string;
  /** Position in its sequence (A → 1, IV → 4, "1.2" → 2, b → 2); null for bullets. */
  ordinal: number | null;
  /** A single letter that is also a roman numeral ("C.", "I."): the outline decides which. */
  ambiguous: boolean;
  /** The paragraph after the marker. */
  rest: string;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Roman numeral → number, or null for anything that is not a well-formed numeral below 90. */
export function romanValue(numeral: string): number | null {
  if (!/^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(numeral) || numeral === '') return null;
  let total = 0;
  for (let index = 0; index < numeral.length; index += 1) {
    const value = ROMAN_VALUES[numeral[index]];
    const next = ROMAN_VALUES[numeral[index + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const LETTER = /^([A-ZĐ])\s*[.)]\s+(\S[\s\S]*)$/u;
const ROMAN = /^([IVXL]{1,7})\s*[.)]\s*(\S[\s\S]*)$/u;
const ARABIC = /^(\d{1,3}(?:\.\d{1,2}){0,3})\s*[.)](?!\d)\s*(\S[\s\S]*)$/u;
const ALPHA = /^([a-zđ])\s*[).]\s+(\S[\s\S]*)$/u;
const DASH = /^[-–—•·●▪◦∗*]\s*(\S[\s\S]*)$/u;
const PLUS = /^\+\s*(\S[\s\S]*)$/u;

export function readMarker(plain: string): Marker {
  const roman = ROMAN.exec(plain);
  if (roman) {
    const ordinal = romanValue(roman[1]);
    if (ordinal !== null) {
      return { type: 'roman', value: roman[1], ordinal, ambiguous: roman[1].length === 1, rest: roman[2] };
    }
  }
  const letter = LETTER.exec(plain);
  if (letter) {
    const ordinal = letter[1] === 'Đ' ? 5 : letter[1].charCodeAt(0) - 64;
    return { type: 'letter', value: letter[1], ordinal, ambiguous: false, rest: letter[2] };
  }
  const arabic = ARABIC.exec(plain);
  if (arabic) {
    const parts = arabic[1].split('.');
    return { type: 'arabic', value: arabic[1], ordinal: Number(parts[parts.length - 1]), ambiguous: false, rest: arabic[2] };
  }
  const alpha = ALPHA.exec(plain);
  if (alpha) {
    const ordinal = alpha[1] === 'đ' ? 5 : alpha[1].charCodeAt(0) - 96;
    return { type: 'alpha', value: alpha[1], ordinal, ambiguous: false, rest: alpha[2] };
  }
  const plus = PLUS.exec(plain);
  if (plus) return { type: 'plus', value: '+', ordinal: null, ambiguous: false, rest: plus[1] };
  const dash = DASH.exec(plain);
  if (dash) return { type: 'dash', value: '-', ordinal: null, ambiguous: false, rest: dash[1] };
  return { type: 'none', value: '', ordinal: null, ambiguous: false, rest: plain };
}

/** True when a line opens a new block rather than continuing the sentence above it. */
export function startsBlock(plainLine: string, previousPlain: string): boolean {
  const marker = readMarker(plainLine);
  if (marker.type === 'none') return readLabel(plainLine) !== null;
  // "Trong giai đoạn 2026\n- 2030": a range broken before its dash is not a bullet.
  if (marker.type === 'dash' && /^\d/.test(marker.rest) && /\d$/.test(previousPlain)) return false;
  // "… ngày 30\n4. …" is rare; "… theo Điều\n5. …" too: numbers after a cut word are still items.
  return true;
}

export type LabelRole = 'lead' | 'support' | 'time' | 'content' | 'other';

export interface Label {
  role: LabelRole;
  name: string;
  value: string;
}

// A label may stand after a bullet or an "a)" / "b)" of an "a) Nhiệm vụ: … b) Cơ quan thực hiện: …" block.
const LABEL_MARK = '(?:(?:[-–+•]|[a-zđ]\\))\\s*)?';
const BODY_LABEL = new RegExp(`^${LABEL_MARK}((?:đơn vị|cơ quan)(?:\\s+[^\\s:]{1,12}){1,7})\\s*:\\s*([\\s\\S]*)$`, 'iu');
const TIME_LABEL = new RegExp(`^${LABEL_MARK}((?:thời gian|thời hạn|tiến độ)(?:\\s+[^\\s:]{1,12}){0,3})\\s*:\\s*([\\s\\S]*)$`, 'iu');
const OTHER_LABEL = new RegExp(`^${LABEL_MARK}((?:sản phẩm|kết quả đầu ra|hình thức|kinh phí|nguồn kinh phí)(?:\\s+[^\\s:]{1,12}){0,3})\\s*:\\s*([\\s\\S]*)$`, 'iu');
// "Thời gian thực hiện sau khi Chiến lược … được ban hành.": the label without its colon.
const TIME_WITHOUT_COLON = /^(thời gian thực hiện|thời hạn hoàn thành|thời hạn)\s+((?:sau|trong|từ|đến|trước|năm|quý|tháng|hằng|hàng|thường xuyên|chậm nhất|định kỳ|giai đoạn)\s[\s\S]*)$/iu;
// "Nội dung: …", "Nhiệm vụ: …" under a task's heading: what the task is.
const CONTENT_LABEL = new RegExp(`^${LABEL_MARK}(nội dung(?: thực hiện| hoạt động)?|nhiệm vụ|tên nhiệm vụ)\\s*:\\s*(\\S[\\s\\S]*)$`, 'iu');

/**
 * "Đơn vị chủ trì (thực hiện): …", "Cơ quan phối hợp: …", "Thời gian thực hiện: …", "Sản phẩm: …".
 * "Đơn vị thực hiện" names the lead.
 */
export function readLabel(plain: string): Label | null {
  const body = BODY_LABEL.exec(plain);
  if (body) {
    const name = body[1].toLowerCase();
    const support = /phối hợp/u.test(name) && !/chủ trì/u.test(name.split('phối hợp')[0]);
    if (/chủ trì|phối hợp|thực hiện|tham mưu/u.test(name)) {
      return { role: support ? 'support' : 'lead', name: body[1], value: body[2].trim() };
    }
  }
  const time = TIME_LABEL.exec(plain);
  if (time) return { role: 'time', name: time[1], value: time[2].trim() };
  const unmarked = TIME_WITHOUT_COLON.exec(plain);
  if (unmarked) return { role: 'time', name: unmarked[1], value: unmarked[2].trim() };
  const other = OTHER_LABEL.exec(plain);
  if (other) return { role: 'other', name: other[1], value: other[2].trim() };
  const content = CONTENT_LABEL.exec(plain);
  if (content) return { role: 'content', name: content[1], value: content[2].trim() };
  return null;
}
