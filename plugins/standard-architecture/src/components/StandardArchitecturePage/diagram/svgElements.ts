import {
  Verdict,
  VerdictSeverity,
} from '@k8s-standard/plugin-standard-architecture-common';
import { markColour, PALETTE } from './palette';
import { Metrics } from './svgLayout';
import { TEAM_ICON_PATH, VERDICT_ICON_PATHS } from './verdictIcons';

// The pieces of the exported SVG as strings: escaping, attributes, shapes,
// and the marks a tile and the legend share.

/**
 * Text as XML character data or attribute value: the five special
 * characters escaped, and the control characters XML 1.0 forbids dropped.
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

export const n = (value: number) => String(Math.round(value * 10) / 10);

export function attrs(values: Record<string, string | number | undefined>) {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) =>
      typeof value === 'number'
        ? `${key}="${n(value)}"`
        : `${key}="${escapeXml(value!)}"`,
    )
    .join(' ');
}

export const rect = (values: Record<string, string | number | undefined>) =>
  `<rect ${attrs(values)}/>`;

export const text = (
  content: string,
  values: Record<string, string | number | undefined>,
) => `<text ${attrs(values)}>${escapeXml(content)}</text>`;

/** A 24×24 icon path scaled to `size` at (x, y). */
export const icon = (
  path: string,
  x: number,
  y: number,
  size: number,
  fill: string,
  extra = '',
) =>
  `<path transform="translate(${n(x)} ${n(y)}) scale(${(size / 24).toFixed(
    4,
  )})" d="${escapeXml(path)}" fill="${fill}"${extra}/>`;

export function verdictMark(
  severity: VerdictSeverity,
  verdict: Verdict,
  x: number,
  centreY: number,
  width: number,
  m: Metrics,
  label?: string,
) {
  const top = centreY - m.markHeight / 2;
  return [
    rect({
      x,
      y: top,
      width,
      height: m.markHeight,
      rx: m.markHeight / 2,
      fill: markColour(severity),
    }),
    icon(
      VERDICT_ICON_PATHS[verdict],
      x + 4,
      centreY - m.markIcon / 2,
      m.markIcon,
      PALETTE.markText,
    ),
    label
      ? text(label, {
          x: x + 4 + m.markIcon + 3,
          y: centreY + m.markSize * 0.36,
          'font-size': m.markSize,
          'font-weight': 700,
          fill: PALETTE.markText,
        })
      : '',
  ].join('');
}

export function badge(
  count: string,
  x: number,
  centreY: number,
  width: number,
  m: Metrics,
) {
  return [
    rect({
      x,
      y: centreY - m.badgeHeight / 2,
      width,
      height: m.badgeHeight,
      rx: m.badgeHeight / 2,
      fill: PALETTE.badgeBackground,
    }),
    text(count, {
      x: x + width / 2,
      y: centreY + m.badgeSize * 0.36,
      'font-size': m.badgeSize,
      'font-weight': 700,
      'text-anchor': 'middle',
      fill: PALETTE.badgeText,
    }),
  ].join('');
}

export function teamMark(x: number, centreY: number, m: Metrics) {
  const r = m.teamSize / 2;
  const circle = `<circle ${attrs({
    cx: x + r,
    cy: centreY,
    r,
    fill: PALETTE.team,
  })}/>`;
  const people = icon(
    TEAM_ICON_PATH,
    x + r * 0.35,
    centreY - r * 0.65,
    r * 1.3,
    PALETTE.teamText,
  );
  return `${circle}${people}`;
}

export function initialsBadge(
  initials: string,
  x: number,
  centreY: number,
  size: number,
) {
  return (
    rect({
      x,
      y: centreY - size / 2,
      width: size,
      height: size,
      rx: 3,
      fill: PALETTE.initialsBackground,
    }) +
    text(initials, {
      x: x + size / 2,
      y: centreY + size * 0.22,
      'font-size': size * 0.6,
      'font-weight': 700,
      'text-anchor': 'middle',
      fill: PALETTE.initialsText,
    })
  );
}
