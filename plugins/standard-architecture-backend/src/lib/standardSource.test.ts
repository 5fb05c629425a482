import { Standard } from '@internal/plugin-standard-architecture-common';
import { createStandardSource } from './standardSource';
import { StandardStore } from './standardStore';

const standard = (year: number) =>
  ({ editions: [{ year }] } as unknown as Standard);

describe('createStandardSource', () => {
  it('prefers what ingestion published in this process', async () => {
    const store = new StandardStore();
    const load = jest.fn(async () => standard(1));
    store.set(standard(2));
    await expect(createStandardSource(store, load)()).resolves.toEqual(
      standard(2),
    );
    expect(load).not.toHaveBeenCalled();
  });

  it('loads once, then reloads when the copy is older than maxAgeMs', async () => {
    let clock = 0;
    const load = jest.fn(async () => standard(clock));
    const source = createStandardSource(new StandardStore(), load, {
      maxAgeMs: 100,
      now: () => clock,
    });
    await source();
    clock = 50;
    await expect(source()).resolves.toEqual(standard(0));
    clock = 200;
    await expect(source()).resolves.toEqual(standard(200));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('answers 503 naming the cause when loading fails, and retries next time', async () => {
    const load = jest
      .fn()
      .mockRejectedValueOnce(new Error('2026.yaml:tools[0].license: bad'))
      .mockResolvedValueOnce(standard(3));
    const source = createStandardSource(new StandardStore(), load);
    await expect(source()).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message:
        "The standard's data could not be loaded: 2026.yaml:tools[0].license: bad",
    });
    await expect(source()).resolves.toEqual(standard(3));
  });
});
