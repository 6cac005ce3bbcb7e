/**
 * Which rules a report on a plan follows, read from the shape of the plan's own number. Party
 * bodies number "43-KH/TU" (number-TYPE/ISSUER; Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW) and head
 * their documents "ĐẢNG CỘNG SẢN VIỆT NAM"; State bodies number "141/KH-UBND" (number/TYPE-ISSUER;
 * Decree 30/2020/NĐ-CP) and head them with the national motto. The report answering the plan comes
 * from the same body, so it takes the same form, with its number left blank to fill.
 */
export type DocumentSystem = 'party' | 'state';

export interface DocumentConvention {
  system: DocumentSystem;
  /** The report's number line with the number blank: "Số      -BC/TU", "Số:      /BC-UBND". */
  numberLine: string;
  /** The same, as the annex cites it: "số …-BC/TU", "số …/BC-UBND". */
  citedNumber: string;
}

const PARTY_NUMBER = /^\s*[\dA-Za-z.]*\s*-\s*[A-ZĐ]+\s*\/\s*(\S+)\s*$/u;
const STATE_NUMBER = /^\s*[\dA-Za-z.]*\s*\/\s*[A-ZĐ]+\s*-\s*(\S+)\s*$/u;

export function documentConvention(planNumber: string): DocumentConvention {
  const party = PARTY_NUMBER.exec(planNumber);
  if (party) return { system: 'party', numberLine: `Số      -BC/${party[1]}`, citedNumber: `số …-BC/${party[1]}` };
  const state = STATE_NUMBER.exec(planNumber);
  const issuer = state ? state[1] : '…';
  return { system: 'state', numberLine: `Số:      /BC-${issuer}`, citedNumber: `số …/BC-${issuer}` };
}
