import { ownersForPlan, plan43, plan43Owners } from '../../src/catalogues';
import type { Catalogue, Task } from '../../src/core/model';
import { ownersOfPlan } from '../../src/core/owners';
import { samePlan } from '../../src/core/plan-identity';
import { bacNinh } from '../fixtures/plans/bac-ninh';

const task = (id: string, lead: string[], support: string[] = []): Task => ({
  id, section: 'I', heading: '', text: `Nhiệm vụ ${id}`, original: '', lead, support,
  deadline: { text: '', start: null, end: null, kind: 'missing', convention: null },
});

describe('ownersOfPlan: the bodies a plan names', () => {
  it('lists the leads and supports of Kế hoạch 141/KH-UBND once each, in order of first mention, abbreviations expanded', () => {
    const owners = ownersOfPlan(bacNinh());
    expect(owners.map((o) => o.name)).toEqual([
      'Các Sở, ngành, đơn vị', 'Ủy ban nhân dân cấp xã', 'Sở Nội vụ', 'Sở Tư pháp', 'Các cơ quan, đơn vị, địa phương liên quan',
      'Các cơ quan, đơn vị, địa phương', 'Các cơ quan, đơn vị theo quy định', 'Sở Tài chính', 'Sở Khoa học và Công nghệ',
      'Báo và Phát thanh, Truyền hình tỉnh', 'Trung tâm Thông tin tỉnh', 'Các cơ quan, đơn vị liên quan', 'Văn phòng Ủy ban nhân dân tỉnh',
      'Các Sở, ban, ngành, đơn vị', 'Các Sở, ngành, đơn vị liên quan', 'Ủy ban nhân dân các xã, phường',
    ]);
    expect(owners[1]).toEqual({ id: 'uy-ban-nhan-dan-cap-xa', name: 'Ủy ban nhân dân cấp xã', abbreviations: ['UBND cấp xã'], aliases: [], collective: true });
    expect(owners[3]).toEqual({ id: 'so-tu-phap', name: 'Sở Tư pháp', abbreviations: [], aliases: [], collective: false });
  });

  it('makes one body of the spellings a plan mixes, named by its full spelling', () => {
    const catalogue = { tasks: [task('I-01', ['UBND tỉnh'], ['Sở TP']), task('I-02', ['Ủy ban nhân dân tỉnh', 'Uỷ ban nhân dân Tỉnh'], ['Sở Tư pháp'])] };
    expect(ownersOfPlan(catalogue)).toEqual([
      { id: 'uy-ban-nhan-dan-tinh', name: 'Ủy ban nhân dân tỉnh', abbreviations: ['UBND tỉnh'], aliases: ['Uỷ ban nhân dân Tỉnh'], collective: false },
      { id: 'so-tu-phap', name: 'Sở Tư pháp', abbreviations: ['Sở TP'], aliases: [], collective: false },
    ]);
  });

  it('skips blank names', () => {
    expect(ownersOfPlan({ tasks: [task('I-01', ['  ', ''], [])] })).toEqual([]);
  });
});

describe('ownersForPlan: what "Đơn vị" gets', () => {
  it("is Plan 43's curated registry for Plan 43, as before", () => {
    expect(ownersForPlan(plan43)).toBe(plan43Owners);
  });

  it('is the bodies the plan names for any other plan', () => {
    const catalogue: Catalogue = bacNinh();
    expect(ownersForPlan(catalogue)).toEqual(ownersOfPlan(catalogue));
    expect(ownersForPlan(catalogue)).toHaveLength(16);
  });
});

describe('samePlan', () => {
  it.each([
    ['43-KH/TU', '43-KH/TU', true],
    ['43-KH/TU', ' 43 - KH / TU ', true],
    ['141/KH-UBND', '141/kh-ubnd', true],
    ['43-KH/TU', '141/KH-UBND', false],
    ['43-KH/TU', '43-KH/HU', false],
  ])('%j and %j → %s', (a, b, same) => {
    expect(samePlan({ number: a }, { number: b })).toBe(same);
  });
});
