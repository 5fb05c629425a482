import { ResponseError } from '@backstage/errors';
import { TechRadarLoaderResponseParser } from '@backstage-community/plugin-tech-radar-common';
import {
  Edition,
  Standard,
  techRadar,
  Tool,
} from '@k8s-standard/plugin-standard-architecture-common';
import { StandardArchitectureTechRadarClient } from './StandardArchitectureTechRadarClient';

const BASE = 'http://localhost:7007/api/standard-architecture';

const text = (en: string) => ({ en, ko: en });
const tool = (id: string, name: string, extra: Partial<Tool> = {}): Tool => ({
  id,
  name,
  nameKo: name,
  category: id === 'argo-cd' ? 'gitops' : 'tracing',
  license: 'Apache-2.0',
  status: 'kept',
  summary: text(`${name} in short`),
  sources: { status: { section: 's' }, license: { section: 's' } },
  ...extra,
});
const editionOf = (
  year: number,
  published: string,
  tools: Tool[],
): Edition => ({
  year,
  title: text(`Edition ${year}`),
  source: `https://example.com/${year}`,
  published,
  sections: ['s'],
  summary: text('s'),
  layers: [
    { id: 'delivery', categories: [{ id: 'gitops', name: text('GitOps') }] },
    {
      id: 'observability',
      categories: [{ id: 'tracing', name: text('Tracing') }],
    },
  ],
  tools,
});

/** Two editions: Jaeger kept, then removed in favour of Tempo. */
const standard: Standard = {
  editions: [
    editionOf(2025, '2024-12-20', [
      tool('argo-cd', 'Argo CD', { github: 'argoproj/argo-cd' }),
      tool('jaeger', 'Jaeger'),
    ]),
    editionOf(2026, '2025-12-18', [
      tool('argo-cd', 'Argo CD', { github: 'argoproj/argo-cd' }),
      tool('tempo', 'Tempo', { status: 'added', statusReason: text('New') }),
      tool('jaeger', 'Jaeger', {
        status: 'removed',
        statusReason: text('Replaced by Tempo'),
      }),
    ]),
  ],
};

/** The backend's body: the common function's radar as JSON text. */
const served = (edition?: number) =>
  JSON.stringify(techRadar(standard, { today: '2026-06-01', edition }));

/** A client whose fetch answers like the backend, unless told otherwise. */
function client(respond?: (url: string) => Response) {
  const fetch = jest.fn(async (url: string) => {
    if (respond) return respond(url);
    const edition = new URL(url).searchParams.get('edition');
    return new Response(served(edition ? Number(edition) : undefined), {
      headers: { 'Content-Type': 'application/json' },
    });
  });
  const api = new StandardArchitectureTechRadarClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: { fetch } as any,
  });
  return { api, fetch };
}

describe('StandardArchitectureTechRadarClient', () => {
  it('loads the current edition, with the timeline dates as Dates the radar can format', async () => {
    const { api, fetch } = client();
    const radar = await api.load(undefined);
    expect(fetch).toHaveBeenCalledWith(`${BASE}/tech-radar`);
    // What the community radar's own parser makes of the same JSON.
    expect(radar).toEqual(
      TechRadarLoaderResponseParser.parse(JSON.parse(served())),
    );
    for (const entry of radar.entries) {
      for (const snapshot of entry.timeline) {
        expect(snapshot.date).toBeInstanceOf(Date);
        expect(Number.isNaN(snapshot.date.getTime())).toBe(false);
      }
    }
    const argo = radar.entries.find(e => e.id === 'argo-cd')!;
    expect(argo.timeline.map(t => t.ringId)).toEqual(['adopt', 'adopt']);
    expect(argo.timeline[0].date.toISOString().slice(0, 10)).toBe('2025-12-18');
    expect(radar.entries.find(e => e.id === 'jaeger')!.timeline[0].ringId).toBe(
      'hold',
    );
  });

  it('asks for the edition when the radar id is a year, and the current one otherwise', async () => {
    const { api, fetch } = client();
    const radar = await api.load('2025');
    await api.load('company-radar');
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      `${BASE}/tech-radar?edition=2025`,
      `${BASE}/tech-radar`,
    ]);
    // 2025: before Tempo, with Jaeger still adopted.
    expect(radar.entries.map(e => [e.id, e.timeline[0].ringId])).toEqual([
      ['argo-cd', 'adopt'],
      ['jaeger', 'adopt'],
    ]);
  });

  it('throws a ResponseError carrying the server’s error', async () => {
    const { api } = client(() =>
      Response.json(
        {
          error: { name: 'NotFoundError', message: 'edition: no edition 2019' },
          response: { statusCode: 404 },
        },
        { status: 404 },
      ),
    );
    const failure = api.load('2019');
    await expect(failure).rejects.toBeInstanceOf(ResponseError);
    await expect(failure).rejects.toMatchObject({
      body: { error: { message: 'edition: no edition 2019' } },
    });
  });
});
