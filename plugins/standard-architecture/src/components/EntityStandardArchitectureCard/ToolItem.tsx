import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ToolRecommendation,
  ToolUsage,
} from '@k8s-standard/plugin-standard-architecture-common';
import { ListItem, Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { standardArchitectureTranslationRef } from '../../translation';
import { useBilingual } from '../useDataLanguage';
import { UsageKnownByLabel } from '../UsageKnownByLabel';
import { ToolEvidence } from './ToolEvidence';
import { useMoveTo } from '../useMoveTo';
import { useToolEntityRef } from '../useToolNamespace';
import { VerdictChip } from '../VerdictChip';
import { VerdictDeadline } from '../VerdictDeadline';

const useStyles = makeStyles(theme => ({
  item: {
    display: 'block',
    paddingLeft: 0,
    paddingRight: 0,
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  usage: {
    marginBottom: theme.spacing(0.5),
  },
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
}));

/**
 * One standard tool the entity uses: its verdict, how the use is known
 * (declared, detected, where), and what to do about it by when.
 */
export function ToolItem(props: {
  recommendation: ToolRecommendation;
  usage?: ToolUsage;
  /** A line below it, when another item follows. */
  divider?: boolean;
}) {
  const { recommendation: r, usage } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const bilingual = useBilingual();
  const toolEntityRef = useToolEntityRef();
  const moveTo = useMoveTo();
  const targets = [
    ...(r.replacement?.tools.map(tool => tool.name) ?? []),
    ...(r.replacement?.successor ? [r.replacement.successor.name] : []),
  ];

  return (
    <ListItem
      className={classes.item}
      divider={props.divider}
      data-tool={r.tool}
    >
      <div className={classes.heading}>
        <VerdictChip verdict={r.verdict} />
        <Typography variant="subtitle1" component="span">
          <EntityRefLink entityRef={toolEntityRef(r.tool)}>
            {r.name}
          </EntityRefLink>
        </Typography>
      </div>
      {usage && (usage.declared || usage.detected) && (
        <div className={classes.usage}>
          <UsageKnownByLabel usage={usage} />
          {usage.detected && (
            <ToolEvidence toolId={r.tool} evidence={usage.evidence} />
          )}
        </div>
      )}
      {targets.length > 0 && (
        <Typography variant="body1">{moveTo(targets)}</Typography>
      )}
      {r.reason && (
        <Typography variant="body2" color="textSecondary">
          {bilingual(r.reason)}
        </Typography>
      )}
      {/* Judged on the response's day: overdue then reads critical. */}
      <VerdictDeadline verdict={r.verdict} component="p" />
      {r.replacement &&
        (r.replacement.tools.length > 0 || r.replacement.successor) && (
          <Typography variant="body2" component="div" className={classes.links}>
            <span>{t('cards.service.replacementLinks')}:</span>
            {r.replacement.tools.map(tool => (
              <EntityRefLink key={tool.id} entityRef={toolEntityRef(tool.id)}>
                {tool.name}
              </EntityRefLink>
            ))}
            {r.replacement.successor && (
              <Link to={r.replacement.successor.url}>
                {r.replacement.successor.name}
              </Link>
            )}
          </Typography>
        )}
    </ListItem>
  );
}
