import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { standardArchitectureTranslationRef } from '../translation';

/** The backend's key for dependents whose owner is not known. */
const UNKNOWN_OWNER = 'unknown';

/** Whether an owner key from the API names no owner. */
export function isUnknownOwner(ownerRef?: string): boolean {
  return !ownerRef || ownerRef === UNKNOWN_OWNER;
}

/**
 * An owner by its display name (the group's title in the app), linked to its
 * page; never the raw entity ref.
 */
export function OwnerName(props: { ownerRef?: string }) {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  if (isUnknownOwner(props.ownerRef)) return <>{t('unknownOwner')}</>;
  return <EntityRefLink entityRef={props.ownerRef!} defaultKind="group" />;
}
