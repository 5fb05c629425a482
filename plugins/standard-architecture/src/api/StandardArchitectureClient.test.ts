import { ResponseError } from '@backstage/errors';
import { StandardArchitectureClient } from './StandardArchitectureClient';

const BASE = 'http://localhost:7007/api/standard-architecture';

function client(response: () => Response = () => Response.json({})) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) =>
    response(),
  );
  const api = new StandardArchitectureClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: { fetch } as any,
  });
  return { api, fetch };
}

/** The path and query of the n-th request, and its method. */
const requested = (fetch: jest.Mock, n = 0) => {
  const [url, init] = fetch.mock.calls[n];
  return {
    path: String(url).slice(BASE.length),
    method: init?.method ?? 'GET',
  };
};

describe('StandardArchitectureClient', () => {
  it('asks for one page of a tool’s dependents with only the filters given', async () => {
    const { api, fetch } = client();
    await api.getToolDependents('ingress-nginx');
    await api.getToolDependents('ingress-nginx', {
      owner: 'group:default/team-a',
      source: 'detected',
      limit: 20,
      cursor: 'eyJvIjoyMH0',
    });
    expect(requested(fetch, 0).path).toBe('/tools/ingress-nginx/dependents');
    expect(requested(fetch, 1).path).toBe(
      '/tools/ingress-nginx/dependents?owner=group%3Adefault%2Fteam-a&source=detected&limit=20&cursor=eyJvIjoyMH0',
    );
  });

  it('asks for a group report by namespace and name, with child groups and paging', async () => {
    const { api, fetch } = client();
    await api.getGroupReport('group:platform/team-a', {
      includeChildGroups: true,
      limit: 25,
      cursor: 'next',
    });
    await api.getGroupReport('team-b', { includeChildGroups: false });
    expect(requested(fetch, 0).path).toBe(
      '/groups/platform/team-a/report?includeChildGroups=true&limit=25&cursor=next',
    );
    expect(requested(fetch, 1).path).toBe(
      '/groups/default/team-b/report?includeChildGroups=false',
    );
  });

  it('reads the status and starts a refresh, forced only when asked', async () => {
    const accepted = { task: 'ingestion', state: 'triggered', force: false };
    const { api, fetch } = client(() =>
      Response.json(accepted, { status: 202 }),
    );
    await api.getStatus();
    await expect(api.refresh()).resolves.toEqual(accepted);
    await api.refresh({ force: true });
    expect(requested(fetch, 0)).toEqual({ path: '/status', method: 'GET' });
    expect(requested(fetch, 1)).toEqual({ path: '/refresh', method: 'POST' });
    expect(requested(fetch, 2)).toEqual({
      path: '/refresh?force=true',
      method: 'POST',
    });
  });

  it('throws a ResponseError carrying the server’s error', async () => {
    const { api } = client(() =>
      Response.json(
        {
          error: {
            name: 'InputError',
            message: 'cursor is not one this API returned',
          },
          response: { statusCode: 400 },
        },
        { status: 400 },
      ),
    );
    const failure = api.getToolDependents('lens', { cursor: 'stale' });
    await expect(failure).rejects.toBeInstanceOf(ResponseError);
    await expect(failure).rejects.toMatchObject({
      statusCode: 400,
      cause: { message: 'cursor is not one this API returned' },
    });
  });
});
