/** jsdom has no TextDecoder (every browser and Node has): the pane decodes plan files with it. */
import { TextDecoder } from 'node:util';

if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder });
