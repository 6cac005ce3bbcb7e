/**
 * parseParts parses text kept in parts (the stored plan) without joining it: it must give what
 * JSON.parse of the joined text gives, value for value, and fail where that fails, wherever the
 * parts are cut (inside strings, escapes, surrogate pairs, between a key and its value).
 */
import { plan43 } from '../../src/catalogues';
import { storedCatalogueText } from '../../src/layout/plan-sheet';
import { parseParts } from '../../src/core/catalogue/parse-parts';
import { splitText } from '../../src/layout/text-chunks';

function outcome(parse: () => unknown): { value?: unknown; fails?: true } {
  try {
    return { value: parse() };
  } catch (error) {
    expect(error).toBeInstanceOf(SyntaxError);
    return { fails: true };
  }
}

/** `text` cut at pseudo-random places (seeded), also into empty parts. */
function cuts(text: string, seed: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let state = seed;
  while (start < text.length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const length = state % 7;
    parts.push(text.slice(start, start + length));
    start += length;
  }
  return parts.length ? parts : [''];
}

function expectSameAsJoined(text: string): void {
  const whole = outcome(() => JSON.parse(text));
  for (let seed = 1; seed <= 25; seed++) {
    const parts = cuts(text, seed);
    expect({ text, seed, ...outcome(() => parseParts(parts)) }).toEqual({ text, seed, ...whole });
  }
  expect({ text, ...outcome(() => parseParts([text])) }).toEqual({ text, ...whole });
}

const TEXTS = [
  '{"format":"x","tasks":[{"id":"a","lead":["b","c"],"d":{"e":[1,2,{"f":null}]}},{"id":"g"}],"gaps":[]}',
  '{"tasks":[]}',
  '{ "tasks" : [ 1 , "two" , [3] , {"four":4} , true , null ] , "after" : "]" }',
  '{"before":{"tasks":[9]},"tasks":["\\"],[{\\\\","😀 ệ _x \\u005fx \\n"],"s":"\\\\"}',
  '{"tasks":[1],"tasks":[2]}',
  '{"tasks":1,"tasks":[2]}',
  '{"tasks":[1],"tasks":1}',
  '{"ta\\u0073ks":[2],"tasks":[1]}',
  '{"tasks":[1],"ta\\u0073ks":[2]}',
  '{"tasks":"not an array","other":[1,2]}',
  '{"no tasks":[1,2]}',
  '[{"tasks":[1]}]',
  '"text"',
  '  {"tasks":[{"a":1}]}  ',
  // Damaged: each must fail as JSON.parse fails.
  '{"tasks":[1,]}',
  '{"tasks":[,1]}',
  '{"tasks":[1 2]}',
  '{"tasks":[1],}',
  '{"tasks":[{"a":1}]',
  '{"tasks":[{"a":1}]}}',
  '{"a":1}{"tasks":[1]}',
  '{"tasks":["unterminated]}',
  '',
  '{"tasks":[1]} x',
];

it.each(TEXTS)('parses %s as JSON.parse of the joined parts does', (text) => expectSameAsJoined(text));

it('parses the stored Plan 43, cut as the plan sheet cuts it and cut at random', () => {
  const text = storedCatalogueText(plan43);
  expect(parseParts(splitText(text, 1000))).toEqual(JSON.parse(text));
  expect(parseParts(cuts(text, 3))).toEqual(JSON.parse(text));
  const truncated = text.slice(0, -3);
  expect(() => parseParts(splitText(truncated, 1000))).toThrow(SyntaxError);
});

it('never parses the stored plan as one text: the rest, then each task on its own', () => {
  const text = storedCatalogueText(plan43);
  const parse = jest.spyOn(JSON, 'parse');
  try {
    parseParts(splitText(text, 1000));
    const lengths = parse.mock.calls.map(([argument]) => String(argument).length);
    expect(lengths).toHaveLength(plan43.tasks.length + 1);
    expect(Math.max(...lengths)).toBeLessThan(text.length / 4);
  } finally {
    parse.mockRestore();
  }
});
