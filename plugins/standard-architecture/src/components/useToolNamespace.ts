import { configApiRef, useApi } from '@backstage/core-plugin-api';
import {
  DEFAULT_TOOL_NAMESPACE,
  toolEntityRef,
} from '@k8s-standard/plugin-standard-architecture-common';

/**
 * The catalog namespace of the standard's tool entities:
 * `standardArchitecture.entityNamespace`, `default` unless configured.
 */
export function useToolNamespace(): string {
  return (
    useApi(configApiRef).getOptionalString(
      'standardArchitecture.entityNamespace',
    ) ?? DEFAULT_TOOL_NAMESPACE
  );
}

/** The entity ref of a tool, e.g. `component:default/jaeger`, in the configured namespace. */
export function useToolEntityRef(): (toolId: string) => string {
  const namespace = useToolNamespace();
  return toolId => toolEntityRef(toolId, namespace);
}

/** The catalog page of a tool's entity, in the configured namespace. */
export function useToolEntityPath(): (toolId: string) => string {
  const namespace = useToolNamespace();
  return toolId =>
    `/catalog/${encodeURIComponent(namespace)}/component/${encodeURIComponent(
      toolId,
    )}`;
}
