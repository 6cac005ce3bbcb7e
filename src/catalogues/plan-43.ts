/**
 * The embedded catalogue: Kế hoạch 43-KH/TU (Tỉnh ủy Bình Dương, 12/02/2018), read line by line from
 * the source text, with its fragments and lost pages recorded (docs/catalogue-format.md), and the
 * bodies it names for the owner registry.
 */
import type { Catalogue, Owner } from '../core/model';
import plan43Json from './plan-43.json';
import plan43OwnersJson from './plan-43-owners.json';

// JSON imports widen literal types ("kind": string); tests/core/catalogue-plan43.test.ts checks
// the data with parseCatalogue, so the assertion below is verified, not assumed.
export const plan43: Catalogue = plan43Json as Catalogue;

export const plan43Owners: Owner[] = plan43OwnersJson;
