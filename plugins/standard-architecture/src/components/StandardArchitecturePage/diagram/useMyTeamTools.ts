import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { identityApiRef, useApiHolder } from '@backstage/core-plugin-api';
import { AdoptionResponse } from '@k8s-standard/plugin-standard-architecture-common';

export type MyTeamState =
  | { status: 'off' }
  | { status: 'loading' }
  /** Adoption is not loaded (or failed): nothing to match the teams with. */
  | { status: 'unavailable' }
  | { status: 'failed' }
  /** `tools` may be empty: the user's teams own nothing that uses a tool. */
  | { status: 'ready'; tools: Set<string> };

/**
 * The tools used by services the signed-in user or their groups own: the
 * identity's ownership refs matched against the adoption counts' `byOwner`
 * (the page's one `/adoption` response, no extra request). Looked up only
 * once "My team" is switched on.
 */
export function useMyTeamTools(
  adoption: Pick<AdoptionResponse, 'tools'> | undefined,
  enabled: boolean,
): MyTeamState {
  const identityApi = useApiHolder().get(identityApiRef);
  const refs = useAsync(async () => {
    if (!enabled) return undefined;
    if (!identityApi) throw new Error('No identity API');
    const identity = await identityApi.getBackstageIdentity();
    return identity.ownershipEntityRefs.map(ref =>
      ref.toLocaleLowerCase('en-US'),
    );
  }, [enabled, identityApi]);

  return useMemo((): MyTeamState => {
    if (!enabled) return { status: 'off' };
    if (refs.error) return { status: 'failed' };
    if (refs.loading || !refs.value) return { status: 'loading' };
    if (!adoption) return { status: 'unavailable' };
    const mine = new Set(refs.value);
    const tools = adoption.tools
      .filter(tool =>
        Object.entries(tool.byOwner).some(
          ([owner, count]) =>
            count > 0 && mine.has(owner.toLocaleLowerCase('en-US')),
        ),
      )
      .map(tool => tool.tool);
    return { status: 'ready', tools: new Set(tools) };
  }, [enabled, refs.loading, refs.error, refs.value, adoption]);
}
