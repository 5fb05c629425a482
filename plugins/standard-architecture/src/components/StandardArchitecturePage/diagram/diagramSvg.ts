import {
  Verdict,
  VERDICTS,
  VERDICT_SEVERITY,
} from '@k8s-standard/plugin-standard-architecture-common';
import { DiagramModel } from './model';
import { PALETTE } from './palette';
import {
  attrs,
  badge,
  escapeXml,
  icon,
  initialsBadge,
  rect,
  teamMark,
  text,
  verdictMark,
} from './svgElements';
import { flow, layoutDiagram, Metrics, metrics, TileLayout } from './svgLayout';
import { fitText, textWidth } from './textMetrics';

export { escapeXml } from './svgElements';

/** The words of the exported picture, in the user's language. */
export interface DiagramSvgLabels {
  title: string;
  legendTitle: string;
  verdicts: Record<Verdict, string>;
  replacement: string;
  dependents: string;
  removed: string;
  team: string;
  initials: string;
}

export interface DiagramSvgOptions {
  labels: DiagramSvgLabels;
  compact?: boolean;
  /** Width of the picture in px; the height follows. */
  width?: number;
}

const FONT =
  "'Helvetica Neue', Helvetica, Arial, 'Apple SD Gothic Neo', 'Noto Sans KR', sans-serif";

function tileSvg(layout: TileLayout, m: Metrics) {
  const { tile, x, y, width } = layout;
  const centreY = y + m.tileHeight / 2;
  const dimmed = tile.team === false;
  const mine = tile.team === true;
  let fill: string = PALETTE.tileBackground;
  let stroke: string = PALETTE.tileBorder;
  if (tile.removed) {
    fill = PALETTE.removedBackground;
    stroke = PALETTE.removedBorder;
  }
  if (dimmed) {
    fill = PALETTE.dimmedBackground;
    stroke = PALETTE.dimmedBorder;
  }
  if (mine) stroke = PALETTE.team;
  const logoX = x + m.tilePad;
  const logo =
    tile.logo.kind === 'icon'
      ? icon(
          tile.logo.path,
          logoX,
          centreY - m.logoSize / 2,
          m.logoSize,
          tile.logo.colour,
          dimmed ? ' opacity="0.45" filter="url(#grey)"' : '',
        )
      : initialsBadge(tile.logo.text, logoX, centreY, m.logoSize);
  const parts = [
    rect({
      x: x + 0.5,
      y: y + 0.5,
      width: width - 1,
      height: m.tileHeight - 1,
      rx: 4,
      fill,
      stroke,
      'stroke-width': mine ? 2 : 1,
      'stroke-dasharray': tile.removed ? '4 3' : undefined,
    }),
    logo,
    text(layout.name, {
      x: x + layout.nameX,
      y: centreY + m.nameSize * 0.36,
      'font-size': m.nameSize,
      'font-weight': 600,
      fill: dimmed ? PALETTE.dimmedText : PALETTE.tileText,
    }),
    verdictMark(
      tile.verdict.severity,
      tile.verdict.verdict,
      x + layout.markX,
      centreY,
      layout.markWidth,
      m,
      layout.markLabel,
    ),
  ];
  if (layout.arrow !== undefined && layout.arrowX !== undefined) {
    parts.push(
      text(layout.arrow, {
        x: x + layout.arrowX,
        y: centreY + m.arrowSize * 0.36,
        'font-size': m.arrowSize,
        'font-weight': 700,
        fill: PALETTE.arrowText,
      }),
    );
  }
  if (layout.badgeX !== undefined && tile.dependents !== undefined) {
    parts.push(
      badge(
        String(tile.dependents),
        x + layout.badgeX,
        centreY,
        layout.badgeWidth!,
        m,
      ),
    );
  }
  if (layout.teamX !== undefined)
    parts.push(teamMark(x + layout.teamX, centreY, m));
  return `<g ${attrs({ 'data-tool': tile.id })}>${parts.join('')}</g>`;
}

/** The legend under the bands: every mark with its meaning. */
function legendSvg(
  labels: DiagramSvgLabels,
  top: number,
  width: number,
  m: Metrics,
): { svg: string; height: number } {
  const size = m.legendSize;
  const verdictItems = VERDICTS.map(verdict => {
    const label = labels.verdicts[verdict];
    const w = 4 + m.markIcon + 4 + textWidth(label, m.markSize, true) + 2;
    return {
      width: w,
      draw: (x: number, cy: number) =>
        verdictMark(VERDICT_SEVERITY[verdict], verdict, x, cy, w, m, label),
    };
  });
  const withText = (
    markWidth: number,
    mark: (x: number, cy: number) => string,
    words: string,
  ) => ({
    width: markWidth + 6 + textWidth(words, size),
    draw: (x: number, cy: number) =>
      mark(x, cy) +
      text(words, {
        x: x + markWidth + 6,
        y: cy + size * 0.36,
        'font-size': size,
        fill: PALETTE.tileText,
      }),
  });
  const arrowWidth = textWidth('→ X', m.arrowSize, true);
  const items = [
    {
      width: textWidth(labels.legendTitle, size + 1, true),
      draw: (x: number, cy: number) =>
        text(labels.legendTitle, {
          x,
          y: cy + size * 0.36,
          'font-size': size + 1,
          'font-weight': 700,
          fill: PALETTE.title,
        }),
    },
    ...verdictItems,
    withText(
      arrowWidth,
      (x, cy) =>
        text('→ X', {
          x,
          y: cy + m.arrowSize * 0.36,
          'font-size': m.arrowSize,
          'font-weight': 700,
          fill: PALETTE.arrowText,
        }),
      labels.replacement,
    ),
    withText(
      m.badgeHeight,
      (x, cy) => badge('5', x, cy, m.badgeHeight, m),
      labels.dependents,
    ),
    withText(
      22,
      (x, cy) =>
        rect({
          x: x + 0.5,
          y: cy - 7,
          width: 21,
          height: 14,
          rx: 3,
          fill: PALETTE.removedBackground,
          stroke: PALETTE.removedBorder,
          'stroke-dasharray': '4 3',
        }),
      labels.removed,
    ),
    withText(m.teamSize, (x, cy) => teamMark(x, cy, m), labels.team),
    withText(
      m.logoSize,
      (x, cy) => initialsBadge('Ab', x, cy, m.logoSize),
      labels.initials,
    ),
  ].map(item => ({ ...item, width: Math.min(item.width, width) }));
  const rows = flow(items, width, 18);
  const svg = rows
    .map((row, index) => {
      let x = m.margin;
      const cy = top + index * m.legendRow + m.legendRow / 2;
      return row
        .map(item => {
          const drawn = item.draw(x, cy);
          x += item.width + 18;
          return drawn;
        })
        .join('');
    })
    .join('');
  return { svg, height: rows.length * m.legendRow };
}

/**
 * The diagram as a standalone SVG document: the same bands, categories and
 * tiles (logo, name, verdict mark, "→ replacement", dependents, team) as the
 * page, laid out by `layoutDiagram`, with the legend at the bottom. Every
 * text is XML-escaped, so a name like `<script>` stays text.
 */
export function diagramSvg(
  model: DiagramModel,
  options: DiagramSvgOptions,
): string {
  const compact = options.compact ?? false;
  const width = options.width ?? 1400;
  const m = metrics(compact);
  const layout = layoutDiagram(model, { compact, width });
  const legend = legendSvg(
    options.labels,
    layout.legendY,
    width - 2 * m.margin,
    m,
  );
  const height = Math.ceil(layout.legendY + legend.height + m.margin);
  const body: string[] = [];
  for (const band of layout.bands) {
    body.push(
      rect({
        x: m.margin,
        y: band.y,
        width: width - 2 * m.margin,
        height: band.height,
        rx: 4,
        fill: PALETTE.bandBackground,
        stroke: PALETTE.bandBorder,
      }),
      rect({
        x: m.margin,
        y: band.y,
        width: m.layerWidth,
        height: band.height,
        rx: 4,
        fill: PALETTE.layerBackground,
      }),
      ...band.label.map((line, index) =>
        text(line, {
          x: m.margin + 8,
          y:
            band.y +
            band.height / 2 -
            ((band.label.length - 1) * 16) / 2 +
            index * 16 +
            m.layerSize * 0.36,
          'font-size': m.layerSize,
          'font-weight': 700,
          fill: PALETTE.layerText,
        }),
      ),
    );
    for (const category of band.categories) {
      body.push(
        rect({
          x: category.x + 0.5,
          y: category.y + 0.5,
          width: category.width - 1,
          height: category.height - 1,
          rx: 4,
          fill: 'none',
          stroke: PALETTE.categoryBorder,
        }),
        text(category.label, {
          x: category.x + m.categoryPadX,
          y: category.y + 12,
          'font-size': m.categoryLabelSize,
          'font-weight': 600,
          fill: PALETTE.categoryText,
        }),
        ...category.tiles.map(tile => tileSvg(tile, m)),
      );
    }
  }
  const title = fitText(
    options.labels.title,
    width - 2 * m.margin,
    m.titleSize,
    true,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" ${attrs({
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': FONT,
    })}>`,
    `<title>${escapeXml(options.labels.title)}</title>`,
    '<defs><filter id="grey"><feColorMatrix type="saturate" values="0"/></filter></defs>',
    rect({ x: 0, y: 0, width, height, fill: PALETTE.canvas }),
    text(title, {
      x: m.margin,
      y: m.margin + m.titleSize,
      'font-size': m.titleSize,
      'font-weight': 700,
      fill: PALETTE.title,
    }),
    ...body,
    legend.svg,
    '</svg>',
  ].join('\n');
}
