/** A stable id for a body, from its name: "Sở Tư pháp" → "so-tu-phap". */
import { asciiKey } from '../text/normalize';

export function ownerIdOf(name: string): string {
  return asciiKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
