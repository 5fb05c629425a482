import { Button, IconButton, Tooltip } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import GetAppIcon from '@material-ui/icons/GetApp';
import GroupIcon from '@material-ui/icons/Group';
import ViewCompactIcon from '@material-ui/icons/ViewCompact';
import ZoomInIcon from '@material-ui/icons/ZoomIn';
import ZoomOutIcon from '@material-ui/icons/ZoomOut';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { standardArchitectureTranslationRef } from '../../../translation';

/** Font scales of the diagram: zoom changes the tiles' size, not the page's. */
export const ZOOM_LEVELS = [0.7, 0.8, 0.9, 1, 1.15, 1.3, 1.5] as const;
export const DEFAULT_ZOOM = 1;

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1),
  },
  group: { display: 'inline-flex', alignItems: 'center', gap: 2 },
  level: {
    minWidth: '3.5em',
    textAlign: 'center',
    fontVariantNumeric: 'tabular-nums',
    ...theme.typography.body2,
  },
}));

const ToggleButton = (props: {
  pressed: boolean;
  onClick: () => void;
  icon: JSX.Element;
  label: string;
}) => (
  <Button
    size="small"
    variant={props.pressed ? 'contained' : 'outlined'}
    color={props.pressed ? 'primary' : 'default'}
    aria-pressed={props.pressed}
    startIcon={props.icon}
    onClick={props.onClick}
  >
    {props.label}
  </Button>
);

/** Compact, My team, zoom and export: what changes the diagram's look. */
export function DiagramToolbar(props: {
  compact: boolean;
  onCompactChange: (compact: boolean) => void;
  myTeam: boolean;
  onMyTeamChange: (myTeam: boolean) => void;
  zoom: number;
  onZoomChange: (zoom: number) => void;
  onExport: (format: 'svg' | 'png') => void;
}) {
  const { zoom, onZoomChange } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const index = ZOOM_LEVELS.findIndex(level => level === zoom);
  const zoomTo = (next: number) =>
    onZoomChange(
      ZOOM_LEVELS[Math.max(0, Math.min(ZOOM_LEVELS.length - 1, next))],
    );
  const zoomIn = t('page.diagram.toolbar.zoomIn');
  const zoomOut = t('page.diagram.toolbar.zoomOut');
  return (
    <div
      role="group"
      aria-label={t('page.diagram.toolbar.label')}
      className={classes.toolbar}
    >
      <ToggleButton
        pressed={props.compact}
        onClick={() => props.onCompactChange(!props.compact)}
        icon={<ViewCompactIcon />}
        label={t('page.diagram.toolbar.compact')}
      />
      <ToggleButton
        pressed={props.myTeam}
        onClick={() => props.onMyTeamChange(!props.myTeam)}
        icon={<GroupIcon />}
        label={t('page.diagram.toolbar.myTeam')}
      />
      <span className={classes.group}>
        <Tooltip title={zoomOut}>
          <span>
            <IconButton
              size="small"
              aria-label={zoomOut}
              disabled={index <= 0}
              onClick={() => zoomTo(index - 1)}
            >
              <ZoomOutIcon />
            </IconButton>
          </span>
        </Tooltip>
        <span className={classes.level} aria-live="polite">
          {t('page.diagram.toolbar.zoomLevel', {
            percent: String(Math.round(zoom * 100)),
          })}
        </span>
        <Tooltip title={zoomIn}>
          <span>
            <IconButton
              size="small"
              aria-label={zoomIn}
              disabled={index >= ZOOM_LEVELS.length - 1}
              onClick={() => zoomTo(index + 1)}
            >
              <ZoomInIcon />
            </IconButton>
          </span>
        </Tooltip>
        <Button
          size="small"
          disabled={zoom === DEFAULT_ZOOM}
          onClick={() => onZoomChange(DEFAULT_ZOOM)}
        >
          {t('page.diagram.toolbar.resetZoom')}
        </Button>
      </span>
      <span className={classes.group}>
        <Button
          size="small"
          variant="outlined"
          startIcon={<GetAppIcon />}
          onClick={() => props.onExport('svg')}
        >
          {t('page.diagram.toolbar.exportSvg')}
        </Button>
        <Button
          size="small"
          variant="outlined"
          startIcon={<GetAppIcon />}
          onClick={() => props.onExport('png')}
        >
          {t('page.diagram.toolbar.exportPng')}
        </Button>
      </span>
    </div>
  );
}
