import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  isPastDeadline,
  ToolRecommendation,
  ToolUsage,
} from '@internal/plugin-standard-architecture-common';
import { ListItem, Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { standardArchitectureTranslationRef } from '../../translation';
import { StatusChip } from '../StatusChip';
import { useBilingual } from '../useDataLanguage';
import { UsageKnownByLabel } from '../UsageKnownByLabel';
import { ToolEvidence } from './ToolEvidence';
import { useFormatDeadline } from '../formatDeadline';
import { useToolEntityRef } from '../useToolNamespace';

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
  passed: {
    color: theme.palette.error.main,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
}));

/**
 * One standard tool the entity uses: its status, how the use is known
 * (declared, detected, where), and what to do about it.
 */
export function ToolItem(props: {
  recommendation: ToolRecommendation;
  usage?: ToolUsage;
  today: string;
}) {
  const { recommendation: r, usage, today } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const bilingual = useBilingual();
  const toolEntityRef = useToolEntityRef();
  const formatDeadline = useFormatDeadline();
  const targets = [
    ...(r.replacement?.tools.map(tool => tool.name) ?? []),
    ...(r.replacement?.successor ? [r.replacement.successor.name] : []),
  ];
  // A month deadline (`2026-03`) runs to the end of that month.
  const passed = r.deadline !== undefined && isPastDeadline(r.deadline, today);

  return (
    <ListItem className={classes.item} data-tool={r.tool}>
      <div className={classes.heading}>
        <StatusChip status={r.status} />
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
        <Typography variant="body1">
          {t('moveTo', { target: targets.join(', ') })}
        </Typography>
      )}
      {r.reason && (
        <Typography variant="body2" color="textSecondary">
          {bilingual(r.reason)}
        </Typography>
      )}
      {r.deadline && (
        <Typography
          variant="body2"
          className={passed ? classes.passed : undefined}
          data-deadline-passed={passed}
          data-deadline={r.deadline}
        >
          {passed
            ? t('cards.service.deadlinePassed', {
                date: formatDeadline(r.deadline),
              })
            : t('cards.service.deadlineUpcoming', {
                date: formatDeadline(r.deadline),
              })}
        </Typography>
      )}
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
