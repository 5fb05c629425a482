/*
 * The benchmark's organisation: GROUPS teams and N `service` components,
 * each owned by one team (round robin) and depending on 3–5 of the
 * standard's tools picked with a seeded PRNG, so every run, scale and
 * catalog (real or synthetic) sees the same services: the first 10,000 of
 * the 100,000 are the 10,000.
 *
 * The same definitions feed the real catalog (as provider input, through the
 * tests' seed provider in src/__testUtils__/seedModule.ts) and the synthetic
 * catalog reader (as the stitched entities the catalog would return, with
 * relations and etags).
 */
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import { ANNOTATIONS } from '@k8s-standard/plugin-standard-architecture-common';
import { seededRandom } from './util';

export const SEED_PROVIDER = 'standard-architecture-bench-seed';
const LOCATION = `url:https://example.com/bench/${SEED_PROVIDER}.yaml`;

export const groupName = (g: number) =>
  `team-${String(g + 1).padStart(2, '0')}`;
export const groupRef = (g: number) => `group:default/${groupName(g)}`;
export const serviceName = (i: number) =>
  `service-${String(i).padStart(5, '0')}`;
export const serviceRef = (i: number) => `component:default/${serviceName(i)}`;

/** One service as the bench defines it. */
export interface ServiceDef {
  i: number;
  group: number;
  tools: string[];
  /** Bumped by every change, for the synthetic catalog's etags. */
  version: number;
}

export interface Organisation {
  groups: number;
  toolIds: string[];
  services: ServiceDef[];
  /** dependsOn edges in all. */
  edges: number;
}

export function organisation(
  services: number,
  groups: number,
  toolIds: string[],
): Organisation {
  const random = seededRandom(42);
  const defs: ServiceDef[] = [];
  let edges = 0;
  for (let i = 0; i < services; i++) {
    const count = 3 + Math.floor(random() * 3);
    const picked = new Set<string>();
    while (picked.size < count) {
      picked.add(toolIds[Math.floor(random() * toolIds.length)]);
    }
    edges += picked.size;
    defs.push({ i, group: i % groups, tools: [...picked], version: 1 });
  }
  return { groups, toolIds, services: defs, edges };
}

/** The services the 1% change touches: every hundredth, from the 50th. */
export const isChanged = (i: number) => i % 100 === 50;

/**
 * Changes 1% of the services in place: each swaps its first tool for one it
 * does not use yet, so its declared usage changes and its owner does not.
 * Returns the changed services.
 */
export function changeOnePercent(org: Organisation): ServiceDef[] {
  const changed: ServiceDef[] = [];
  for (const def of org.services) {
    if (!isChanged(def.i)) continue;
    const start = org.toolIds.indexOf(def.tools[0]);
    let next = start;
    do {
      next = (next + 1) % org.toolIds.length;
    } while (def.tools.includes(org.toolIds[next]));
    def.tools = [org.toolIds[next], ...def.tools.slice(1)];
    def.version++;
    changed.push(def);
  }
  return changed;
}

const annotations = (extra: Record<string, string> = {}) => ({
  [ANNOTATION_LOCATION]: LOCATION,
  [ANNOTATION_ORIGIN_LOCATION]: LOCATION,
  ...extra,
});

export function groupEntity(g: number): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: groupName(g), annotations: annotations() },
    spec: { type: 'team', children: [] },
  };
}

/** A service as its provider hands it to the catalog. */
export function serviceEntity(def: ServiceDef): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: serviceName(def.i),
      title: `Service ${def.i}`,
      annotations: annotations(
        def.i % 3 === 0 ? { [ANNOTATIONS.baseImage]: 'openjdk:21' } : {},
      ),
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: groupRef(def.group),
      dependsOn: def.tools.map(t => `component:default/${t}`),
    },
  };
}

/** Provider input: the groups and the given services. */
export function providerEntities(
  org: Organisation,
  services: ServiceDef[] = org.services,
): Entity[] {
  return [
    ...Array.from({ length: org.groups }, (_, g) => groupEntity(g)),
    ...services.map(serviceEntity),
  ];
}
