import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ToolVerdict } from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../../translation';
import { ToolLogo } from './logos';
import { markColour, PALETTE } from './palette';
import { TEAM_ICON_PATH, VERDICT_ICON_PATHS } from './verdictIcons';

// Sizes in em of the diagram's font size, so zoom scales everything.
const useStyles = makeStyles({
  logo: { flex: '0 0 auto', width: '1.25em', height: '1.25em' },
  initials: {
    flex: '0 0 auto',
    fontSize: '0.66em',
    width: '1.9em',
    height: '1.9em',
    lineHeight: '1.9em',
    borderRadius: 3,
    textAlign: 'center',
    fontWeight: 700,
    letterSpacing: '-0.02em',
    overflow: 'hidden',
    backgroundColor: PALETTE.initialsBackground,
    color: PALETTE.initialsText,
  },
  mark: {
    flex: '0 0 auto',
    display: 'inline-flex',
    alignItems: 'center',
    gap: '0.25em',
    fontSize: '0.8em',
    height: '1.6em',
    padding: '0 0.3em',
    borderRadius: '0.8em',
    fontWeight: 700,
    whiteSpace: 'nowrap',
    color: PALETTE.markText,
    '& svg': { width: '1.2em', height: '1.2em' },
  },
  badge: {
    flex: '0 0 auto',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: '0.8em',
    minWidth: '1.6em',
    height: '1.6em',
    padding: '0 0.35em',
    boxSizing: 'border-box',
    borderRadius: '0.8em',
    fontWeight: 700,
    backgroundColor: PALETTE.badgeBackground,
    color: PALETTE.badgeText,
  },
  team: {
    flex: '0 0 auto',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '1.3em',
    height: '1.3em',
    borderRadius: '50%',
    backgroundColor: PALETTE.team,
    '& svg': { width: '0.9em', height: '0.9em' },
  },
});

const Icon = (props: { path: string; colour: string }) => (
  <svg viewBox="0 0 24 24" aria-hidden focusable="false">
    <path d={props.path} fill={props.colour} />
  </svg>
);

/** The project's logo, or its initials; decoration beside the name. */
export function Logo(props: { logo: ToolLogo }) {
  const classes = useStyles();
  const { logo } = props;
  if (logo.kind === 'initials') {
    return (
      <span className={classes.initials} aria-hidden data-logo="initials">
        {logo.text}
      </span>
    );
  }
  return (
    <svg
      className={classes.logo}
      viewBox="0 0 24 24"
      aria-hidden
      focusable="false"
      data-logo="icon"
    >
      <path d={logo.path} fill={logo.colour} />
    </svg>
  );
}

/**
 * The verdict as icon (and label, unless `showLabel` is off) in the
 * severity's colour: the chip's icon and colour, small enough for a tile.
 */
export function VerdictMark(props: {
  verdict: ToolVerdict;
  label: string;
  showLabel: boolean;
  /** On a tile, whose name already says the verdict. */
  decorative?: boolean;
}) {
  const classes = useStyles();
  const { verdict, severity } = props.verdict;
  return (
    <span
      className={classes.mark}
      style={{ backgroundColor: markColour(severity) }}
      data-verdict={verdict}
      title={props.decorative ? props.label : undefined}
      aria-hidden={props.decorative || undefined}
    >
      <Icon path={VERDICT_ICON_PATHS[verdict]} colour={PALETTE.markText} />
      {props.showLabel && <span>{props.label}</span>}
    </span>
  );
}

/**
 * How many services depend on the tool. Decoration: the tile's name says
 * "3 dependents" in words, and the title shows them on hover.
 */
export function DependentsBadge(props: { count: number; title?: boolean }) {
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const label = t('page.diagram.dependents', { count: props.count });
  return (
    <span
      className={classes.badge}
      aria-hidden
      title={props.title === false ? undefined : label}
      data-dependents={props.count}
    >
      {props.count}
    </span>
  );
}

/** The tool is used by the signed-in user's teams; the tile's name says so. */
export function TeamMark(props: { title?: boolean }) {
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const label = t('page.diagram.tile.team');
  return (
    <span
      className={classes.team}
      aria-hidden
      title={props.title === false ? undefined : label}
      data-team-mark
    >
      <Icon path={TEAM_ICON_PATH} colour={PALETTE.teamText} />
    </span>
  );
}
