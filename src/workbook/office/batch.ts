/**
 * Keeps each request to Excel under a byte budget: operations are queued with an estimate of
 * their size, and the batch is synced before it would pass the budget. Excel on the web rejects
 * requests over 5 MB; the default budget is 4 MB.
 */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/** Fixed cost of one queued operation (object path, method, ids) beyond its payload. */
export const OPERATION_BYTES = 200;

const encoder = new TextEncoder();

/** UTF-8 size of a value's JSON: what travels in the request. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

export interface BatchStats {
  syncs: number;
  /** The largest estimated request, in bytes. */
  maxRequestBytes: number;
  /** All requests of the call together, estimated, in bytes. */
  totalRequestBytes: number;
}

export class Batcher {
  private pending = 0;
  readonly stats: BatchStats = { syncs: 0, maxRequestBytes: 0, totalRequestBytes: 0 };

  constructor(
    private readonly sync: () => Promise<void>,
    readonly budget: number,
  ) {}

  /** Room left in the current request. */
  get room(): number {
    return this.budget - this.pending;
  }

  /** Accounts for an operation about to be queued; syncs first when it would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, this.pending);
    this.stats.totalRequestBytes += this.pending;
    this.pending = 0;
    this.stats.syncs += 1;
    await this.sync();
  }
}
