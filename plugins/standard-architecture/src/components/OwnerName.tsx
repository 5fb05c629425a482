import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  EntityRefLink,
  useEntityPresentation,
} from '@backstage/plugin-catalog-react';
import { standardArchitectureTranslationRef } from '../translation';
import { EntityName } from './Words';

/** The backend's key for dependents whose owner is not known. */
const UNKNOWN_OWNER = 'unknown';

/** Whether an owner key from the API names no owner. */
export function isUnknownOwner(ownerRef?: string): boolean {
  return !ownerRef || ownerRef === UNKNOWN_OWNER;
}

/**
 * An owner by its display name (the group's title in the app), linked to its
 * page; never the raw entity ref, not even in a tooltip. Wraps only
 * between words (`team-payments` stays whole).
 */
export function OwnerName(props: { ownerRef?: string }) {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  if (isUnknownOwner(props.ownerRef)) return <>{t('unknownOwner')}</>;
  return (
    <EntityRefLink entityRef={props.ownerRef!} defaultKind="group">
      <EntityName entityRef={props.ownerRef!} defaultKind="group" icon />
    </EntityRefLink>
  );
}

/**
 * An owner's display name as plain text, where an element cannot go (an
 * accessible name): the same name `OwnerName` shows.
 */
export function useOwnerTitle(ownerRef?: string): string {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const unknown = isUnknownOwner(ownerRef);
  // Hooks run unconditionally; an unknown owner's presentation is unused.
  const { primaryTitle } = useEntityPresentation(
    unknown ? `group:default/${UNKNOWN_OWNER}` : ownerRef!,
    { defaultKind: 'group' },
  );
  return unknown ? t('unknownOwner') : primaryTitle;
}
