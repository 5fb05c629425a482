import { Typography, TypographyProps } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import EventBusyIcon from '@material-ui/icons/EventBusy';
import { ToolVerdict } from '@k8s-standard/plugin-standard-architecture-common';
import { SEVERITY_COLOURS, useVerdictDeadline } from './VerdictChip';
import { Words } from './Words';

const useStyles = makeStyles(theme => ({
  overdue: {
    color: SEVERITY_COLOURS.critical,
    fontWeight: theme.typography.fontWeightBold as number,
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
  icon: { fontSize: '1.1em' },
}));

/**
 * A verdict's deadline in words, saying where it comes from (the standard,
 * the organisation or the default migration window); critical red, with an
 * icon, once it has passed. Nothing when the verdict has no deadline.
 */
export function VerdictDeadline(props: {
  verdict: ToolVerdict;
  variant?: TypographyProps['variant'];
  component?: 'span' | 'div' | 'p';
  className?: string;
  /** In a table cell: wrap only between words (dates stay whole). */
  words?: boolean;
}) {
  const { verdict, variant = 'body2', component = 'span' } = props;
  const classes = useStyles();
  const text = useVerdictDeadline()(verdict);
  if (!text) return null;
  const overdue = Boolean(verdict.overdue);
  return (
    <Typography
      variant={variant}
      component={component}
      className={[overdue ? classes.overdue : '', props.className ?? '']
        .join(' ')
        .trim()}
      data-deadline={verdict.deadline}
      data-deadline-source={verdict.deadlineSource}
      data-overdue={overdue}
    >
      {overdue && <EventBusyIcon className={classes.icon} aria-hidden />}
      {props.words ? <Words text={text} /> : text}
    </Typography>
  );
}
