import { promises as fs } from 'fs';
import { join, resolve } from 'path';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';

/**
 * `standard-architecture:publish-local`: copies the workspace to
 * `<directory>/<name>` and returns its catalog-info.yaml, for portals without
 * a git host (like this demo). In dry-run it writes nothing.
 * @public
 */
export function createPublishLocalAction(options: { directory: string }) {
  return createTemplateAction({
    id: 'standard-architecture:publish-local',
    description: 'Publishes the generated service to a local directory',
    supportsDryRun: true,
    schema: {
      input: {
        name: z =>
          z
            .string()
            .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case name'),
      },
      output: {
        path: z => z.string().describe('Where the service was written'),
        catalogInfo: z =>
          z.string().describe('The generated catalog-info.yaml'),
      },
    },
    async handler(ctx) {
      const catalogInfoPath = join(ctx.workspacePath, 'catalog-info.yaml');
      const catalogInfo = await fs
        .readFile(catalogInfoPath, 'utf8')
        .catch(() => {
          throw new InputError(
            'The workspace has no catalog-info.yaml to publish',
          );
        });
      const target = resolve(options.directory, ctx.input.name);
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would write ${target}`);
      } else {
        await fs.mkdir(options.directory, { recursive: true });
        // Replace, not merge: files the new render dropped must not linger.
        await fs.rm(target, { recursive: true, force: true });
        await fs.cp(ctx.workspacePath, target, { recursive: true });
        ctx.logger.info(`Wrote ${target}`);
      }
      ctx.output('path', target);
      ctx.output('catalogInfo', catalogInfo);
    },
  });
}
