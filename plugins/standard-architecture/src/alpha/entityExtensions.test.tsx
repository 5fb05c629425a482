import { createExtensionTester } from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { standardArchitectureGroupCard } from './groupCard';
import { standardArchitectureServiceCard } from './serviceCard';
import { ENTITIES } from './testEntities';
import { standardToolEntityContent } from './toolContent';

/** The entity kinds (ENTITIES keys) an extension's filter function accepts. */
function acceptedBy(filter: ((entity: any) => boolean) | undefined) {
  expect(filter).toBeInstanceOf(Function);
  return Object.entries(ENTITIES)
    .filter(([, entity]) => filter!(entity))
    .map(([name]) => name);
}

describe('entity extensions of the new frontend system', () => {
  it('puts the service card on Components and Systems, never on the standard’s own tools', () => {
    const tester = createExtensionTester(standardArchitectureServiceCard);
    expect(
      acceptedBy(tester.get(EntityCardBlueprint.dataRefs.filterFunction)),
    ).toEqual(['service', 'website', 'system', 'handWrittenTool']);
  });

  it('puts the group card on Groups only', () => {
    const tester = createExtensionTester(standardArchitectureGroupCard);
    expect(
      acceptedBy(tester.get(EntityCardBlueprint.dataRefs.filterFunction)),
    ).toEqual(['group']);
  });

  it('gives tools, and only tools, a "Standard" tab at /standard', () => {
    const tester = createExtensionTester(standardToolEntityContent);
    expect(
      acceptedBy(tester.get(EntityContentBlueprint.dataRefs.filterFunction)),
    ).toEqual(['tool']);
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('Standard');
    expect(tester.get(coreExtensionData.routePath)).toBe('standard');
  });
});
