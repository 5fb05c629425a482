import { Typography } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { AdoptionResponse } from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { AsOf } from '../AsOf';
import { ToolDependentsTable } from '../ToolDependentsTable';
import { OwnerCountList } from './OwnerCountList';

/**
 * Who depends on a tool, in its drawer: the counts by owner the page already
 * has from `/adoption`, then the entities themselves a page at a time. A tool
 * the counts say nobody uses costs no request.
 */
export function ToolDependents(props: {
  toolId: string;
  adoption?: AdoptionResponse;
}) {
  const { toolId, adoption } = props;
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const usage = adoption?.tools.find(a => a.tool === toolId);

  if (adoption && !usage?.dependents) {
    return (
      <>
        <Typography variant="body2" color="textSecondary">
          {t('dependents.empty')}
        </Typography>
        <AsOf asOf={adoption.asOf} />
      </>
    );
  }

  return (
    <>
      {usage && (
        <>
          <Typography variant="body2">
            {t('page.details.dependentsCount', { count: usage.dependents })}
          </Typography>
          <OwnerCountList
            byOwner={usage.byOwner}
            label={t('page.details.byOwner')}
          />
        </>
      )}
      <ToolDependentsTable
        toolId={toolId}
        label={t('page.details.dependents')}
        showAsOf
      />
    </>
  );
}
