import { useId } from 'react';
import { ButtonBase, Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Tool } from '@internal/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { DisplayStatus, StatusChip } from '../StatusChip';

/** Wide enough for the longest status label; the row wraps instead of squeezing. */
export const TOOL_CARD_MIN_WIDTH = 176;

const useStyles = makeStyles(theme => ({
  card: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: theme.spacing(0.5),
    minWidth: TOOL_CARD_MIN_WIDTH,
    maxWidth: 260,
    height: '100%',
    padding: theme.spacing(1, 1.5),
    textAlign: 'left',
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    backgroundColor: theme.palette.background.paper,
    '&:hover': { borderColor: theme.palette.text.secondary },
    // A visible ring, not just the ripple, for keyboard users.
    '&.Mui-focusVisible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  },
  removed: { borderStyle: 'dashed', opacity: 0.85 },
  name: {
    fontWeight: theme.typography.fontWeightMedium as number,
    overflowWrap: 'anywhere',
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
}));

/**
 * One tool in the diagram. A real button named after the tool, so Tab and
 * Enter open its details; the chips and dependents describe it.
 */
export function ToolCard(props: {
  tool: Tool;
  statuses: DisplayStatus[];
  dependents?: number;
  onOpen: (toolId: string) => void;
}) {
  const { tool, statuses, dependents, onOpen } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const descriptionId = useId();
  return (
    <ButtonBase
      focusRipple
      className={`${classes.card} ${
        tool.status === 'removed' ? classes.removed : ''
      }`}
      onClick={() => onOpen(tool.id)}
      aria-label={tool.name}
      aria-describedby={descriptionId}
      data-tool={tool.id}
    >
      <Typography component="span" variant="body1" className={classes.name}>
        {tool.name}
      </Typography>
      <span id={descriptionId} className={classes.meta}>
        {statuses.map(status => (
          <StatusChip key={status} status={status} />
        ))}
        {dependents !== undefined && (
          <Typography
            component="span"
            variant="caption"
            data-dependents={dependents}
          >
            {t('page.diagram.dependents', { count: dependents })}
          </Typography>
        )}
      </span>
    </ButtonBase>
  );
}
