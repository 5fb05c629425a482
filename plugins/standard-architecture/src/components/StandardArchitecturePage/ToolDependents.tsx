import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import { Link, WarningPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { AdoptionResponse } from '@internal/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { entityPath } from './entityPath';

function EntityLink(props: {
  entityRef: string;
  title?: string;
  defaultKind?: string;
}) {
  const path = entityPath(props.entityRef, props.defaultKind);
  const label = props.title ?? props.entityRef;
  return path ? <Link to={path}>{label}</Link> : <>{label}</>;
}

/**
 * Who depends on a tool. The adoption response names the entities only for
 * deprecated and caution tools; for the others it has counts per owner.
 */
export function ToolDependents(props: {
  toolId: string;
  adoption?: AdoptionResponse;
  adoptionError?: Error;
}) {
  const { toolId, adoption, adoptionError } = props;
  const { t } = useTranslationRef(standardArchitectureTranslationRef);

  if (adoptionError) {
    return (
      <WarningPanel severity="error" title={t('page.details.dependentsFailed')}>
        {adoptionError.message}
      </WarningPanel>
    );
  }
  if (!adoption) return null;

  const owner = (ref?: string) =>
    !ref || ref === 'unknown' ? (
      t('page.details.unknownOwner')
    ) : (
      <EntityLink entityRef={ref} defaultKind="group" />
    );

  const atRisk = adoption.atRisk.find(a => a.tool === toolId);
  if (atRisk && atRisk.dependentEntities.length > 0) {
    return (
      <>
        <Typography variant="body2">
          {t('page.details.dependentsCount', {
            count: atRisk.dependentEntities.length,
          })}
        </Typography>
        <List dense aria-label={t('page.details.dependents')}>
          {atRisk.dependentEntities.map(dependent => (
            <ListItem key={dependent.entityRef} disableGutters>
              <ListItemText
                primary={
                  <EntityLink
                    entityRef={dependent.entityRef}
                    title={dependent.title}
                  />
                }
                secondary={
                  <>
                    {t('page.details.owner')}: {owner(dependent.owner)}
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      </>
    );
  }

  const usage = adoption.tools.find(a => a.tool === toolId);
  if (!usage || usage.dependents === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('page.details.dependentsEmpty')}
      </Typography>
    );
  }
  const owners = Object.entries(usage.byOwner).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  return (
    <>
      <Typography variant="body2">
        {t('page.details.dependentsCount', { count: usage.dependents })}
      </Typography>
      <List dense aria-label={t('page.details.dependents')}>
        {owners.map(([ref, count]) => (
          <ListItem key={ref} disableGutters>
            <ListItemText
              primary={
                <>
                  {owner(ref)}: {count}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
