/**
 * `catalogue [--json] [--plan FILE]`: prints the embedded Plan 43 catalogue (or an imported plan)
 * as readable text, or as catalogue JSON (docs/catalogue-format.md).
 */
import { plan43 } from '../../catalogues';
import { describeCatalogue, serializeCatalogue } from '../../core/catalogue';
import type { Catalogue } from '../../core/model';
import { parseCommandArgs } from '../args';
import type { CliCommand } from '../io';
import { loadPlanFile } from '../load-plan';

export const catalogueCommand: CliCommand = {
  name: 'catalogue',
  usage: 'catalogue [--json] [--plan FILE]   print the embedded Plan 43 catalogue, or an imported plan',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      json: { type: 'boolean', default: false },
      plan: { type: 'string' },
    });
    const catalogue: Catalogue = values.plan === undefined ? plan43 : (await loadPlanFile(values.plan)).catalogue;
    io.out(values.json ? serializeCatalogue(catalogue) : describeCatalogue(catalogue));
    return 0;
  },
};
