import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { standardArchitectureTranslationRef } from '../../../translation';
import { DiagramTile as Tile } from './model';
import { DependentsBadge, Logo, TeamMark, VerdictMark } from './marks';
import { PALETTE } from './palette';

const useStyles = makeStyles({
  tile: {
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    gap: '0.4em',
    boxSizing: 'border-box',
    height: '2.35em',
    maxWidth: '100%',
    minWidth: 0,
    margin: 0,
    padding: '0 0.5em',
    font: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    color: PALETTE.tileText,
    backgroundColor: PALETTE.tileBackground,
    border: `1px solid ${PALETTE.tileBorder}`,
    borderRadius: 4,
    '&:hover': {
      borderColor: PALETTE.tileText,
      boxShadow: '0 1px 3px rgba(0, 0, 0, 0.2)',
    },
    '&:focus-visible': {
      outline: `2px solid ${PALETTE.focus}`,
      outlineOffset: 2,
    },
  },
  compact: {
    fontSize: '0.88em',
    height: '1.95em',
    gap: '0.3em',
    padding: '0 0.35em',
  },
  removed: {
    borderStyle: 'dashed',
    borderColor: PALETTE.removedBorder,
    backgroundColor: PALETTE.removedBackground,
  },
  mine: {
    borderColor: PALETTE.team,
    boxShadow: `inset 0 0 0 1px ${PALETTE.team}`,
  },
  other: {
    color: PALETTE.dimmedText,
    backgroundColor: PALETTE.dimmedBackground,
    borderColor: PALETTE.dimmedBorder,
    // The logo fades; texts keep AA contrast, marks keep their colours.
    '& [data-logo]': { filter: 'grayscale(1)', opacity: 0.45 },
  },
  name: {
    minWidth: 0,
    maxWidth: '13em',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    fontWeight: 500,
  },
  compactName: { maxWidth: '8.5em' },
  arrow: {
    flex: '0 1 auto',
    minWidth: 0,
    maxWidth: '10em',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    fontSize: '0.85em',
    fontWeight: 600,
    color: PALETTE.arrowText,
  },
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    margin: -1,
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/**
 * One tool: a real button named after the tool and its verdict (and what
 * replaces it), so Tab and Enter open its details; the logo, the verdict
 * mark, "→ Tempo", the dependents and the team mark describe it.
 */
export function DiagramTile(props: {
  tile: Tile;
  compact: boolean;
  onOpen: (toolId: string) => void;
}) {
  const { tile, compact, onOpen } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  // "Jaeger — Removed, replaced by Tempo, 3 dependents": the name starts with
  // the visible name and says in words what each mark shows.
  const name = [
    t('page.diagram.tile.label', {
      name: tile.name,
      verdict: tile.verdictLabel,
    }) +
      (tile.replacement
        ? t('page.diagram.tile.replacedBy', { replacement: tile.replacement })
        : ''),
  ];
  if (tile.dependents !== undefined) {
    name.push(t('page.diagram.dependents', { count: tile.dependents }));
  }
  if (tile.team) name.push(t('page.diagram.tile.team'));
  const className = [
    classes.tile,
    compact && classes.compact,
    tile.removed && classes.removed,
    tile.team === true && classes.mine,
    tile.team === false && classes.other,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      className={className}
      onClick={() => onOpen(tile.id)}
      data-tool={tile.id}
      data-verdict={tile.verdict.verdict}
      data-team={tile.team === undefined ? undefined : String(tile.team)}
    >
      {/* The name, from one text: screen readers would otherwise join the
          marks with stray spaces. Everything after it is its picture. */}
      <span className={classes.visuallyHidden}>{name.join(', ')}</span>
      <Logo logo={tile.logo} />
      <span
        className={`${classes.name} ${compact ? classes.compactName : ''}`}
        title={tile.name}
        aria-hidden
      >
        {tile.name}
      </span>
      <VerdictMark
        verdict={tile.verdict}
        label={tile.verdictLabel}
        showLabel={!compact && tile.verdict.verdict !== 'recommended'}
        decorative
      />
      {tile.replacement && (
        <span
          className={classes.arrow}
          title={`→ ${tile.replacement}`}
          aria-hidden
          data-replacement
        >
          {compact ? '→' : `→ ${tile.replacement}`}
        </span>
      )}
      {tile.dependents !== undefined && (
        <DependentsBadge count={tile.dependents} />
      )}
      {tile.team && <TeamMark />}
    </button>
  );
}
