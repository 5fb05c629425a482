import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  DomainEntity,
  Entity,
  stringifyEntityRef,
  SystemEntity,
} from '@backstage/catalog-model';
import {
  ANNOTATIONS,
  currentEdition,
  Edition,
  DEFAULT_TOOL_NAMESPACE,
  GITHUB_PROJECT_SLUG_ANNOTATION,
  LAYER_IDS,
  latestToolRecords,
  layerOfCategory,
  LayerId,
  Standard,
  TOOL_COMPONENT_TYPE,
  Tool,
  toolEntityRef,
  toolLifecycle,
} from '@k8s-standard/plugin-standard-architecture-common';

/** The names the standard's entities get in the catalog. */
export const DOMAIN_NAME = 'kubernetes-standard-architecture';
export const systemName = (layer: LayerId) => `k8s-standard-${layer}`;

const LAYER_TITLES: Record<LayerId, { en: string; ko: string }> = {
  infrastructure: { en: 'Infrastructure', ko: '인프라' },
  runtime: { en: 'Container runtime', ko: '컨테이너 런타임' },
  networking: { en: 'Networking', ko: '네트워크' },
  storage: { en: 'Storage', ko: '스토리지' },
  security: { en: 'Security', ko: '보안' },
  delivery: { en: 'Delivery (CI/CD)', ko: '배포 (CI/CD)' },
  observability: { en: 'Observability', ko: '관측 가능성' },
  operations: { en: 'Operations', ko: '운영' },
  'platform-services': { en: 'Platform services', ko: '플랫폼 서비스' },
};

/** @public */
export interface StandardEntityOptions {
  /** Owner entity ref of every entity. */
  owner: string;
  /** Written to every entity, so the provider can find what it provided. */
  providerName: string;
  /** The edition to judge lifecycles against; default the latest. */
  currentEdition?: number;
  /** YYYY-MM-DD, to compare end-of-life dates with. */
  today: string;
  /** The catalog namespace of every entity; default `default`. */
  namespace?: string;
  /** Written to every entity (`standard-architecture.io/data-version`). */
  dataVersion?: string;
  /** Entity refs not to provide: another location owns them (a conflict). */
  withheld?: ReadonlySet<string>;
}

/**
 * Turns the standard into catalog entities: one Domain, one System per layer
 * and one Component per tool that appears in any edition. Pure, exported so
 * other modules can reuse it.
 * @public
 */
export function standardToEntities(
  standard: Standard,
  options: StandardEntityOptions,
): Entity[] {
  const edition = currentEdition(standard, options.currentEdition);
  const annotations = {
    [ANNOTATION_LOCATION]: `url:${edition.source}`,
    [ANNOTATION_ORIGIN_LOCATION]: `url:${edition.source}`,
    [ANNOTATIONS.provider]: options.providerName,
    ...(options.dataVersion && {
      [ANNOTATIONS.dataVersion]: options.dataVersion,
    }),
  };
  const namespace = options.namespace ?? DEFAULT_TOOL_NAMESPACE;

  const records = latestToolRecords(standard);
  const layerOf = (tool: Tool, toolEdition: Edition): LayerId =>
    layerOfCategory(edition, tool.category) ??
    layerOfCategory(toolEdition, tool.category) ??
    'platform-services';
  const usedLayers = new Set(records.map(r => layerOf(r.tool, r.edition)));

  const domain: DomainEntity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: {
      name: DOMAIN_NAME,
      namespace,
      title: 'Kubernetes Standard Architecture',
      description: `The yearly layered standard of cloud-native tools; entities judged against the ${edition.year} edition.`,
      annotations: {
        ...annotations,
        [ANNOTATIONS.descriptionKo]: edition.title.ko,
      },
      links: [{ url: edition.source, title: edition.title.en }],
      tags: ['kubernetes', 'standard-architecture'],
    },
    spec: { owner: options.owner },
  };

  const systems: SystemEntity[] = LAYER_IDS.filter(l => usedLayers.has(l)).map(
    layer => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: {
        name: systemName(layer),
        namespace,
        title: `${LAYER_TITLES[layer].en} (standard)`,
        description: `Tools of the Kubernetes Standard Architecture's ${LAYER_TITLES[
          layer
        ].en.toLowerCase()} layer.`,
        annotations: {
          ...annotations,
          [ANNOTATIONS.descriptionKo]: `쿠버네티스 표준 아키텍처의 ${LAYER_TITLES[layer].ko} 계층 도구`,
        },
        tags: ['standard-architecture', layer],
      },
      spec: { owner: options.owner, domain: DOMAIN_NAME },
    }),
  );

  // Indexes keep the build linear in the number of tools.
  const currentTools = new Map(edition.tools.map(t => [t.id, t]));
  const appearances = new Map<string, number[]>();
  for (const e of standard.editions) {
    for (const t of e.tools) {
      if (t.status !== 'removed') {
        appearances.set(t.id, [...(appearances.get(t.id) ?? []), e.year]);
      }
    }
  }

  const components = records.map(({ tool, edition: lastEdition }) => {
    const inCurrent = currentTools.get(tool.id);
    const life = toolLifecycle(standard, tool.id, edition, options.today);
    const appearsIn = appearances.get(tool.id) ?? [];
    const record = inCurrent ?? tool;
    const layer = layerOf(tool, lastEdition);
    const entityAnnotations: Record<string, string> = {
      ...annotations,
      [ANNOTATIONS.toolId]: tool.id,
      [ANNOTATIONS.license]: record.license,
      [ANNOTATIONS.status]: inCurrent?.status ?? 'absent',
      [ANNOTATIONS.lifecycleReason]: life.reason,
      [ANNOTATIONS.editions]: appearsIn.join(','),
      [ANNOTATIONS.descriptionKo]: record.summary.ko,
    };
    if (record.github) {
      entityAnnotations[GITHUB_PROJECT_SLUG_ANNOTATION] = record.github;
    }
    if (record.replacedBy?.length) {
      entityAnnotations[ANNOTATIONS.replacedBy] = record.replacedBy
        .map(id => toolEntityRef(id, namespace))
        .join(',');
    }
    if (record.successor) {
      entityAnnotations[ANNOTATIONS.successor] = record.successor.name;
    }
    if (record.endOfLife)
      entityAnnotations[ANNOTATIONS.endOfLife] = record.endOfLife;
    if (record.stars) {
      entityAnnotations[ANNOTATIONS.stars] = String(record.stars.count);
      entityAnnotations[ANNOTATIONS.starsAsOf] = record.stars.asOf;
    }
    const links = [
      ...(record.github
        ? [
            {
              url: `https://github.com/${record.github}`,
              title: 'Repository',
              icon: 'github',
            },
          ]
        : []),
      ...(record.homepage
        ? [{ url: record.homepage, title: 'Homepage', icon: 'web' }]
        : []),
      {
        url: lastEdition.source,
        title: `Standard ${lastEdition.year} article`,
        icon: 'docs',
      },
    ];
    const entity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: tool.id,
        namespace,
        title: tool.name,
        description: record.summary.en,
        annotations: entityAnnotations,
        links,
        // A category can share its layer's name (storage): tags are unique.
        tags: [
          ...new Set([
            'standard-architecture',
            layer,
            tool.category,
            `status-${inCurrent?.status ?? 'absent'}`,
          ]),
        ],
      },
      spec: {
        type: TOOL_COMPONENT_TYPE,
        lifecycle: life.lifecycle,
        owner: options.owner,
        system: systemName(layer),
      },
    };
    return entity;
  });

  const entities = [domain, ...systems, ...components];
  const withheld = options.withheld;
  return withheld?.size
    ? entities.filter(e => !withheld.has(stringifyEntityRef(e)))
    : entities;
}
