import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { Entity } from '@backstage/catalog-model';
import { ANNOTATIONS } from '@k8s-standard/plugin-standard-architecture-common';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import request from 'supertest';
import { catalogModuleStandardArchitecture } from '@k8s-standard/plugin-catalog-backend-module-standard-architecture';
import { standardArchitecturePlugin } from '../plugin';
import { postgresTestDatabaseIds } from '../__testUtils__/postgresTestDatabaseIds';
import { untilPoolQuiet } from '../__testUtils__/untilPoolQuiet';

// PostgreSQL joins when the test script exports its connection string; the
// script sets STANDARD_ARCHITECTURE_REQUIRE_POSTGRES so it cannot be skipped.
const postgresIds = postgresTestDatabaseIds();
const databases = TestDatabases.create({
  ids: ['SQLITE_3', ...postgresIds],
  disableDocker: true,
});

jest.setTimeout(120_000);

const config = {
  backend: { baseUrl: 'http://localhost:7007' },
  standardArchitecture: {
    schedule: {
      frequency: { minutes: 30 },
      timeout: { minutes: 2 },
      initialDelay: { seconds: 0 },
    },
    catalogSchedule: {
      frequency: { seconds: 2 },
      timeout: { minutes: 2 },
      initialDelay: { seconds: 0 },
    },
  },
};

async function waitForTools(server: any): Promise<Entity[]> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const response = await request(server)
      .get('/api/catalog/entities/by-query')
      .query({ filter: 'kind=component,spec.type=tool', limit: 500 })
      .set('Authorization', mockCredentials.service.header());
    const items: Entity[] = response.body.items ?? [];
    if (items.length >= 48) return items;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  throw new Error('the catalog never listed the standard tools');
}

describe('catalog integration', () => {
  const requirePostgres = Boolean(
    process.env.STANDARD_ARCHITECTURE_REQUIRE_POSTGRES,
  );
  it('has PostgreSQL when the test script requires it', () => {
    const hasPostgres =
      postgresIds.length === 1 && databases.supports(postgresIds[0]);
    expect(hasPostgres || !requirePostgres).toBe(true);
  });

  it.each(databases.eachSupportedId())(
    'ingests the standard into a real catalog on %s',
    async (databaseId: TestDatabaseId) => {
      const knex = await databases.init(databaseId);
      const backend = await startTestBackend({
        features: [
          catalogPlugin,
          standardArchitecturePlugin,
          catalogModuleStandardArchitecture,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({ data: config }),
          schedulerServiceFactory,
          mockServices.rootLogger.factory({ level: 'warn' }),
        ],
      });
      try {
        const tools = await waitForTools(backend.server);
        const byName = new Map(tools.map(e => [e.metadata.name, e]));

        const nginx = byName.get('ingress-nginx')!;
        expect(nginx.metadata.annotations?.[ANNOTATIONS.status]).toBe(
          'caution',
        );
        expect(nginx.metadata.annotations?.[ANNOTATIONS.successor]).toBe(
          'Gateway API',
        );

        const lens = byName.get('lens')!;
        expect(lens.spec?.lifecycle).toBe('deprecated');
        expect(lens.metadata.annotations?.[ANNOTATIONS.replacedBy]).toBe(
          'component:default/headlamp',
        );
        expect(lens.relations).toEqual(
          expect.arrayContaining([
            { type: 'replacedBy', targetRef: 'component:default/headlamp' },
            { type: 'ownedBy', targetRef: 'group:default/platform-team' },
          ]),
        );

        const headlamp = byName.get('headlamp')!;
        expect(headlamp.spec?.lifecycle).toBe('production');
        expect(headlamp.relations).toEqual(
          expect.arrayContaining([
            { type: 'replaces', targetRef: 'component:default/lens' },
            {
              type: 'partOf',
              targetRef: 'system:default/k8s-standard-operations',
            },
          ]),
        );

        const systems = await request(backend.server)
          .get('/api/catalog/entities/by-query')
          .query({ filter: 'kind=system' })
          .set('Authorization', mockCredentials.service.header());
        expect(
          systems.body.items.map((e: Entity) => e.metadata.name),
        ).toContain('k8s-standard-networking');
      } finally {
        await backend.stop();
        await untilPoolQuiet(knex);
      }
    },
  );
});
