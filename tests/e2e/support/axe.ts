import type { Page } from 'playwright-core';

const AXE = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (the page gets axe.min.js injected; nothing is fetched) on the page as it is now and
 * returns the serious and critical violations, each with the elements it found them on.
 *
 * Left out: Fluent UI's focus manager (tabster) puts invisible `<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>` at the edges of a tab list to move focus on; they hand focus on at once and
 * are hidden from screen readers on purpose, which axe's aria-hidden-focus rule cannot know (a known
 * false positive: microsoft/tabster#288, microsoft/fluentui#27517 "by design"). Only those elements
 * are excluded, nothing else of the page.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Context = { include: string[][]; exclude: string[][] };
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Context, options: object) => Promise<Result> } }).axe;
    const result = await axe.run({ include: [['html']], exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  });
}
