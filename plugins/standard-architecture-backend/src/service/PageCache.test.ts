import { PageCache } from './PageCache';

describe('PageCache', () => {
  it('computes once per key, also for concurrent requests', async () => {
    const cache = new PageCache();
    const compute = jest.fn(async () => 42);
    const answers = await Promise.all([
      cache.get('a', compute),
      cache.get('a', compute),
    ]);
    expect(answers).toEqual([42, 42]);
    await cache.get('a', compute);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('never keeps an answer without a key', async () => {
    const cache = new PageCache();
    const compute = jest.fn(async () => 1);
    await cache.get(undefined, compute);
    await cache.get(undefined, compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('forgets failures, so the next request retries', async () => {
    const cache = new PageCache();
    await expect(
      cache.get('a', async () => {
        throw new Error('database gone');
      }),
    ).rejects.toThrow('database gone');
    await expect(cache.get('a', async () => 'back')).resolves.toBe('back');
  });

  it('drops the oldest entry past its bound', async () => {
    const cache = new PageCache(2);
    const compute = jest.fn(async () => 'x');
    await cache.get('a', compute);
    await cache.get('b', compute);
    await cache.get('c', compute);
    await cache.get('b', compute);
    await cache.get('a', compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
