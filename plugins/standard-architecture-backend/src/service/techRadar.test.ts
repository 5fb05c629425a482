import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  DEFAULT_TECH_RADAR_QUADRANTS,
  TechRadarResponseJson,
  VERDICT_RING,
} from '@k8s-standard/plugin-standard-architecture-common';
import request from 'supertest';
import { standardArchitecturePlugin } from '../plugin';
import { INGESTION_TASK_ID } from './router';

const API = '/api/standard-architecture';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

/** The plugin on a real SQLite database; ingestion runs when the test says. */
async function start(config: object = {}) {
  const scheduler = mockServices.scheduler.mock();
  const { server } = await startTestBackend({
    features: [
      standardArchitecturePlugin,
      catalogServiceMock.factory({ entities: [] }),
      scheduler.factory,
      mockServices.database.factory({
        knex: await databases.init('SQLITE_3'),
      }),
      mockServices.rootConfig.factory({
        data: { standardArchitecture: config },
      }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
    ],
  });
  const ingest = async () => {
    const call = scheduler.scheduleTask.mock.calls.find(
      ([task]) => task.id === INGESTION_TASK_ID,
    );
    await call![0].fn(new AbortController().signal);
  };
  const get = (path: string) =>
    request(server)
      .get(`${API}${path}`)
      .set('Authorization', mockCredentials.user.header());
  return { server, ingest, get };
}

const entry = (body: TechRadarResponseJson, id: string) =>
  body.entries.find(e => e.id === id);

describe('GET /tech-radar', () => {
  let backend: Awaited<ReturnType<typeof start>>;

  beforeAll(async () => {
    backend = await start();
  });

  it('answers 503 before the standard is ingested', async () => {
    const res = await backend.get('/tech-radar');
    expect(res.status).toBe(503);
  });

  describe('after ingestion', () => {
    beforeAll(() => backend.ingest());

    it('answers 401 without credentials', async () => {
      const res = await request(backend.server).get(`${API}/tech-radar`);
      expect(res.status).toBe(401);
    });

    it('shows the latest edition by default, each tool in the ring of its verdict', async () => {
      const [radar, edition] = await Promise.all([
        backend.get('/tech-radar'),
        backend.get('/editions/2026'),
      ]);
      expect(radar.status).toBe(200);
      const body: TechRadarResponseJson = radar.body;
      expect(body.quadrants).toEqual(DEFAULT_TECH_RADAR_QUADRANTS);
      expect(body.rings.map(r => r.id)).toEqual([
        'adopt',
        'trial',
        'assess',
        'hold',
      ]);
      expect(body.entries.map(e => e.id)).toEqual(
        edition.body.tools.map((t: { id: string }) => t.id),
      );
      // The same verdicts the diagram shows for the edition.
      for (const e of body.entries) {
        const verdict = edition.body.verdicts[e.id].verdict;
        expect([e.id, e.timeline[0].ringId]).toEqual([
          e.id,
          VERDICT_RING[verdict as keyof typeof VERDICT_RING],
        ]);
      }
      expect(entry(body, 'argo-cd')).toMatchObject({
        title: 'Argo CD',
        quadrant: 'delivery',
        url: '/catalog/default/component/argo-cd',
      });
      // Newest first, one snapshot per edition: 2026 back to 2022.
      expect(
        entry(body, 'argo-cd')!.timeline.map(s => [s.date, s.ringId]),
      ).toEqual([
        ['2025-12-18T12:00:00.000Z', 'adopt'],
        ['2024-12-20T12:00:00.000Z', 'adopt'],
        ['2023-12-29T12:00:00.000Z', 'adopt'],
        ['2022-11-21T12:00:00.000Z', 'adopt'],
        ['2022-01-13T12:00:00.000Z', 'adopt'],
      ]);
      expect(entry(body, 'jaeger')!.timeline.map(s => s.ringId)).toEqual([
        'hold',
        'adopt',
        'adopt',
      ]);
      expect(entry(body, 'jaeger')!.timeline[0].moved).toBe(-1);
    });

    it('shows an earlier edition with only its tools and history', async () => {
      const res = await backend.get('/tech-radar?edition=2024');
      expect(res.status).toBe(200);
      const body: TechRadarResponseJson = res.body;
      expect(entry(body, 'tempo')).toBeUndefined();
      expect(entry(body, 'jaeger')!.timeline).toEqual([
        expect.objectContaining({ date: '2023-12-29T12:00:00.000Z' }),
      ]);
    });

    it('answers 304 to a repeated request with its ETag', async () => {
      const first = await backend.get('/tech-radar?edition=2025');
      const again = await backend
        .get('/tech-radar?edition=2025')
        .set('If-None-Match', first.headers.etag);
      expect(again.status).toBe(304);
    });

    it('rejects an edition that is not a year with 400 naming the parameter', async () => {
      const res = await backend.get('/tech-radar?edition=20x6');
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        name: 'InputError',
        message: 'edition must be a four-digit year, got "20x6"',
      });
    });

    it('answers 404 for an edition the standard does not have', async () => {
      const res = await backend.get('/tech-radar?edition=2019');
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(
        'edition: no edition 2019; known: 2022, 2023, 2024, 2025, 2026',
      );
    });
  });
});

describe('standardArchitecture.techRadar', () => {
  const quadrants = [
    { id: 'build', name: 'Build' },
    { id: 'run', name: 'Run' },
    { id: 'watch', name: 'Watch' },
    { id: 'other', name: 'Everything else' },
  ];

  it('groups the layers into the configured quadrants; unmapped ones go to the first', async () => {
    const backend = await start({
      entityNamespace: 'standard',
      techRadar: {
        quadrants,
        layerQuadrants: {
          delivery: 'build',
          runtime: 'run',
          observability: 'watch',
          networking: 'other',
        },
      },
    });
    await backend.ingest();
    const res = await backend.get('/tech-radar');
    const body: TechRadarResponseJson = res.body;
    expect(body.quadrants).toEqual(quadrants);
    expect(
      ['argo-cd', 'containerd', 'tempo', 'cilium', 'vault'].map(
        id => entry(body, id)!.quadrant,
      ),
    ).toEqual(['build', 'run', 'watch', 'other', 'build']);
    expect(entry(body, 'argo-cd')!.url).toBe(
      '/catalog/standard/component/argo-cd',
    );
  });

  it('stops the start naming the layer mapped to an unknown quadrant', async () => {
    await expect(
      start({ techRadar: { layerQuadrants: { runtime: 'compute' } } }),
    ).rejects.toThrow(
      'standardArchitecture.techRadar.layerQuadrants.runtime: layer "runtime" is mapped to unknown quadrant "compute"',
    );
  });

  it('stops the start unless there are exactly four quadrants', async () => {
    await expect(
      start({
        techRadar: { quadrants: quadrants.slice(0, 3), layerQuadrants: {} },
      }),
    ).rejects.toThrow(
      'standardArchitecture.techRadar.quadrants: the radar has exactly 4 quadrants, got 3',
    );
    await expect(
      start({ techRadar: { quadrants: [{ id: 'a' }] } }),
    ).rejects.toThrow(/standardArchitecture\.techRadar: .*name/);
  });
});
