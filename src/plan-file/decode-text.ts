/** The bytes of a text plan file (.txt, .md) as text, in the encoding they were saved in. */
import { notTextProblem } from './problems';
import { guessTextEncoding } from './text-encoding';

/** Throws PlanFileProblem('not-text') for bytes that are no text (an image, a zip, junk). */
export function decodePlanText(bytes: Uint8Array): string {
  const guess = guessTextEncoding(bytes);
  if ('binary' in guess) throw notTextProblem(guess.binary);
  // TextDecoder drops the byte-order mark; invalid UTF-8 becomes U+FFFD, as reading with 'utf8' did.
  return new TextDecoder(guess.encoding).decode(bytes);
}
