/** `--as-of` and `--issued` take a date as a planner writes it (dd/mm/yyyy) as well as ISO. */
import { readDateOption } from '../../src/cli/args';
import { runPlanTracker } from '../fixtures/xlsx/run-cli';

describe('readDateOption', () => {
  it.each([
    ['30/06/2019', '2019-06-30'],
    ['1/7/2019', '2019-07-01'],
    ['30-06-2019', '2019-06-30'],
    ['30.06.2019', '2019-06-30'],
    [' 29/02/2020 ', '2020-02-29'],
    ['2019-06-30', '2019-06-30'],
  ])('%j is %s', (text, date) => {
    expect(readDateOption(text)).toBe(date);
  });

  it.each(['31/06/2019', '29/02/2019', '06/30/2019', '30/06/19', '30/06-2019', '2019/06/30', 'hôm nay', ''])('%j is not a date', (text) => {
    expect(readDateOption(text)).toBeNull();
  });
});

describe('on the command line', () => {
  it('30/06/2019 and 2019-06-30 give the same report', async () => {
    const planner = await runPlanTracker('validate', '--as-of', '30/06/2019', '--json');
    const iso = await runPlanTracker('validate', '--as-of', '2019-06-30', '--json');
    expect(planner.code).toBe(0);
    expect(JSON.parse(planner.out)).toEqual(JSON.parse(iso.out));
    expect((JSON.parse(planner.out) as { asOf: string }).asOf).toBe('2019-06-30');
  });

  it('deadline --issued 12/02/2018 reads phrases against that day', async () => {
    // "tháng 3" names no year: it is taken from the issue date.
    const { code, out } = await runPlanTracker('deadline', '--json', '--issued', '12/02/2018', 'trong tháng 3');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ start: '2018-03-01', end: '2018-03-31' });
  });
});
