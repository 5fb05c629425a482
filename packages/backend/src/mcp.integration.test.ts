import { randomBytes } from 'crypto';
import { resolve as resolvePath } from 'path';
import { authServiceFactory } from '@backstage/backend-defaults/auth';
import {
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ConfigSources, FileConfigSource } from '@backstage/config-loader';
import standardArchitecturePlugin from '@k8s-standard/plugin-standard-architecture-backend';
import { catalogModuleStandardArchitecture } from '@k8s-standard/plugin-catalog-backend-module-standard-architecture';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

/**
 * An AI assistant's view of the portal: a real MCP client talks to
 * mcp-actions-backend over HTTP with the static token of app-config.yaml,
 * and gets the same verdicts as the REST API.
 */

jest.setTimeout(120_000);

const TOKEN = randomBytes(24).toString('hex');
const OUR_TOOLS = [
  'get-edition',
  'diff-editions',
  'get-recommendations',
  'check-stack',
  'list-dependents',
].map(name => `standard-architecture.${name}`);

/** The MCP settings of the demo's app-config.yaml, with MCP_TOKEN set. */
async function demoMcpConfig() {
  const config = await ConfigSources.toConfig(
    FileConfigSource.create({
      path: resolvePath(__dirname, '../../../app-config.yaml'),
      watch: false,
      substitutionFunc: async name =>
        name === 'MCP_TOKEN' ? TOKEN : undefined,
    }),
  );
  try {
    return {
      backend: {
        actions: config.get('backend.actions'),
        auth: config.get('backend.auth'),
      },
      mcpActions: config.get('mcpActions'),
    };
  } finally {
    config.close();
  }
}

describe('AI assistants through MCP', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let baseUrl: string;
  const clients: Client[] = [];

  const restGet = (path: string) =>
    fetch(`${baseUrl}/api/standard-architecture${path}`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });

  const connect = async (headers: Record<string, string>) => {
    const client = new Client({ name: 'integration-test', version: '1.0.0' });
    clients.push(client);
    await client.connect(
      new StreamableHTTPClientTransport(
        new URL(`${baseUrl}/api/mcp-actions/v1`),
        { requestInit: { headers } },
      ),
    );
    return client;
  };

  beforeAll(async () => {
    const mcp = await demoMcpConfig();
    backend = await startTestBackend({
      features: [
        mcpActionsPlugin,
        catalogPlugin,
        standardArchitecturePlugin,
        catalogModuleStandardArchitecture,
        // Real authentication, so the static token and its restrictions apply.
        authServiceFactory,
        httpAuthServiceFactory,
        actionsRegistryServiceFactory,
        actionsServiceFactory,
        databaseServiceFactory,
        schedulerServiceFactory,
        mockServices.rootLogger.factory({ level: 'warn' }),
        mockServices.rootConfig.factory({
          data: {
            ...mcp,
            backend: {
              ...mcp.backend,
              baseUrl: 'http://localhost:7007',
              database: { client: 'better-sqlite3', connection: ':memory:' },
            },
            standardArchitecture: {
              schedule: {
                frequency: { minutes: 30 },
                timeout: { minutes: 2 },
                initialDelay: { seconds: 0 },
              },
            },
          },
        }),
      ],
    });
    baseUrl = `http://localhost:${backend.server.port()}`;

    // Ingestion starts at once; /status names the standard once it is in.
    for (let attempt = 0; ; attempt++) {
      const status = await (await restGet('/status')).json();
      if (status.standard) break;
      if (attempt === 120) {
        throw new Error(`never ingested: ${JSON.stringify(status.problems)}`);
      }
      await new Promise(r => setTimeout(r, 250));
    }
  });

  afterAll(async () => {
    await Promise.all(clients.map(client => client.close()));
    await backend?.stop();
  });

  it("uses app-config.yaml's static token from MCP_TOKEN", async () => {
    const { backend: demo } = await demoMcpConfig();
    expect(demo).toMatchObject({
      actions: { pluginSources: ['standard-architecture'] },
      auth: {
        externalAccess: [
          { type: 'static', options: { token: TOKEN, subject: 'mcp-clients' } },
        ],
      },
    });
  });

  it('lists the five standard-architecture actions as MCP tools', async () => {
    const client = await connect({ Authorization: `Bearer ${TOKEN}` });
    const { tools } = await client.listTools();
    const ours = tools.filter(t => t.name.startsWith('standard-architecture.'));
    expect(ours.map(t => t.name).sort()).toEqual([...OUR_TOOLS].sort());
    for (const tool of ours) {
      expect(tool.annotations).toMatchObject({
        readOnlyHint: true,
        idempotentHint: true,
        destructiveHint: false,
      });
      expect(tool.inputSchema.type).toBe('object');
    }
    expect(
      ours.find(t => t.name === 'standard-architecture.check-stack')
        ?.inputSchema.properties,
    ).toHaveProperty('tools');
  });

  it('answers check-stack with the verdicts of the REST API', async () => {
    const client = await connect({ Authorization: `Bearer ${TOKEN}` });
    const result = await client.callTool({
      name: 'standard-architecture.check-stack',
      arguments: { tools: ['jaeger', 'ingress-nginx', 'argo-cd'] },
    });
    expect(result.isError).toBeFalsy();
    const output = result.structuredContent as {
      edition: number;
      tools: Array<{ tool: string; found: boolean; verdict: unknown }>;
    };

    const { current } = await (await restGet('/editions')).json();
    const edition = await restGet(`/editions/${current}`);
    expect(edition.status).toBe(200);
    const { verdicts } = await edition.json();

    expect(output.edition).toBe(current);
    expect(output.tools.map(t => [t.tool, t.found, t.verdict])).toEqual([
      ['jaeger', true, verdicts.jaeger],
      ['ingress-nginx', true, verdicts['ingress-nginx']],
      ['argo-cd', true, verdicts['argo-cd']],
    ]);
    expect(output.tools.map(t => (t.verdict as any).verdict)).toEqual([
      'removed',
      'end-of-life',
      'recommended',
    ]);
    // The text content carries the same answer for clients without structuredContent.
    expect(JSON.parse((result.content as any)[0].text)).toEqual(output);
  });

  it('reports an invalid call as a tool error naming the field', async () => {
    const client = await connect({ Authorization: `Bearer ${TOKEN}` });
    const result = await client.callTool({
      name: 'standard-architecture.check-stack',
      arguments: { tools: [] },
    });
    expect(result.isError).toBe(true);
    expect((result.content as any)[0].text).toBe(
      'InputError: tools must list at least one tool name or id',
    );
  });

  it('refuses MCP requests without a valid token', async () => {
    await expect(connect({})).rejects.toMatchObject({ code: 401 });
    await expect(
      connect({ Authorization: 'Bearer not-the-token' }),
    ).rejects.toMatchObject({ code: 401 });
    const res = await fetch(`${baseUrl}/api/mcp-actions/v1`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(res.status).toBe(401);
  });

  it('keeps the token to the plugins it is restricted to', async () => {
    const res = await fetch(`${baseUrl}/api/catalog/entities`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(403);
  });
});
