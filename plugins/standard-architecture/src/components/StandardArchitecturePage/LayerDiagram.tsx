import { useState } from 'react';
import { Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AdoptionResponse,
  EditionResponse,
} from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { usePostError } from '../usePostError';
import { DiagramBand } from './diagram/DiagramBand';
import { DiagramLegend } from './diagram/DiagramLegend';
import { DEFAULT_ZOOM, DiagramToolbar } from './diagram/DiagramToolbar';
import { diagramSvg } from './diagram/diagramSvg';
import { download, svgBlob, svgToPng } from './diagram/exportDiagram';
import { buildDiagramModel } from './diagram/model';
import { PALETTE } from './diagram/palette';
import { useDiagramLabels } from './diagram/useDiagramLabels';
import { MyTeamState, useMyTeamTools } from './diagram/useMyTeamTools';

/** The diagram's font size in px at 100 %; every size on it is in em. */
const BASE_FONT_SIZE = 13;

const useStyles = makeStyles(theme => ({
  bands: {
    display: 'flex',
    flexDirection: 'column',
    gap: '0.3em',
    padding: '0.3em',
    lineHeight: 1.3,
    fontFamily: theme.typography.fontFamily,
    color: PALETTE.tileText,
    backgroundColor: PALETTE.canvas,
    borderRadius: 4,
  },
  note: { margin: theme.spacing(0, 0, 1) },
}));

function MyTeamNote(props: { state: MyTeamState }) {
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const { state } = props;
  let text: string | undefined;
  if (state.status === 'loading') text = t('page.diagram.myTeam.loading');
  if (state.status === 'unavailable') {
    text = t('page.diagram.myTeam.unavailable');
  }
  if (state.status === 'failed') text = t('page.diagram.myTeam.failed');
  if (state.status === 'ready' && state.tools.size === 0) {
    text = t('page.diagram.myTeam.none');
  }
  if (!text) return null;
  return (
    <Typography
      variant="body2"
      className={classes.note}
      role="status"
      data-my-team-note
    >
      {text}
    </Typography>
  );
}

/**
 * The layered diagram: one band per layer (platform services on top, as
 * published), categories flowing in each band, compact tiles flowing in each
 * category, and a legend of every mark. Compact mode and zoom change the
 * tiles' size rather than the diagram's height; "My team" highlights what
 * the user's teams use; the picture exports as SVG or PNG.
 * `dependents` is undefined while adoption is unknown, and a tool nobody
 * depends on shows no count at all.
 */
export function LayerDiagram(props: {
  edition: EditionResponse;
  dependents?: Map<string, number>;
  /** The page's `/adoption` answer: whose services use which tool. */
  adoption?: Pick<AdoptionResponse, 'tools'>;
  onOpen: (toolId: string) => void;
}) {
  const { edition, dependents, adoption, onOpen } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const [compact, setCompact] = useState(false);
  const [zoom, setZoom] = useState(DEFAULT_ZOOM);
  const [myTeam, setMyTeam] = useState(false);
  const [exportError, setExportError] = useState<Error>();
  usePostError(exportError);
  const team = useMyTeamTools(adoption, myTeam);
  const labels = useDiagramLabels(edition.year);
  const model = buildDiagramModel(edition, {
    ...labels.model,
    dependents,
    // Owning nothing dims nothing: the note says so instead.
    teamTools:
      team.status === 'ready' && team.tools.size > 0 ? team.tools : undefined,
  });

  const exportAs = async (format: 'svg' | 'png') => {
    try {
      const svg = diagramSvg(model, { labels: labels.svg, compact });
      const name = `kubernetes-standard-architecture-${edition.year}`;
      if (format === 'svg') download(svgBlob(svg), `${name}.svg`);
      else download(await svgToPng(svg), `${name}.png`);
    } catch (error) {
      setExportError(
        new Error(
          `${t('page.diagram.toolbar.exportFailed')}: ${
            error instanceof Error ? error.message : String(error)
          }`,
        ),
      );
    }
  };

  return (
    <div data-diagram>
      <DiagramToolbar
        compact={compact}
        onCompactChange={setCompact}
        myTeam={myTeam}
        onMyTeamChange={setMyTeam}
        zoom={zoom}
        onZoomChange={setZoom}
        onExport={exportAs}
      />
      <MyTeamNote state={team} />
      <div
        className={classes.bands}
        role="group"
        aria-label={t('page.diagram.label', { edition: String(edition.year) })}
        style={{ fontSize: BASE_FONT_SIZE * zoom }}
        data-compact={compact}
        data-zoom={zoom}
      >
        {model.bands.map(band => (
          <DiagramBand
            key={band.id}
            band={band}
            compact={compact}
            onOpen={onOpen}
          />
        ))}
      </div>
      <DiagramLegend />
    </div>
  );
}
