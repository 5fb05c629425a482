import { parseEntityRef } from '@backstage/catalog-model';

/**
 * The catalog page of an entity ref, or undefined when the ref does not
 * parse (e.g. the backend's `unknown` owner), so callers render plain text.
 */
export function entityPath(
  ref: string,
  defaultKind = 'component',
): string | undefined {
  try {
    const { kind, namespace, name } = parseEntityRef(ref, {
      defaultKind,
      defaultNamespace: 'default',
    });
    // The catalog routes use lower-case kinds and namespaces.
    return `/catalog/${encodeURIComponent(
      namespace.toLocaleLowerCase('en-US'),
    )}/${encodeURIComponent(
      kind.toLocaleLowerCase('en-US'),
    )}/${encodeURIComponent(name)}`;
  } catch {
    return undefined;
  }
}
