import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createPublishLocalAction } from './publishLocalAction';

const CATALOG_INFO = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: my-service
spec:
  type: service
  lifecycle: experimental
  owner: group:default/team-a
`;

describe('standard-architecture:publish-local', () => {
  const workspace = createMockDirectory();
  const published = createMockDirectory();
  const directory = published.resolve('services');
  const action = createPublishLocalAction({ directory });

  beforeEach(() => {
    published.clear();
    workspace.setContent({
      'catalog-info.yaml': CATALOG_INFO,
      'src/index.js': 'console.log("hello");\n',
    });
  });

  function context(isDryRun = false) {
    const logger = mockServices.logger.mock();
    // createMockActionContext does not pass isDryRun through.
    const ctx = {
      ...createMockActionContext({
        input: { name: 'my-service' },
        workspacePath: workspace.path,
        logger,
      }),
      isDryRun,
    };
    return { ctx, logger };
  }

  it('declares dry-run support', () => {
    expect(action.id).toBe('standard-architecture:publish-local');
    expect(action.supportsDryRun).toBe(true);
  });

  it('copies the workspace to <directory>/<name> and outputs its catalog-info.yaml', async () => {
    const { ctx } = context();
    await expect(action.handler(ctx)).resolves.toBeUndefined();

    expect(published.content({ path: 'services' })).toEqual({
      'my-service': {
        'catalog-info.yaml': CATALOG_INFO,
        src: { 'index.js': 'console.log("hello");\n' },
      },
    });
    expect(ctx.output).toHaveBeenCalledWith(
      'path',
      published.resolve('services/my-service'),
    );
    expect(ctx.output).toHaveBeenCalledWith('catalogInfo', CATALOG_INFO);
  });

  it('overwrites an earlier publication of the same name', async () => {
    published.setContent({ 'services/my-service/catalog-info.yaml': 'old' });
    await action.handler(context().ctx);
    expect(
      published.content({ path: 'services/my-service' })?.['catalog-info.yaml'],
    ).toBe(CATALOG_INFO);
  });

  it('writes nothing in a dry run but still outputs the path and catalog-info.yaml', async () => {
    const { ctx, logger } = context(true);
    await expect(action.handler(ctx)).resolves.toBeUndefined();

    expect(published.content()).toEqual({});
    expect(ctx.output).toHaveBeenCalledWith(
      'path',
      published.resolve('services/my-service'),
    );
    expect(ctx.output).toHaveBeenCalledWith('catalogInfo', CATALOG_INFO);
    expect(logger.info).toHaveBeenCalledWith(
      `Dry run: would write ${published.resolve('services/my-service')}`,
    );
  });

  it('fails clearly when the workspace has no catalog-info.yaml, writing nothing', async () => {
    workspace.setContent({ 'src/index.js': 'console.log("hello");\n' });
    const { ctx } = context();
    await expect(action.handler(ctx)).rejects.toThrow(
      'The workspace has no catalog-info.yaml to publish',
    );
    expect(published.content()).toEqual({});
    expect(ctx.output).not.toHaveBeenCalled();
  });
});
