/**
 * One copy of each repeated text in parsed JSON. JSON.parse makes a new string for every
 * occurrence, so a stored plan parsed back holds each lead body, heading, time phrase and remark
 * once per task that names it: at 100,000 tasks that is most of the parsed plan's memory. Sharing
 * changes no value, only how many copies memory holds.
 */
export class StringPool {
  private readonly kept = new Map<string, string>();

  /** `value` with every string in it (at any depth) replaced, in place, by the pool's copy. */
  share<T>(value: T): T {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.shared(value[i]);
    } else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object)) object[key] = this.shared(object[key]);
    }
    return value;
  }

  private shared(value: unknown): unknown {
    if (typeof value !== 'string') return this.share(value);
    const kept = this.kept.get(value);
    if (kept !== undefined) return kept;
    this.kept.set(value, value);
    return value;
  }
}
