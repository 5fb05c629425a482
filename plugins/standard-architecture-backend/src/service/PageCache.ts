/**
 * Answers computed from the index, kept per key. Keys carry the index
 * generation and the standard's hash, so a kept answer is never stale: any
 * write makes new keys. Concurrent requests for one key share one
 * computation. Bounded; the oldest entries go first.
 */
export class PageCache {
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly maxEntries = 500) {}

  get<T>(key: string | undefined, compute: () => Promise<T>): Promise<T> {
    if (key === undefined) return compute();
    const kept = this.entries.get(key);
    if (kept) return kept as Promise<T>;
    const computing = compute();
    this.entries.set(key, computing);
    computing.catch(() => this.entries.delete(key));
    if (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return computing;
  }
}
