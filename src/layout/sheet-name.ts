/**
 * Excel keeps sheet names unique regardless of case ("Tổng quan" and "tổng quan" cannot both exist),
 * so the add-in compares them the same way; NFC first, so a name typed or pasted in decomposed
 * form (NFD) matches too.
 */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi');
}

/** True when Excel would treat the two names as the same sheet. */
export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}
