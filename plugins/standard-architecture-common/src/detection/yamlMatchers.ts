import type { CompiledRule } from './compileRules';
import { imageRepository, staticImageReference } from './imageReference';
import { LIST_ITEM, YamlEntry } from './yamlEntries';

/**
 * What a YAML file says, gathered once per file so each rule only compares:
 * image references, chart references, resource types and the raw entries.
 */
export interface YamlFacts {
  entries: YamlEntry[];
  images: Array<{ repository: string; line: number }>;
  charts: Array<{ name: string; line: number }>;
  resources: Array<{ group: string; kind?: string; line: number }>;
}

export function yamlFacts(entries: YamlEntry[], fileName: string): YamlFacts {
  const mappings = new Map<number, Map<string, YamlEntry>>();
  for (const entry of entries) {
    let mapping = mappings.get(entry.mapId);
    if (!mapping) mappings.set(entry.mapId, (mapping = new Map()));
    if (!mapping.has(entry.key)) mapping.set(entry.key, entry);
  }
  const sibling = (entry: YamlEntry, key: string) =>
    mappings.get(entry.mapId)?.get(key)?.value;
  const isChartFile = /^(?:Chart|requirements)\.ya?ml$/.test(fileName);

  const facts: YamlFacts = { entries, images: [], charts: [], resources: [] };
  for (const entry of entries) {
    const { key, value, parentKey, line } = entry;
    if (value === undefined) continue;

    if (isImageEntry(entry)) {
      const reference = staticImageReference(
        withRegistry(value, sibling(entry, 'registry')),
      );
      if (reference) {
        facts.images.push({ repository: imageRepository(reference), line });
      }
    }

    if (key === 'chart') {
      // `repo/name`, `oci://host/path/name` or just `name`.
      const name = value.replace(/\/+$/, '').split('/').pop();
      if (name && !name.includes('{{')) facts.charts.push({ name, line });
    } else if (
      key === 'name' &&
      ((isChartFile && parentKey === 'dependencies') ||
        parentKey === 'helmCharts')
    ) {
      facts.charts.push({ name: value, line });
    }

    if (key === 'apiVersion' && value.includes('/')) {
      facts.resources.push({
        group: value.slice(0, value.indexOf('/')),
        kind: sibling(entry, 'kind'),
        line,
      });
    }
  }
  return facts;
}

/**
 * `image: x` anywhere (containers, compose, GitLab CI, Helm values),
 * `image.repository` in Helm values, GitLab's `image: { name: x }` and its
 * `services: [docker:dind]` list.
 */
function isImageEntry({ key, parentKey }: YamlEntry): boolean {
  if (key === 'image') return true;
  if (key === LIST_ITEM) return parentKey === 'services';
  if (key === 'repository') return /image$/i.test(parentKey ?? '');
  if (key === 'name') return parentKey === 'image';
  return false;
}

/** Helm values often split the registry out: `registry: registry.k8s.io`. */
function withRegistry(reference: string, registry: string | undefined): string {
  if (!registry || registry.includes('{{') || registry.includes('$')) {
    return reference;
  }
  const first = reference.split('/')[0];
  const hasRegistry = reference.includes('/') && /[.:]|^localhost$/.test(first);
  return hasRegistry
    ? reference
    : `${registry.replace(/\/+$/, '')}/${reference}`;
}

const INGRESS_CLASS_KEYS = new Set([
  'ingressClassName',
  'kubernetes.io/ingress.class',
]);

/** Lines of a YAML file where a rule's matcher finds its tool. */
export function matchYamlRule(rule: CompiledRule, facts: YamlFacts): number[] {
  const { rule: definition } = rule;
  if (rule.images) {
    const patterns = rule.images;
    return facts.images
      .filter(i => patterns.some(p => p.test(i.repository)))
      .map(i => i.line);
  }
  if (definition.helmDependency) {
    const names = new Set(definition.helmDependency);
    return facts.charts.filter(c => names.has(c.name)).map(c => c.line);
  }
  if (rule.apiGroup) {
    const { group, kinds } = rule.apiGroup;
    return facts.resources
      .filter(
        r => group.test(r.group) && (!kinds || (r.kind && kinds.has(r.kind))),
      )
      .map(r => r.line);
  }
  if (definition.ingressClass) {
    const classes = new Set(definition.ingressClass);
    return facts.entries
      .filter(
        e =>
          e.value !== undefined &&
          classes.has(e.value) &&
          (INGRESS_CLASS_KEYS.has(e.key) ||
            (e.key === 'className' && e.parentKey === 'ingress')),
      )
      .map(e => e.line);
  }
  if (definition.annotationPrefix) {
    const prefixes = definition.annotationPrefix;
    return facts.entries
      .filter(e => prefixes.some(p => e.key.startsWith(p)))
      .map(e => e.line);
  }
  if (definition.action) {
    const actions = definition.action.map(a => a.toLowerCase());
    return facts.entries
      .filter(e => e.key === 'uses' && e.value !== undefined)
      .filter(e => actions.some(a => usesAction(e.value!.toLowerCase(), a)))
      .map(e => e.line);
  }
  return [];
}

/** `owner/repo@v1`, `owner/repo/path@v1`; a prefix ending in `/` is an owner. */
function usesAction(uses: string, prefix: string): boolean {
  if (prefix.endsWith('/')) return uses.startsWith(prefix);
  return (
    uses === prefix ||
    uses.startsWith(`${prefix}@`) ||
    uses.startsWith(`${prefix}/`)
  );
}
