import { SkippedFile } from '../database/ScanStatusStore';

// Skip lists stay readable: past this many, one line says how many more.
const MAX_SKIPPED_LISTED = 50;

/** Skipped files, listed up to a bound, then counted. */
export class SkipList {
  private readonly items: SkippedFile[] = [];
  private more = 0;

  add(path: string, reason: string) {
    if (this.items.length < MAX_SKIPPED_LISTED)
      this.items.push({ path, reason });
    else this.more++;
  }

  list(): SkippedFile[] {
    return this.more > 0
      ? [...this.items, { path: '…', reason: `${this.more} more skipped` }]
      : this.items;
  }
}
