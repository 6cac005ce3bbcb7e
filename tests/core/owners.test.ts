import { plan43, plan43Owners } from '../../src/catalogues';
import { createRegistry, editDistance, expandAbbreviations, isCollectiveName, matchOwner } from '../../src/core/owners';

const registry = createRegistry(plan43Owners);

function matchedId(name: string): string | null {
  return matchOwner(name, registry).owner?.id ?? null;
}

describe('owner registry data for Plan 43', () => {
  it('has unique ids and non-empty canonical names', () => {
    const ids = plan43Owners.map((owner) => owner.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const owner of plan43Owners) {
      expect(owner.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(owner.name.trim()).not.toBe('');
    }
  });

  it('knows every lead and support body named in the catalogue', () => {
    const names = new Set(plan43.tasks.flatMap((task) => [...task.lead, ...task.support]));
    for (const section of plan43.sections) for (const name of section.lead ?? []) names.add(name);
    const unknown = [...names].filter((name) => matchOwner(name, registry).owner === null);
    expect(unknown).toEqual([]);
  });

  it('knows the bodies named inside task texts', () => {
    const named = [
      'Cơ quan Văn phòng Tỉnh ủy', 'Báo Bình Dương', 'Đài Phát thanh - Truyền hình Bình Dương', 'Bệnh viện Đa khoa Tỉnh',
      'Sở Nội vụ', 'Thanh tra Tỉnh', 'Sở Thông tin - Truyền thông',
      'Cơ quan Văn phòng Đoàn Đại biểu Quốc hội Tỉnh', 'cơ quan Văn phòng Hội đồng Nhân dân Tỉnh', 'Bộ Chính trị', 'Ban Bí thư',
      'Ban Tổ chức Trung ương', 'Ủy ban Thường vụ Quốc hội', 'UBND cấp huyện', 'UBND cấp xã', 'Ban Tổ chức TW',
    ];
    expect(named.filter((name) => matchedId(name) === null)).toEqual([]);
  });

  it('flags the collective bodies, in agreement with their wording', () => {
    for (const owner of plan43Owners) expect([owner.name, isCollectiveName(owner.name)]).toEqual([owner.name, owner.collective]);
  });
});

describe('matchOwner', () => {
  it('matches abbreviations and their long forms', () => {
    expect(matchedId('UBND Tỉnh')).toBe('ubnd-tinh');
    expect(matchedId('Ủy ban nhân dân tỉnh')).toBe('ubnd-tinh');
    expect(matchedId('Ủy ban MTTQ Việt Nam Tỉnh')).toBe('uy-ban-mttq-tinh');
    expect(matchedId('Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh')).toBe('uy-ban-mttq-tinh');
    expect(matchedId('BTCTU')).toBe('ban-to-chuc-tinh-uy');
    expect(matchedId('Sở TC')).toBe('so-tai-chinh');
    expect(matchedId('HĐND Tỉnh')).toBe('hdnd-tinh');
  });

  it('is blind to tone placement, case and Unicode form', () => {
    expect(matchedId('Uỷ ban nhân dân Tỉnh')).toBe('ubnd-tinh');
    expect(matchedId('ỦY BAN KIỂM TRA TỈNH ỦY')).toBe('uy-ban-kiem-tra-tinh-uy');
    expect(matchedId('Ban Tổ chức Tỉnh uỷ')).toBe('ban-to-chuc-tinh-uy');
    const nfd = 'Ban Tổ chức Tỉnh ủy'.normalize('NFD');
    expect(nfd).not.toBe('Ban Tổ chức Tỉnh ủy');
    expect(matchOwner(nfd, registry)).toEqual({ owner: expect.objectContaining({ id: 'ban-to-chuc-tinh-uy' }), suggestion: null, distance: 0 });
  });

  it('ignores the dash between "Phát thanh" and "Truyền hình"', () => {
    expect(matchedId('Đài Phát thanh Truyền hình Bình Dương')).toBe('dai-phat-thanh-truyen-hinh-binh-duong');
  });

  it('suggests, never matches, a name that lost its diacritics', () => {
    const result = matchOwner('Ban To chuc Tinh uy', registry);
    expect(result.owner).toBeNull();
    expect(result.suggestion?.name).toBe('Ban Tổ chức Tỉnh ủy');
    expect(result.distance).toBe(0);
  });

  it('suggests the nearest body for a misspelling', () => {
    const result = matchOwner('Sở Tài chánh', registry);
    expect(result).toEqual({ owner: null, suggestion: expect.objectContaining({ name: 'Sở Tài chính' }), distance: 1 });
    expect(matchOwner('Ban Tuyen giao Tinh uy', registry).suggestion?.id).toBe('ban-tuyen-giao-tinh-uy');
  });

  it('suggests nothing for an unrelated name', () => {
    for (const name of ['Sở Giáo dục và Đào tạo', 'Phòng Tài chính', 'Công an tỉnh', 'xyz', '']) {
      expect(matchOwner(name, registry)).toEqual({ owner: null, suggestion: null, distance: null });
    }
  });

  it('works on a registry given as plain data', () => {
    expect(matchOwner('UBND Tỉnh', { owners: plan43Owners }).owner?.id).toBe('ubnd-tinh');
  });
});

describe('isCollectiveName', () => {
  it.each([
    'Các sở, ban, ngành', 'UBND cấp xã', 'Ban Thường vụ các huyện, thị, thành ủy', 'Các cấp ủy, chính quyền',
    'Mỗi huyện, thị, thành phố', 'HĐND các cấp', 'Cac so, ban, nganh', 'sở, ban, ngành tỉnh',
  ])('"%s" is collective', (name) => {
    expect(isCollectiveName(name)).toBe(true);
  });

  it.each(['Sở Tài chính', 'Ủy ban nhân dân tỉnh', 'Ban Tổ chức Tỉnh ủy', 'Ban Chỉ đạo cấp tỉnh', 'Thị xã Thuận An'])('"%s" is one body', (name) => {
    expect(isCollectiveName(name)).toBe(false);
  });
});

describe('expandAbbreviations', () => {
  it('expands the common short forms', () => {
    expect(expandAbbreviations('UBND Tỉnh')).toBe('Ủy ban nhân dân Tỉnh');
    expect(expandAbbreviations('Ủy ban MTTQ Việt Nam Tỉnh')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh');
    expect(expandAbbreviations('Sở TT&TT')).toBe('Sở Thông tin và Truyền thông');
    expect(expandAbbreviations('TT HĐND tỉnh')).toBe('Thường trực Hội đồng nhân dân tỉnh');
    expect(expandAbbreviations('BTCTU, BTC')).toBe('Ban Tổ chức Tỉnh ủy, Ban Tổ chức');
    expect(expandAbbreviations('ubnd cấp xã')).toBe('Ủy ban nhân dân cấp xã');
  });

  it('leaves words that merely contain an abbreviation alone', () => {
    expect(expandAbbreviations('Tuyên giáo')).toBe('Tuyên giáo');
    expect(expandAbbreviations('tu sửa')).toBe('tu sửa');
    expect(expandAbbreviations('UBNDX')).toBe('UBNDX');
  });
});

describe('editDistance', () => {
  it('counts single-character edits', () => {
    expect(editDistance('so tai chinh', 'so tai chanh')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});
