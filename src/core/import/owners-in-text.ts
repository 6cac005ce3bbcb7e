/**
 * Who leads and who supports, as the plan's wording says it: "Đơn vị chủ trì: …" lines, "X chủ
 * trì, phối hợp với Y", "Giao X …", a collective subject ("Các cơ quan, đơn vị … xây dựng …"), and
 * body headings ("6. Sở Tài chính"; "1. Đối với các cơ quan khối Đảng Tỉnh"). Names are kept as
 * written (only the first letter is capitalised); the registry may suggest, never rewrite.
 */
import { asciiKey, clean } from '../text/normalize';
import { capitalize } from './casing';

// Words that start the name of a body; a list is split before one of them, never inside a name.
// Case matters: "Ban Tổ chức" is a body, "ban hành" is a verb.
const BODY_START =
  /^(?:các\s+\p{L}|Các\s|Mỗi\s|Sở\s|Ban\s+\p{Lu}|Ủy ban|Uỷ ban|UBND|HĐND|UBMTTQ|MTTQ|Mặt trận|Hội đồng|Văn phòng|VP\s|Phòng\s+\p{Lu}|Công an|Bộ\s+\p{Lu}|Bộ Chỉ huy|Đài\s|Báo\s|Hội\s+\p{Lu}|Liên đoàn|Tỉnh đoàn|Đoàn\s+\p{Lu}|Trung tâm|Thanh tra|Kho bạc|Cục\s|Chi cục|Tòa án|Toà án|Viện\s|Bảo hiểm|Đảng ủy|Đảng uỷ|Đảng đoàn|Ban cán sự|Ban Cán sự|Thường trực|Thủ trưởng|Lãnh đạo|Cấp ủy|Cấp uỷ|Ngân hàng|Quỹ\s|Trường\s|Bệnh viện|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Thành ủy|Người đứng đầu|Chủ tịch|Giám đốc|Cổng\s|Công ty|Tổng công ty|Doanh nghiệp|Hiệp hội|Liên minh|Hội\s|Đại học|Học viện|Cơ quan\s|Tòa soạn|Đài\s|Trưởng [Bb]an|Ban Chỉ đạo|Ban chỉ đạo|Tổ công tác)/u;

// "Các hoạt động chính", "Các nhiệm vụ …": plural nouns that are not bodies.
const NOT_A_BODY = /^(?:các|những)\s+(?:hoạt động|nhiệm vụ|giải pháp|nội dung|chương trình|dự án|chỉ tiêu|mục tiêu|văn bản|quy định|chính sách|sản phẩm|mô hình|biện pháp|công việc|điều kiện|nguồn|khoản|hình thức|phong trào|lĩnh vực|ngành hàng|thủ tục)(?![\p{L}\d])/iu;

// Verbs and clause words that end a body name inside a sentence ("phối hợp với Sở X xây dựng …").
// "các tổ chức" and "công lập" are nouns and adjectives, not verbs: the look-behind keeps them.
const NAME_END =
  /(?<!(?:^|\s)(?:các|những|công|thành))\s(?:xây dựng|thẩm định|tham mưu|dự toán|tổ chức|triển khai|thực hiện|bố trí|rà soát|nghiên cứu|hướng dẫn|theo dõi|kiểm tra|đôn đốc|trình|báo cáo|đề xuất|ban hành|tuyên truyền|sơ kết|tổng kết|chỉ đạo|lãnh đạo|giám sát|cân đối|thẩm tra|đánh giá|cung cấp|phổ biến|tập huấn|bồi dưỡng|kiện toàn|nâng cao|tăng cường|đẩy mạnh|tiếp tục|quán triệt|chuẩn bị|hoàn thiện|sửa đổi|bổ sung|rà soát|cập nhật|duy trì|phát triển|quản lý|trên cơ sở|căn cứ|để|nhằm|trong|theo|tại|về|khi|đảm bảo|bảo đảm|thống nhất|xem xét|lập|làm|giúp|thực thi|có trách nhiệm|chịu trách nhiệm|được|sẽ|phải|cần|tiến hành|tuân thủ|tổng hợp|định kỳ|chủ động|khẩn trương|tích cực|phối hợp|chủ trì|hướng dẫn|khảo sát|giúp)(?=\s|[,.;:]|$)/u;

// The nouns of a formulaic collective subject: "Các cấp ủy, chính quyền, tổ chức đảng …".
const UNIT =
  '(?:cấp ủy|cấp uỷ|chính quyền|tổ chức đảng|tổ chức chính trị - xã hội|tổ chức|lãnh đạo cơ quan|cơ quan|đơn vị|địa phương|sở|ban|ngành|huyện|thị xã|thị|thành phố|thành ủy|xã|phường|thị trấn|đoàn thể|doanh nghiệp|cấp|đảng ủy|đảng bộ|chi bộ|hội|trường)';
const QUALIFIER = '(?:\\s+(?:trong tỉnh|liên quan|có liên quan|trực thuộc(?: tỉnh)?|trên địa bàn(?: tỉnh)?|thuộc tỉnh|cấp tỉnh|cấp huyện|cấp xã|của tỉnh))?';
const UNIT_LIST = `${UNIT}(?:(?:\\s*,\\s*|\\s+và\\s+)${UNIT})*`;
const COLLECTIVE_SUBJECT = new RegExp(
  `^(?:(UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Ban Thường vụ|Thường trực|Thủ trưởng|Lãnh đạo|Người đứng đầu)\\s+)?(các|mỗi|từng)\\s+(${UNIT_LIST}${QUALIFIER})(?=\\s+\\p{Ll})`,
  'iu',
);
const REFLEXIVE = new RegExp(`(?:đối với|của|tại|ở)\\s+(?:các\\s+)?(${UNIT_LIST})\\s+mình(?=[\\s,.;]|$)`, 'iu');
const LOCALITY = /\s(Tỉnh|tỉnh|Huyện|huyện|Thành phố|thành phố|cấp tỉnh|cấp huyện|cấp xã)$/u;

// "Văn phòng HĐND và UBND huyện", "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh": one office serving several bodies.
const JOINT_OFFICE = /^Văn phòng(?:\s+\S+){1,3}(?:,\s*|\s+và\s+)(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân)/u;

/** True when the text starts with a word that starts the name of a body ("Sở …", "UBND …", "Các …"). */
export function startsLikeBody(text: string): boolean {
  const name = clean(text).replace(/^[-–+•]\s*/u, '');
  return BODY_START.test(name) && !NOT_A_BODY.test(name);
}

// "(chủ trì chương trình quốc gia)", "(mạng lưới quốc gia)": a note on the body's role, not its name.
const ROLE_NOTE = /\s*\((?:là\s+)?\p{Ll}[^()]*\)$/u;

function trimName(name: string): string {
  return clean(name).replace(/^[\s,;:.\-–]+|[\s,;:.\-–]+$/g, '').replace(/\.\/$/, '').replace(ROLE_NOTE, '');
}

/**
 * "Sở Tư pháp; các cơ quan, đơn vị, địa phương liên quan" → two bodies. Splits at ";" always, and
 * at "," or "và" only before a word that starts a body, so "Báo và Phát thanh, Truyền hình tỉnh"
 * and "Các Sở, ngành, đơn vị" stay whole.
 */
export function splitBodies(list: string): string[] {
  const bodies: string[] = [];
  for (const part of clean(list).split(/\s*;\s*/)) {
    let current = '';
    const pieces = part.split(/(,\s*|\s+và\s+|\s+cùng\s+)/u);
    for (let index = 0; index < pieces.length; index += 2) {
      const piece = pieces[index];
      // "UBND thành phố Hà Nội, Thành phố Hồ Chí Minh": the second city has its own People's Committee.
      const council = /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:thành phố|tỉnh)\s/iu.exec(current);
      if (current !== '' && council && /^(?:Thành phố|Tỉnh)\s+\p{Lu}/u.test(piece) && pieces[index - 1].includes(',')) {
        bodies.push(current);
        current = `${council[1]} ${piece}`;
      } else if (current !== '' && (BODY_START.test(piece) || (/\svà\s/u.test(pieces[index - 1]) && /^cơ quan(?:\s|$)/u.test(piece))) &&
        !JOINT_OFFICE.test(`${current}${pieces[index - 1]}${piece}`)) {
        // "… UBND các xã, phường và cơ quan, đơn vị có liên quan": "và cơ quan" starts another body.
        bodies.push(current);
        current = piece;
      } else {
        current = current === '' ? piece : `${current}${pieces[index - 1]}${piece}`;
      }
    }
    if (current !== '') bodies.push(current);
  }
  return bodies.map(trimName).filter((name) => name.length > 0).map(capitalize);
}

/**
 * A heading that is a list of bodies sharing a place ("Ủy ban MTTQ Việt Nam và các tổ chức chính
 * trị - xã hội Tỉnh"): the place belongs to each body.
 */
function shareLocality(bodies: string[], text: string): string[] {
  // Only "X và Y Tỉnh": with a comma list each body names its own place, or none.
  if (bodies.length !== 2 || !/\svà\s/u.test(text) || text.includes(',')) return bodies;
  const locality = LOCALITY.exec(bodies[bodies.length - 1]);
  if (!locality) return bodies;
  return bodies.map((body) => (/\b(tỉnh|huyện|thành phố|xã|trung ương)\b/iu.test(body) || LOCALITY.test(body) ? body : `${body} ${locality[1]}`));
}

/** The body named up to the first verb of the clause: "Sở Tài chính và các cơ quan liên quan". */
function nameUntilVerb(text: string): string {
  const stop = /[.;:()]/u.exec(text);
  const clause = stop ? text.slice(0, stop.index) : text;
  const verb = NAME_END.exec(clause);
  return trimName(verb ? clause.slice(0, verb.index) : clause);
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+/u);
}

/** "X chủ trì, …" at the start of a sentence, or "Giao (cho) X …": the lead named in the text. */
export function leadInText(text: string): string[] {
  for (const sentence of sentences(text)) {
    const assigned = /^Giao\s+(?:cho\s+)?(.+)$/u.exec(sentence);
    if (assigned) {
      const before = /^(.+?)\s+(?:chủ trì|làm đầu mối)(?=[\s,.;:]|$)/u.exec(assigned[1]);
      const name = before ? trimName(before[1]) : nameUntilVerb(assigned[1]);
      if (name && BODY_START.test(name)) return splitBodies(name);
    }
    const leading = /^(\p{Lu}[^.;:()]{1,150}?)\s+(?:chủ trì|làm đầu mối|là cơ quan chủ trì)(?=[\s,.;]|$)/u.exec(sentence);
    if (leading && BODY_START.test(leading[1])) return splitBodies(leading[1]);
  }
  return [];
}

// A label's list of names has few words; a longer segment is a sentence whose subject is the name.
const SENTENCE_WORDS = 12;

/**
 * The bodies a lead or support label names: a list ("Sở A; Sở B và các sở, ngành liên quan"), or
 * sentences whose subjects are the bodies ("Sở X tiến hành rà soát …; các sở, ngành … rà soát …").
 */
export function namesInLabel(value: string): string[] {
  const names: string[] = [];
  for (const segment of clean(value).split(/\s*;\s*/u)) {
    const name = segment.split(' ').length > SENTENCE_WORDS ? nameUntilVerb(segment) : segment;
    if (name !== '') names.push(...splitBodies(name));
  }
  return unique(names);
}

/** "Sở Nội vụ chủ trì, phối hợp với các sở …" in a label or a cell: the lead, and the support it names. */
export function chairAndSupport(value: string): { lead: string[]; support: string[] } | null {
  const chaired = /^(.+?)\s+chủ trì(?:\s*,?\s*phối hợp (?:với|cùng)\s+([\s\S]+))?[.;]?$/u.exec(clean(value));
  if (!chaired || !startsLikeBody(chaired[1])) return null;
  return { lead: splitBodies(chaired[1]), support: chaired[2] ? splitBodies(nameUntilVerb(chaired[2])) : [] };
}

// Words before the subject that set the scene: "Căn cứ Kế hoạch này, …", "Trên cơ sở …, …".
const SCENE = /^(?:Căn cứ|Trên cơ sở|Theo|Trong phạm vi|Thực hiện)\s[^,;:]{1,160},\s*/u;

/**
 * The subject of the task's first sentence when it names a body: "Sở Khoa học và Công nghệ có
 * trách nhiệm …", "Căn cứ Kế hoạch này, các sở, ban, ngành … xây dựng …".
 */
export function subjectLead(text: string): string[] {
  const sentence = clean(text).replace(SCENE, '');
  // "Mỗi huyện …" is a collective (collectiveSubject); "Lãnh đạo, chỉ đạo …" is a verb.
  if (!startsLikeBody(sentence) || /^(?:Mỗi|Từng)\s/u.test(sentence)) return [];
  const name = nameUntilVerb(sentence);
  if (name === '' || name.split(' ').length > 25 || /^(?:Lãnh đạo|Thủ trưởng|Người đứng đầu|Chủ tịch|Giám đốc|Thường trực)$/u.test(name)) return [];
  return splitBodies(name).filter(startsLikeBody);
}

/** "Sở Y tế: Chỉ đạo …", "Công ty Điện lực Đắk Lắk: Khẩn trương …": the body before a colon. */
export function leadBeforeColon(text: string): { lead: string[]; rest: string } | null {
  const match = /^([^:]{3,160}):\s*(\S[\s\S]*)$/u.exec(clean(text));
  if (!match) return null;
  const name = match[1].replace(HEADING_PREFIX, '');
  if (!startsLikeBody(name) || /\s(?:chủ trì|phối hợp|thực hiện|gồm|bao gồm|như sau)$/u.test(name)) return null;
  return { lead: splitBodies(name), rest: match[2] };
}

/** Every "phối hợp với X" in the text: the supporting bodies. */
export function supportInText(text: string): string[] {
  const bodies: string[] = [];
  for (const match of text.matchAll(/phối hợp (?:với|cùng)\s+/giu)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 300);
    const name = nameUntilVerb(after);
    if (name) bodies.push(...splitBodies(name));
  }
  return unique(bodies);
}

/** "Các cơ quan, đơn vị, địa phương xây dựng …", "Mỗi huyện, thị, thành phố chọn …": a collective subject. */
export function collectiveSubject(sentence: string): string | null {
  const match = COLLECTIVE_SUBJECT.exec(sentence);
  if (!match) return null;
  const article = match[1] ? match[2].toLowerCase() === 'mỗi' || match[2].toLowerCase() === 'từng' ? 'các' : match[2] : 'Các';
  return clean(match[1] ? `${match[1]} ${article} ${match[3]}` : `${article} ${match[3]}`);
}

/**
 * The subject of an introduction ("m) Ủy ban nhân dân các tỉnh … chịu trách nhiệm …, cụ thể:",
 * "Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động
 * sau:"): a body named first, else the collective subject of any of its sentences.
 */
export function subjectOfIntroduction(text: string): string | null {
  // The sentence that introduces the items is the last one (it ends with ":"); earlier ones set the scene.
  for (const sentence of sentences(text).reverse()) {
    const subject = collectiveSubject(sentence.replace(SCENE, '')) ?? leadInText(sentence)[0] ?? subjectLead(sentence)[0];
    if (subject) return subject;
  }
  return null;
}

/** "… đối với cơ quan, đơn vị, địa phương mình …": each of them does it for itself. */
export function reflexiveSubject(text: string): string | null {
  const match = REFLEXIVE.exec(text);
  return match ? `Các ${clean(match[1])}` : null;
}

export interface HeadingOwners {
  lead: string[];
  support: string[];
  /** "b) Phối hợp với …": the tasks under it have no lead from the headings above. */
  leadless: boolean;
}

// "(cơ quan chủ trì)", "(Cơ quan thường trực Ban …)": a role after the name, not part of it.
const ROLE_SUFFIX = /\s*\((?:là\s+)?(?:cơ quan|đơn vị|chủ trì|thường trực)[^)]*\)\s*$/iu;
// "Đề nghị …", "Giao …", "Trách nhiệm của …": the words before the body.
const HEADING_PREFIX = /^(?:đề nghị|giao|trách nhiệm của|nhiệm vụ của|khuyến khích)\s+/iu;

/**
 * The bodies a heading names, and its role. "Đối với X" names a target group (X); in "Tổ chức thực
 * hiện" a heading that starts like a body is the body ("1. Sở Tài chính (cơ quan chủ trì)", "Đề
 * nghị Ủy ban MTTQ …", "Trách nhiệm của …"); "X chủ trì, phối hợp với Y" names both; under a body,
 * "a) Chủ trì, phối hợp với Y" keeps the body above as lead with Y in support, and "b) Phối hợp
 * với …" makes the body above a supporter; elsewhere a short heading that starts like a body name.
 */
export function ownersOfHeading(title: string, organisationPart: boolean): HeadingOwners {
  const none: HeadingOwners = { lead: [], support: [], leadless: false };
  let text = trimName(title).replace(ROLE_SUFFIX, '');
  if (text === '') return none;
  const target = /^(?:đối với|đổi với|đối vói)\s+(.+)$/iu.exec(text);
  if (target) return { ...none, lead: [capitalize(trimName(target[1]))] };
  if (/^(?:doi voi)\s/.test(asciiKey(text))) return { ...none, lead: [capitalize(trimName(text.split(/\s+/).slice(2).join(' ')))] };
  const chairs = /^chủ trì(?:\s*,?\s*phối hợp (?:với|cùng)\s+([\s\S]+))?$/iu.exec(text);
  if (chairs) return { ...none, support: chairs[1] ? splitBodies(nameUntilVerb(chairs[1])) : [] };
  if (/^phối hợp(?![\p{L}\d])/iu.test(text)) return { ...none, leadless: true };
  text = text.replace(HEADING_PREFIX, '');
  const chaired = /^(.+?)\s+chủ trì(?:\s*,?\s*phối hợp (?:với|cùng)\s+([\s\S]+))?$/iu.exec(text);
  if (chaired && startsLikeBody(chaired[1])) {
    return { lead: shareLocality(splitBodies(chaired[1]), chaired[1]), support: chaired[2] ? splitBodies(nameUntilVerb(chaired[2])) : [], leadless: false };
  }
  const wordCount = text.split(' ').length;
  // Under "Tổ chức thực hiện" a heading that names a body is the body, whole.
  if (organisationPart && wordCount <= 30 && startsLikeBody(text)) return { ...none, lead: shareLocality(splitBodies(text), text) };
  if (startsLikeBody(text) && wordCount <= 12 && !/[.;]/.test(text)) {
    // "Các xã, thị trấn rà soát thiết bị:" names its body before the verb.
    const name = nameUntilVerb(text.replace(/\s+(?:chủ trì|phối hợp)(?=[\s,.;:]|$)[\s\S]*$/u, ''));
    return name === '' ? none : { ...none, lead: shareLocality(splitBodies(name), name) };
  }
  return none;
}

export function leadOfHeading(title: string, organisationPart: boolean): string[] {
  return ownersOfHeading(title, organisationPart).lead;
}

export function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
