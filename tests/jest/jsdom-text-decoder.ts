/**
 * jsdom has no TextDecoder or TextEncoder (every browser and Node has): the pane decodes plan
 * files with one, and the Word report (the `docx` package) encodes its XML with the other.
 */
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder });
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });
