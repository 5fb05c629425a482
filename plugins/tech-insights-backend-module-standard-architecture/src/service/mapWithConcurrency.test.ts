import { mapWithConcurrency } from './mapWithConcurrency';

const tick = () => new Promise(r => setTimeout(r, 5));

describe('mapWithConcurrency', () => {
  it('keeps the order with at most `limit` calls in flight', async () => {
    let inFlight = 0;
    let max = 0;
    const result = await mapWithConcurrency([5, 1, 4, 2, 3, 6], 3, async n => {
      inFlight++;
      max = Math.max(max, inFlight);
      await new Promise(r => setTimeout(r, n * 3));
      inFlight--;
      return n * 10;
    });
    expect(result).toEqual([50, 10, 40, 20, 30, 60]);
    expect(max).toBe(3);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    await expect(
      mapWithConcurrency([1, 2, 3, 4, 5], 2, async n => {
        started.push(n);
        await tick();
        if (n === 2) throw new Error('two failed');
        return n;
      }),
    ).rejects.toThrow('two failed');
    await tick();
    await tick();
    // 1 and 2 ran together; 1 finishing first let 3 start; nothing after 2 failed.
    expect(started).toEqual([1, 2, 3]);
  });

  it('handles nothing to do', async () => {
    await expect(mapWithConcurrency([], 5, async () => 1)).resolves.toEqual([]);
  });
});
