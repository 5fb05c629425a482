import { mockCredentials } from '@backstage/backend-test-utils';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DependencyQueries } from './dependencyQueries';

const service = {
  kind: 'Component',
  metadata: {
    namespace: 'default',
    name: 'payments-api',
    title: 'Payments API',
  },
  relations: [
    { type: 'dependsOn', targetRef: 'component:default/ingress-nginx' },
    { type: 'dependsOn', targetRef: 'resource:default/db' },
    { type: 'ownedBy', targetRef: 'group:default/team-a' },
  ],
};

function catalogFailingOnce(message: string) {
  const getEntities = jest
    .fn()
    .mockRejectedValueOnce(new Error(message))
    .mockResolvedValue({ items: [service] });
  return { catalog: { getEntities } as unknown as CatalogService, getEntities };
}

describe('DependencyQueries', () => {
  const credentials = mockCredentials.user();

  it('asks for dependents of all tools in one relation query, without annotations', async () => {
    const { catalog, getEntities } = catalogFailingOnce('unused');
    getEntities.mockReset().mockResolvedValue({ items: [service] });
    const [dependent] = await new DependencyQueries(catalog).dependentsOf(
      ['ingress-nginx', 'lens'],
      credentials,
    );
    expect(getEntities).toHaveBeenCalledTimes(1);
    const [request] = getEntities.mock.calls[0];
    expect(request.filter).toEqual({
      'relations.dependsOn': [
        'component:default/ingress-nginx',
        'component:default/lens',
      ],
    });
    expect(request.fields).not.toContain('metadata.annotations');
    expect(dependent).toEqual({
      entityRef: 'component:default/payments-api',
      title: 'Payments API',
      owner: 'group:default/team-a',
      toolIds: ['ingress-nginx'],
      baseImages: [],
    });
  });

  it('retries a read once when the connection was reset', async () => {
    const { catalog, getEntities } = catalogFailingOnce(
      'request failed, reason: read ECONNRESET',
    );
    const [dependent] = await new DependencyQueries(catalog).dependentsOf(
      ['ingress-nginx'],
      credentials,
    );
    expect(dependent.entityRef).toBe('component:default/payments-api');
    expect(getEntities).toHaveBeenCalledTimes(2);
  });

  it('does not retry other failures', async () => {
    const { catalog, getEntities } = catalogFailingOnce('403 Forbidden');
    await expect(
      new DependencyQueries(catalog).dependentsOf(
        ['ingress-nginx'],
        credentials,
      ),
    ).rejects.toThrow('403 Forbidden');
    expect(getEntities).toHaveBeenCalledTimes(1);
  });

  it('reads the group and what it owns, without annotations for the rollup', async () => {
    const group = {
      kind: 'Group',
      metadata: { namespace: 'default', name: 'team-a' },
      relations: [],
    };
    const catalog = {
      getEntities: jest.fn().mockResolvedValue({ items: [service] }),
      getEntityByRef: jest.fn().mockResolvedValue(group),
    };
    const result = await new DependencyQueries(
      catalog as unknown as CatalogService,
    ).groupWithOwned('group:default/team-a', credentials);
    const [request] = catalog.getEntities.mock.calls[0];
    expect(request.filter).toEqual({
      'relations.ownedBy': 'group:default/team-a',
    });
    expect(request.fields).not.toContain('metadata.annotations');
    expect(result.group?.entityRef).toBe('group:default/team-a');
    expect(result.owned.map(e => e.entityRef)).toEqual([
      'component:default/payments-api',
    ]);
  });
});
