import { mockServices } from '@backstage/backend-test-utils';
import {
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  domainEntityV1alpha1Validator,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  KindValidator,
  makeValidator,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import {
  ANNOTATIONS,
  GITHUB_PROJECT_SLUG_ANNOTATION,
  LAYER_IDS,
  Standard,
} from '@k8s-standard/plugin-standard-architecture-common';
import { StandardLoader } from './StandardLoader';
import { standardToEntities } from './standardEntities';

const PROVIDER = 'standard-architecture-provider:default';
const OWNER = 'group:default/platform-team';
const SOURCE_2023 = 'https://yozm.wishket.com/magazine/detail/1998/';
const SOURCE_2026 = 'https://yozm.wishket.com/magazine/detail/3510/';

/** Every tool id in any bundled edition (2022–2026). */
// prettier-ignore
const ALL_TOOL_IDS = [
  'argo-cd', 'calico', 'ceph', 'cilium', 'clickhouse', 'cluster-api',
  'containerd', 'docker', 'elasticsearch', 'falco', 'fluent-bit',
  'github-actions', 'gitlab', 'grafana', 'haproxy', 'harbor', 'headlamp',
  'helm', 'ingress-nginx', 'istio', 'jaeger', 'jenkins', 'k8gb', 'karmada',
  'keycloak', 'kibana', 'knative', 'kubeadm', 'kubeflow', 'kubespray',
  'kubevirt', 'kyverno', 'lens', 'metallb', 'openlens', 'opensearch',
  'opentelemetry', 'prometheus', 'pyroscope', 'rook', 'strimzi', 'teleport',
  'tempo', 'terraform', 'tracee', 'trivy', 'vault', 'velero',
];

let standard: Standard;
let entities: Entity[];

const ofKind = (kind: string) => entities.filter(e => e.kind === kind);
const component = (name: string): Entity => {
  const found = entities.find(
    e => e.kind === 'Component' && e.metadata.name === name,
  );
  if (!found) throw new Error(`no Component ${name}`);
  return found;
};
const annotation = (entity: Entity, key: string) =>
  entity.metadata.annotations?.[key];

beforeAll(async () => {
  // Bundled files are read from disk; the UrlReader is never used.
  const loader = new StandardLoader(
    { sources: [], includeBundled: true, readTimeoutMs: 1000 },
    mockServices.urlReader.mock(),
  );
  standard = await loader.load();
  entities = standardToEntities(standard, {
    owner: OWNER,
    providerName: PROVIDER,
    today: '2026-11-23',
  });
});

describe('standardToEntities on the bundled standard', () => {
  describe('structure', () => {
    it('emits one Domain for the standard, owned by the owner', () => {
      const domains = ofKind('Domain');
      expect(domains).toHaveLength(1);
      expect(domains[0].metadata.name).toBe('kubernetes-standard-architecture');
      expect(domains[0].spec).toEqual({ owner: OWNER });
      expect(domains[0].metadata.links).toEqual([
        { url: SOURCE_2026, title: 'Kubernetes Standard Architecture 2026' },
      ]);
    });

    it('emits one System per used layer, in layer order, inside the domain', () => {
      const systems = ofKind('System');
      expect(systems.map(s => s.metadata.name)).toEqual(
        LAYER_IDS.map(layer => `k8s-standard-${layer}`),
      );
      for (const system of systems) {
        expect(system.spec).toEqual({
          owner: OWNER,
          domain: 'kubernetes-standard-architecture',
        });
      }
    });

    it('emits a Component for every tool of every edition, removed ones included', () => {
      const names = ofKind('Component').map(c => c.metadata.name);
      expect(names).toHaveLength(48);
      expect([...names].sort()).toEqual(ALL_TOOL_IDS);
      expect(names).toEqual(
        expect.arrayContaining(['cluster-api', 'karmada', 'kyverno', 'lens']),
      );
    });

    it('emits nothing else, and no entity ref twice', () => {
      expect(entities).toHaveLength(1 + LAYER_IDS.length + 48);
      const refs = entities.map(e => stringifyEntityRef(e));
      expect(new Set(refs).size).toBe(refs.length);
    });

    it('places every tool in an emitted System and refers only to emitted tools', () => {
      const systemNames = new Set(ofKind('System').map(s => s.metadata.name));
      const componentRefs = new Set(
        ofKind('Component').map(c => stringifyEntityRef(c)),
      );
      for (const tool of ofKind('Component')) {
        expect(systemNames).toContain(tool.spec?.system);
        const replacedBy = annotation(tool, ANNOTATIONS.replacedBy);
        for (const ref of replacedBy ? replacedBy.split(',') : []) {
          expect(componentRefs).toContain(ref);
        }
      }
    });

    it('marks every entity as managed by the current edition article', () => {
      for (const entity of entities) {
        expect(annotation(entity, 'backstage.io/managed-by-location')).toBe(
          `url:${SOURCE_2026}`,
        );
        expect(
          annotation(entity, 'backstage.io/managed-by-origin-location'),
        ).toBe(`url:${SOURCE_2026}`);
      }
    });
  });

  describe('tool components', () => {
    it('gives each tool spec.type tool, its layer system and the owner', () => {
      expect(component('argo-cd').spec).toEqual({
        type: 'tool',
        lifecycle: 'production',
        owner: OWNER,
        system: 'k8s-standard-delivery',
      });
      expect(component('ingress-nginx').spec?.system).toBe(
        'k8s-standard-networking',
      );
      expect(component('headlamp').spec?.system).toBe(
        'k8s-standard-operations',
      );
    });

    it('puts Ingress NGINX under caution, deprecated after its end of life, with Gateway API as successor', () => {
      const nginx = component('ingress-nginx');
      expect(annotation(nginx, ANNOTATIONS.status)).toBe('caution');
      expect(nginx.spec?.lifecycle).toBe('deprecated');
      expect(annotation(nginx, ANNOTATIONS.lifecycleReason)).toBe(
        'end-of-life',
      );
      // The source gives a month; the annotation keeps that precision.
      expect(annotation(nginx, ANNOTATIONS.endOfLife)).toBe('2026-03');
      expect(annotation(nginx, ANNOTATIONS.successor)).toBe('Gateway API');
      expect(annotation(nginx, ANNOTATIONS.replacedBy)).toBeUndefined();
      expect(nginx.metadata.tags).toContain('status-caution');
    });

    it('keeps Ingress NGINX in production before its end of life', () => {
      const before = standardToEntities(standard, {
        owner: OWNER,
        providerName: PROVIDER,
        today: '2026-03-30',
      });
      const nginx = before.find(e => e.metadata.name === 'ingress-nginx')!;
      expect(nginx.spec?.lifecycle).toBe('production');
      expect(annotation(nginx, ANNOTATIONS.lifecycleReason)).toBe('selected');
    });

    it('deprecates Lens, removed in 2026, in favour of Headlamp', () => {
      const lens = component('lens');
      expect(lens.spec?.lifecycle).toBe('deprecated');
      expect(annotation(lens, ANNOTATIONS.status)).toBe('removed');
      expect(annotation(lens, ANNOTATIONS.lifecycleReason)).toBe('removed');
      expect(annotation(lens, ANNOTATIONS.replacedBy)).toBe(
        'component:default/headlamp',
      );
      // 2022 kept, 2023 removed, 2024 absent, 2025 back, 2026 removed.
      expect(annotation(lens, ANNOTATIONS.editions)).toBe('2022,2025');
    });

    it('has Headlamp, new in 2026, in production', () => {
      const headlamp = component('headlamp');
      expect(headlamp.spec?.lifecycle).toBe('production');
      expect(annotation(headlamp, ANNOTATIONS.status)).toBe('changed-in');
      expect(annotation(headlamp, ANNOTATIONS.editions)).toBe('2026');
    });

    it('has KubeVirt experimental', () => {
      const kubevirt = component('kubevirt');
      expect(kubevirt.spec?.lifecycle).toBe('experimental');
      expect(annotation(kubevirt, ANNOTATIONS.lifecycleReason)).toBe(
        'experimental',
      );
      expect(kubevirt.spec?.system).toBe('k8s-standard-runtime');
    });

    it('describes a tool with its GitHub slug, license, editions and dated stars', () => {
      const argo = component('argo-cd');
      expect(argo.metadata.title).toBe('Argo CD');
      expect(argo.metadata.annotations).toMatchObject({
        [GITHUB_PROJECT_SLUG_ANNOTATION]: 'argoproj/argo-cd',
        [ANNOTATIONS.toolId]: 'argo-cd',
        [ANNOTATIONS.license]: 'Apache-2.0',
        [ANNOTATIONS.status]: 'kept',
        [ANNOTATIONS.lifecycleReason]: 'selected',
        [ANNOTATIONS.editions]: '2022,2023,2024,2025,2026',
        [ANNOTATIONS.stars]: '21300',
        [ANNOTATIONS.starsAsOf]: '2025-12-18',
      });
      expect(annotation(argo, ANNOTATIONS.descriptionKo)).toEqual(
        expect.any(String),
      );
      expect(argo.metadata.tags).toEqual([
        'standard-architecture',
        'delivery',
        'gitops',
        'status-kept',
      ]);
    });

    it('links a tool to its repository and the article that last listed it', () => {
      const links = component('argo-cd').metadata.links ?? [];
      expect(links).toContainEqual({
        url: 'https://github.com/argoproj/argo-cd',
        title: 'Repository',
        icon: 'github',
      });
      expect(links).toContainEqual({
        url: SOURCE_2026,
        title: 'Standard 2026 article',
        icon: 'docs',
      });
    });

    it('describes a tool that left in 2023 from its last record', () => {
      const clusterApi = component('cluster-api');
      expect(clusterApi.spec?.lifecycle).toBe('deprecated');
      expect(clusterApi.spec?.system).toBe('k8s-standard-networking');
      expect(annotation(clusterApi, ANNOTATIONS.status)).toBe('absent');
      // The source drops it without naming a replacement: none is inferred.
      expect(annotation(clusterApi, ANNOTATIONS.replacedBy)).toBeUndefined();
      expect(annotation(clusterApi, ANNOTATIONS.editions)).toBe('2022');
      // The 2022/2023 records carry no star counts.
      expect(annotation(clusterApi, ANNOTATIONS.stars)).toBeUndefined();
      expect(annotation(clusterApi, ANNOTATIONS.starsAsOf)).toBeUndefined();
      expect(clusterApi.metadata.links).toContainEqual({
        url: SOURCE_2023,
        title: 'Standard 2023 article',
        icon: 'docs',
      });
    });

    it('judges against an older edition when asked to', () => {
      const in2025 = standardToEntities(standard, {
        owner: OWNER,
        providerName: PROVIDER,
        today: '2026-11-23',
        currentEdition: 2025,
      });
      const lens = in2025.find(e => e.metadata.name === 'lens')!;
      expect(lens.spec?.lifecycle).toBe('production');
      expect(annotation(lens, ANNOTATIONS.status)).toBe('changed-in');
      const headlamp = in2025.find(e => e.metadata.name === 'headlamp')!;
      expect(headlamp.spec?.lifecycle).toBe('experimental');
      expect(annotation(headlamp, ANNOTATIONS.lifecycleReason)).toBe(
        'not-yet-selected',
      );
    });
  });

  describe('catalog validity', () => {
    const policy = EntityPolicies.allOf([
      new DefaultNamespaceEntityPolicy(),
      new NoForeignRootFieldsEntityPolicy(),
      new FieldFormatEntityPolicy(),
      new SchemaValidEntityPolicy(),
    ]);
    const kindValidators: Record<string, KindValidator> = {
      Domain: domainEntityV1alpha1Validator,
      System: systemEntityV1alpha1Validator,
      Component: componentEntityV1alpha1Validator,
    };
    const validators = makeValidator();

    it('passes the catalog entity policies for every entity', async () => {
      for (const entity of entities) {
        await expect(policy.enforce(entity)).resolves.toBeDefined();
      }
    });

    it('passes the kind schema for every entity', async () => {
      for (const entity of entities) {
        await expect(kindValidators[entity.kind].check(entity)).resolves.toBe(
          true,
        );
      }
    });

    it('uses valid names, tags and annotations', () => {
      for (const entity of entities) {
        expect(validators.isValidEntityName(entity.metadata.name)).toBe(true);
        for (const tag of entity.metadata.tags ?? []) {
          expect([tag, validators.isValidTag(tag)]).toEqual([tag, true]);
        }
        for (const [key, value] of Object.entries(
          entity.metadata.annotations ?? {},
        )) {
          expect([key, validators.isValidAnnotationKey(key)]).toEqual([
            key,
            true,
          ]);
          expect(validators.isValidAnnotationValue(value)).toBe(true);
        }
      }
    });
  });
});

describe('provider annotation', () => {
  it('marks every entity with the provider that wrote it', () => {
    for (const entity of entities) {
      expect(entity.metadata.annotations?.[ANNOTATIONS.provider]).toBe(
        PROVIDER,
      );
    }
  });
});

describe('options', () => {
  it('puts every entity, and every ref between them, in the configured namespace', () => {
    const namespaced = standardToEntities(standard, {
      owner: OWNER,
      providerName: PROVIDER,
      today: '2026-11-23',
      namespace: 'standard',
    });
    expect(namespaced.every(e => e.metadata.namespace === 'standard')).toBe(
      true,
    );
    const lens = namespaced.find(e => e.metadata.name === 'lens')!;
    expect(lens.metadata.annotations?.[ANNOTATIONS.replacedBy]).toBe(
      'component:standard/headlamp',
    );
    expect(entities.every(e => e.metadata.namespace === 'default')).toBe(true);
  });

  it('writes the data version on every entity', () => {
    const versioned = standardToEntities(standard, {
      owner: OWNER,
      providerName: PROVIDER,
      today: '2026-11-23',
      dataVersion: '2.0.0',
    });
    expect(
      versioned.every(
        e => e.metadata.annotations?.[ANNOTATIONS.dataVersion] === '2.0.0',
      ),
    ).toBe(true);
  });

  it('withholds the entities another location holds, and nothing else', () => {
    const withheld = standardToEntities(standard, {
      owner: OWNER,
      providerName: PROVIDER,
      today: '2026-11-23',
      withheld: new Set(['component:default/jaeger']),
    });
    expect(withheld.map(e => stringifyEntityRef(e))).toEqual(
      entities
        .map(e => stringifyEntityRef(e))
        .filter(ref => ref !== 'component:default/jaeger'),
    );
  });

  it('never repeats a tag, even where a category shares its layer name', () => {
    for (const entity of entities) {
      const tags = entity.metadata.tags ?? [];
      expect(new Set(tags).size).toBe(tags.length);
    }
  });
});
