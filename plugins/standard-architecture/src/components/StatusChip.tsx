import { Chip } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import FiberNewIcon from '@material-ui/icons/FiberNew';
import WarningIcon from '@material-ui/icons/Warning';
import BlockIcon from '@material-ui/icons/Block';
import ScienceIcon from '@material-ui/icons/Build';
import SwapIcon from '@material-ui/icons/SwapHoriz';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { standardArchitectureTranslationRef } from '../translation';

/** Every status a chip can show: edition statuses and recommendation statuses. */
export type DisplayStatus =
  | 'recommended'
  | 'experimental'
  | 'caution'
  | 'deprecated'
  | 'added'
  | 'kept'
  | 'changed-in'
  | 'removed';

const ICONS: Record<DisplayStatus, JSX.Element> = {
  recommended: <CheckCircleIcon />,
  kept: <CheckCircleIcon />,
  experimental: <ScienceIcon />,
  added: <FiberNewIcon />,
  'changed-in': <SwapIcon />,
  caution: <WarningIcon />,
  deprecated: <BlockIcon />,
  removed: <BlockIcon />,
};

const useStyles = makeStyles(theme => ({
  good: {
    backgroundColor: theme.palette.success.light,
    color: theme.palette.success.contrastText,
  },
  new: {
    backgroundColor: theme.palette.info.light,
    color: theme.palette.info.contrastText,
  },
  warn: {
    backgroundColor: theme.palette.warning.light,
    color: theme.palette.warning.contrastText,
  },
  bad: {
    backgroundColor: theme.palette.error.light,
    color: theme.palette.error.contrastText,
  },
}));

const TONE: Record<DisplayStatus, 'good' | 'new' | 'warn' | 'bad'> = {
  recommended: 'good',
  kept: 'good',
  experimental: 'new',
  added: 'new',
  'changed-in': 'new',
  caution: 'warn',
  deprecated: 'bad',
  removed: 'bad',
};

/** A status shown by icon, label and colour, so colour is never the only signal. */
export function StatusChip(props: {
  status: DisplayStatus;
  size?: 'small' | 'medium';
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return (
    <Chip
      size={props.size ?? 'small'}
      icon={ICONS[props.status]}
      label={t(`status.${props.status}`)}
      className={classes[TONE[props.status]]}
      data-status={props.status}
    />
  );
}
