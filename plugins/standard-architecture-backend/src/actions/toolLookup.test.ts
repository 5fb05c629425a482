import { promises as fs } from 'fs';
import {
  latestToolRecords,
  loadStandard,
  Standard,
} from '@k8s-standard/plugin-standard-architecture-common';
import { bundledEditionFiles } from '@k8s-standard/plugin-standard-architecture-node';
import { createToolLookup } from './toolLookup';

async function bundledStandard(): Promise<Standard> {
  const files = await bundledEditionFiles();
  const result = loadStandard({
    editions: await Promise.all(
      files.map(async source => ({
        source,
        content: await fs.readFile(source, 'utf8'),
      })),
    ),
  });
  if (!result.ok) throw new Error('the bundled standard does not load');
  return result.value;
}

/** Just the fields the lookup reads. */
const fakeStandard = (
  tools: Array<{ id: string; name: string; nameKo: string; github?: string }>,
) => ({ editions: [{ year: 2026, tools }] } as unknown as Standard);

describe('createToolLookup', () => {
  it('finds every bundled tool by id, name and Korean name, whatever the case', async () => {
    const standard = await bundledStandard();
    const records = latestToolRecords(standard);
    const lookup = createToolLookup(
      standard,
      records.map(r => r.tool.id),
    );
    for (const { tool } of records) {
      for (const text of [
        tool.id,
        tool.id.toUpperCase(),
        tool.name,
        tool.name.toLowerCase(),
        tool.nameKo,
      ]) {
        expect([text, lookup(text)]).toEqual([
          text,
          { toolId: tool.id, candidates: [] },
        ]);
      }
    }
  });

  it('ignores spaces and punctuation, and matches the GitHub repository name', () => {
    const lookup = createToolLookup(
      fakeStandard([
        {
          id: 'argo-cd',
          name: 'Argo CD',
          nameKo: '아르고 CD',
          github: 'argoproj/argo-cd',
        },
        {
          id: 'jaeger',
          name: 'Jaeger',
          nameKo: '예거',
          github: 'jaegertracing/jaeger',
        },
        {
          id: 'eg',
          name: 'Envoy Gateway',
          nameKo: '엔보이 게이트웨이',
          github: 'envoyproxy/gateway',
        },
      ]),
      ['argo-cd', 'jaeger', 'eg'],
    );
    expect(lookup('argocd').toolId).toBe('argo-cd');
    expect(lookup(' Argo_CD ').toolId).toBe('argo-cd');
    expect(lookup('argo.cd').toolId).toBe('argo-cd');
    expect(lookup('아르고CD').toolId).toBe('argo-cd');
    expect(lookup('Gateway').toolId).toBe('eg');
    // The repository's name, not its owner.
    expect(lookup('jaegertracing')).toEqual({ candidates: [] });
    expect(lookup('zipkin')).toEqual({ candidates: [] });
  });

  it('reports a name that fits several tools as ambiguous, unless it is an id', () => {
    const lookup = createToolLookup(
      fakeStandard([
        { id: 'flux', name: 'Flux CD', nameKo: '플럭스' },
        { id: 'fluxcd', name: 'Flux', nameKo: '플럭스 CD' },
      ]),
      ['flux', 'fluxcd'],
    );
    expect(lookup('Flux CD')).toEqual({ candidates: ['flux', 'fluxcd'] });
    expect(lookup('FLUXCD')).toEqual({ toolId: 'fluxcd', candidates: [] });
  });

  it('only matches the tools it is told the judged edition knows', () => {
    const lookup = createToolLookup(
      fakeStandard([{ id: 'jaeger', name: 'Jaeger', nameKo: '예거' }]),
      [],
    );
    expect(lookup('jaeger')).toEqual({ candidates: [] });
    expect(lookup('Jaeger')).toEqual({ candidates: [] });
  });
});
