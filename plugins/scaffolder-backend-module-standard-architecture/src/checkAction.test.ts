import { mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { Standard } from '@k8s-standard/plugin-standard-architecture-common';
import { StandardLoader } from '@k8s-standard/plugin-standard-architecture-node';
import { createStandardCheckAction } from './checkAction';

let standard: Standard;

beforeAll(async () => {
  standard = await new StandardLoader(
    { sources: [], includeBundled: true, readTimeoutMs: 1000 },
    mockServices.urlReader.mock(),
  ).load();
});

const action = createStandardCheckAction({
  standard: async () => standard,
  today: () => '2026-11-23',
});

// Before Ingress NGINX's end of life (2026-03-31) it is under caution only.
const actionBeforeEndOfLife = createStandardCheckAction({
  standard: async () => standard,
  today: () => '2026-01-15',
});

/**
 * A context with a logger to assert on. `createMockActionContext` does not
 * pass `isDryRun` through, so it is set afterwards.
 */
function context(
  input: { tools: string[]; allowDeprecated?: boolean },
  isDryRun = false,
) {
  const logger = mockServices.logger.mock();
  const ctx = { ...createMockActionContext({ input, logger }), isDryRun };
  return {
    ctx,
    logger,
    outputs: () => Object.fromEntries((ctx.output as jest.Mock).mock.calls),
  };
}

describe.each([
  ['a real run', false],
  ['a dry run', true],
])('standard-architecture:check in %s', (_name, isDryRun) => {
  it('passes for current tools and outputs their refs for spec.dependsOn', async () => {
    const { ctx, outputs } = context(
      { tools: ['argo-cd', 'github-actions', 'prometheus', 'ingress-nginx'] },
      isDryRun,
    );
    await expect(actionBeforeEndOfLife.handler(ctx)).resolves.toBeUndefined();
    expect(outputs()).toEqual({
      dependsOn: [
        'component:default/argo-cd',
        'component:default/github-actions',
        'component:default/prometheus',
        'component:default/ingress-nginx',
      ],
      caution: ['ingress-nginx'],
      deprecated: [],
    });
  });

  it('warns about a tool under caution with its successor, without failing', async () => {
    const { ctx, logger } = context(
      { tools: ['argo-cd', 'ingress-nginx'] },
      isDryRun,
    );
    await actionBeforeEndOfLife.handler(ctx);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      'Caution: Ingress NGINX Controller (ingress-nginx) (deadline 2026-03) → move to Gateway API',
    );
  });

  it('fails on a caution tool once its end of life has passed, as every view shows it', async () => {
    const { ctx } = context({ tools: ['argo-cd', 'ingress-nginx'] }, isDryRun);
    await expect(action.handler(ctx)).rejects.toThrow(
      'Refused by the 2026 edition: Ingress NGINX Controller (ingress-nginx) is past its end of life (deadline 2026-03) → move to Gateway API',
    );
  });

  it('fails on deprecated tools, listing each with its replacement', async () => {
    const { ctx } = context({ tools: ['argo-cd', 'lens', 'jaeger'] }, isDryRun);
    await expect(action.handler(ctx)).rejects.toThrow(
      'Refused by the 2026 edition: Jaeger (jaeger) is removed (deadline 2026-12-18) → move to Tempo; Lens (lens) is removed (deadline 2026-12-18) → move to Headlamp',
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('passes deprecated tools with allowDeprecated, reporting them', async () => {
    const { ctx, outputs } = context(
      { tools: ['argo-cd', 'lens', 'jaeger'], allowDeprecated: true },
      isDryRun,
    );
    await expect(action.handler(ctx)).resolves.toBeUndefined();
    expect(outputs()).toMatchObject({
      dependsOn: [
        'component:default/argo-cd',
        'component:default/lens',
        'component:default/jaeger',
      ],
      deprecated: ['jaeger', 'lens'],
    });
  });

  it('rejects ids that are not tools of the standard, naming them', async () => {
    const { ctx } = context(
      { tools: ['argo-cd', 'not-a-tool', 'component:default/nope'] },
      isDryRun,
    );
    await expect(action.handler(ctx)).rejects.toThrow(
      'Not tools of the Kubernetes Standard Architecture: not-a-tool, nope',
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('accepts entity refs and outputs each tool once', async () => {
    const { ctx, outputs } = context(
      { tools: ['component:default/argo-cd', 'component:argo-cd', 'helm'] },
      isDryRun,
    );
    await action.handler(ctx);
    expect(outputs().dependsOn).toEqual([
      'component:default/argo-cd',
      'component:default/helm',
    ]);
  });
});

describe('standard-architecture:check', () => {
  it('declares dry-run support', () => {
    expect(action.id).toBe('standard-architecture:check');
    expect(action.supportsDryRun).toBe(true);
  });

  it('says in the log when it ran as a dry run', async () => {
    const { ctx, logger } = context({ tools: ['argo-cd'] }, true);
    await action.handler(ctx);
    expect(logger.info).toHaveBeenCalledWith(
      '1 tool(s) checked against the 2026 edition (dry run)',
    );
  });

  it('judges against the configured edition', async () => {
    const in2025 = createStandardCheckAction({
      standard: async () => standard,
      currentEdition: 2025,
      today: () => '2026-11-23',
    });
    const { ctx, outputs } = context({ tools: ['lens', 'jaeger'] });
    await expect(in2025.handler(ctx)).resolves.toBeUndefined();
    expect(outputs().deprecated).toEqual([]);
  });
});
