/** A report takes the form of the plan it answers: Party (43-KH/TU) or State (141/KH-UBND) numbering. */
import { documentConvention } from '../../src/core/summary';

describe('documentConvention', () => {
  it.each([
    ['43-KH/TU', 'party', 'Số      -BC/TU', 'số …-BC/TU'],
    ['07-KH/TW', 'party', 'Số      -BC/TW', 'số …-BC/TW'],
    ['141/KH-UBND', 'state', 'Số:      /BC-UBND', 'số …/BC-UBND'],
    ['4385/QĐ-BVHTTDL', 'state', 'Số:      /BC-BVHTTDL', 'số …/BC-BVHTTDL'],
    ['2530/QĐ-TTg', 'state', 'Số:      /BC-TTg', 'số …/BC-TTg'],
    ['0129/KH-UBND', 'state', 'Số:      /BC-UBND', 'số …/BC-UBND'],
  ])('%s is a %s document: "%s"', (number, system, numberLine, citedNumber) => {
    expect(documentConvention(number)).toEqual({ system, numberLine, citedNumber });
  });

  it('a number of no known shape leaves the body blank too, in the State form', () => {
    expect(documentConvention('')).toEqual({ system: 'state', numberLine: 'Số:      /BC-…', citedNumber: 'số …/BC-…' });
    expect(documentConvention('Kế hoạch không số')).toEqual({ system: 'state', numberLine: 'Số:      /BC-…', citedNumber: 'số …/BC-…' });
  });
});
