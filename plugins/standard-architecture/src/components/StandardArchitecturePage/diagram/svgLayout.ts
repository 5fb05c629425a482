import { DiagramModel, DiagramTile } from './model';
import { fitText, textWidth, wrapText } from './textMetrics';

/** Sizes in px of the exported picture; compact mode shrinks the tiles. */
export function metrics(compact: boolean) {
  return {
    margin: 16,
    titleSize: 16,
    titleHeight: 30,
    bandGap: 5,
    bandPad: 5,
    layerWidth: 128,
    layerSize: 12.5,
    categoryGap: 6,
    categoryPadX: 6,
    categoryLabelHeight: 16,
    categoryLabelSize: 11,
    categoryPadBottom: 6,
    categoryMinWidth: 96,
    tileGap: 5,
    tileHeight: compact ? 24 : 30,
    tilePad: compact ? 6 : 8,
    partGap: compact ? 4 : 6,
    logoSize: compact ? 14 : 16,
    nameSize: compact ? 11.5 : 12.5,
    nameMax: compact ? 110 : 170,
    markHeight: compact ? 15 : 17,
    markIcon: compact ? 11 : 12,
    markSize: 10.5,
    arrowSize: 11,
    arrowMax: 130,
    badgeHeight: 16,
    badgeSize: 10,
    teamSize: 15,
    legendGap: 12,
    legendSize: 11.5,
    legendRow: 22,
  };
}
export type Metrics = ReturnType<typeof metrics>;

/** Where each part of a tile goes, from the tile's left edge. */
export interface TileLayout {
  tile: DiagramTile;
  x: number;
  y: number;
  width: number;
  name: string;
  nameX: number;
  markX: number;
  markWidth: number;
  markLabel?: string;
  arrowX?: number;
  arrow?: string;
  badgeX?: number;
  badgeWidth?: number;
  teamX?: number;
}

export interface CategoryLayout {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  tiles: TileLayout[];
}

export interface BandLayout {
  y: number;
  height: number;
  label: string[];
  categories: CategoryLayout[];
}

export interface DiagramLayout {
  width: number;
  height: number;
  bands: BandLayout[];
  /** Where the legend starts. */
  legendY: number;
}

/** A tile's parts left to right and its width, before it is placed. */
function measureTile(tile: DiagramTile, m: Metrics, compact: boolean) {
  let x = m.tilePad + m.logoSize + m.partGap;
  const name = fitText(tile.name, m.nameMax, m.nameSize, true);
  const nameX = x;
  x += textWidth(name, m.nameSize, true) + m.partGap;
  const markLabel =
    !compact && tile.verdict.verdict !== 'recommended'
      ? tile.verdictLabel
      : undefined;
  const markWidth =
    4 +
    m.markIcon +
    4 +
    (markLabel ? textWidth(markLabel, m.markSize, true) + 2 : 0);
  const markX = x;
  x += markWidth;
  const parts: Partial<TileLayout> = {};
  if (tile.replacement) {
    parts.arrow = compact
      ? '→'
      : fitText(`→ ${tile.replacement}`, m.arrowMax, m.arrowSize, true);
    parts.arrowX = x + m.partGap;
    x = parts.arrowX + textWidth(parts.arrow, m.arrowSize, true);
  }
  if (tile.dependents !== undefined) {
    parts.badgeWidth = Math.max(
      m.badgeHeight,
      textWidth(String(tile.dependents), m.badgeSize, true) + 10,
    );
    parts.badgeX = x + m.partGap;
    x = parts.badgeX + parts.badgeWidth;
  }
  if (tile.team) {
    parts.teamX = x + m.partGap;
    x = parts.teamX + m.teamSize;
  }
  return {
    tile,
    name,
    nameX,
    markX,
    markWidth,
    markLabel,
    ...parts,
    width: Math.ceil(x + m.tilePad),
  };
}

/** Boxes flowed left to right into rows of `maxWidth`, like CSS flex-wrap. */
export function flow<T extends { width: number }>(
  items: T[],
  maxWidth: number,
  gap: number,
): T[][] {
  const rows: T[][] = [];
  let used = 0;
  for (const item of items) {
    const row = rows[rows.length - 1];
    if (row && used + gap + item.width <= maxWidth) {
      row.push(item);
      used += gap + item.width;
    } else {
      rows.push([item]);
      used = item.width;
    }
  }
  return rows;
}

/**
 * The exported picture's geometry: bands stacked top down, categories
 * flowing and wrapping in each band and growing to fill their row, tiles
 * flowing in each category. Nothing overlaps.
 */
export function layoutDiagram(
  model: DiagramModel,
  options: { compact: boolean; width: number },
): DiagramLayout {
  const { compact, width } = options;
  const m = metrics(compact);
  const innerX = m.margin + m.layerWidth + m.bandPad;
  const innerWidth = width - innerX - m.margin - m.bandPad;
  let y = m.margin + m.titleHeight;
  const bands: BandLayout[] = model.bands.map(band => {
    const categories = band.categories.map(category => {
      const tiles = category.tiles.map(tile => measureTile(tile, m, compact));
      const rows = flow(tiles, innerWidth - 2 * m.categoryPadX, m.tileGap);
      const content = Math.max(
        ...rows.map(
          row =>
            row.reduce((sum, t) => sum + t.width, 0) +
            (row.length - 1) * m.tileGap,
        ),
      );
      return {
        width: Math.min(
          innerWidth,
          Math.max(m.categoryMinWidth, content + 2 * m.categoryPadX),
        ),
        rows,
        label: category.label,
      };
    });
    const bandTop = y;
    let rowY = bandTop + m.bandPad;
    const placed: CategoryLayout[] = [];
    for (const row of flow(categories, innerWidth, m.categoryGap)) {
      const used =
        row.reduce((sum, c) => sum + c.width, 0) +
        (row.length - 1) * m.categoryGap;
      const grow = (innerWidth - used) / row.length;
      const height = Math.max(
        ...row.map(
          c =>
            m.categoryLabelHeight +
            c.rows.length * (m.tileHeight + m.tileGap) -
            m.tileGap +
            m.categoryPadBottom,
        ),
      );
      let x = innerX;
      for (const category of row) {
        const boxWidth = category.width + grow;
        const tiles: TileLayout[] = [];
        for (let index = 0; index < category.rows.length; index++) {
          let tileX = x + m.categoryPadX;
          const tileY =
            rowY + m.categoryLabelHeight + index * (m.tileHeight + m.tileGap);
          for (const tile of category.rows[index]) {
            tiles.push({ ...tile, x: tileX, y: tileY });
            tileX += tile.width + m.tileGap;
          }
        }
        placed.push({
          x,
          y: rowY,
          width: boxWidth,
          height,
          label: fitText(
            category.label,
            boxWidth - 2 * m.categoryPadX,
            m.categoryLabelSize,
            true,
          ),
          tiles,
        });
        x += boxWidth + m.categoryGap;
      }
      rowY += height + m.categoryGap;
    }
    const label = wrapText(band.label, m.layerWidth - 16, m.layerSize, true);
    const height = Math.max(
      rowY - m.categoryGap + m.bandPad - bandTop,
      label.length * 16 + 2 * m.bandPad,
      m.tileHeight + 2 * m.bandPad,
    );
    y = bandTop + height + m.bandGap;
    return { y: bandTop, height, label, categories: placed };
  });
  return { width, height: y, bands, legendY: y - m.bandGap + m.legendGap };
}
