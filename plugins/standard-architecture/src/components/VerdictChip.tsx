import { Chip, Tooltip } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ScienceIcon from '@material-ui/icons/Build';
import WarningIcon from '@material-ui/icons/Warning';
import BlockIcon from '@material-ui/icons/Block';
import RemoveCircleIcon from '@material-ui/icons/RemoveCircle';
import EventBusyIcon from '@material-ui/icons/EventBusy';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  ToolVerdict,
  Verdict,
  VerdictSeverity,
} from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../translation';
import { useFormatDeadline } from './formatDeadline';

/**
 * One colour per severity, white text at WCAG AA contrast (4.5:1 or more):
 * green 5.1, blue 5.8, amber 5.0, red 5.6.
 */
export const SEVERITY_COLOURS: Record<VerdictSeverity, string> = {
  ok: '#2e7d32',
  info: '#1565c0',
  warning: '#b45309',
  critical: '#c62828',
};

const ICONS: Record<Verdict, JSX.Element> = {
  recommended: <CheckCircleIcon />,
  experimental: <ScienceIcon />,
  caution: <WarningIcon />,
  deprecated: <BlockIcon />,
  removed: <RemoveCircleIcon />,
  'end-of-life': <EventBusyIcon />,
};

const useStyles = makeStyles({
  chip: {
    color: '#fff',
    fontWeight: 500,
    '& svg': { color: '#fff' },
  },
});

/** The verdict's label in the user's language, the same on every view. */
export function useVerdictLabel(): (verdict: Verdict) => string {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return verdict => t(`verdict.${verdict}`);
}

/** What the verdict's deadline is and where it comes from, in words. */
export function useVerdictDeadline(): (
  verdict: ToolVerdict,
) => string | undefined {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const format = useFormatDeadline();
  return ({ deadline, deadlineSource, overdue }) => {
    if (!deadline) return undefined;
    const date = format(deadline);
    const source = t(`verdictDeadline.source.${deadlineSource ?? 'standard'}`);
    return overdue
      ? t('verdictDeadline.overdue', { date, source })
      : t('verdictDeadline.upcoming', { date, source });
  };
}

/**
 * A tool's verdict by icon, label and colour (colour is never the only
 * signal), with its deadline in the tooltip. Every view uses this chip.
 */
export function VerdictChip(props: {
  verdict: ToolVerdict;
  size?: 'small' | 'medium';
}) {
  const classes = useStyles();
  const label = useVerdictLabel();
  const deadline = useVerdictDeadline();
  const { verdict, severity } = props.verdict;
  const chip = (
    <Chip
      size={props.size ?? 'small'}
      icon={ICONS[verdict]}
      label={label(verdict)}
      className={classes.chip}
      style={{ backgroundColor: SEVERITY_COLOURS[severity] }}
      data-verdict={verdict}
    />
  );
  const title = deadline(props.verdict);
  return title ? <Tooltip title={title}>{chip}</Tooltip> : chip;
}
