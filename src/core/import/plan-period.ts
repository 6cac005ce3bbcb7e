/**
 * The period a plan states once for all its tasks, in its title: "… giai đoạn 2026 - 2030", "… đến
 * năm 2030". A task with no time of its own is read in that period (and says so). A period that
 * belongs to another document named in the title ("thực hiện Chiến lược … đến năm 2030", "Quy
 * hoạch … thời kỳ 2021-2030") is that document's horizon, not the plan's, and is not used.
 */
const PERIOD = /(?:giai đoạn|thời kỳ)\s*\d{4}\s*[-–]\s*\d{4}|(?:từ nay\s+)?đến năm\s+\d{4}/iu;
const OTHER_DOCUMENT = /(?<![\p{L}\d])(?:chiến lược|quy hoạch|nghị quyết|chương trình|đề án|luật|quyết định|kết luận|chỉ thị|nghị định)(?![\p{L}\d])/iu;

export function planPeriodOf(title: string): string | null {
  const period = PERIOD.exec(title);
  if (!period) return null;
  if (OTHER_DOCUMENT.test(title.slice(0, period.index))) return null;
  return period[0].replace(/\s+/g, ' ').trim().toLowerCase();
}
