import { VerdictSeverity } from '@k8s-standard/plugin-standard-architecture-common';
import { SEVERITY_COLOURS } from '../../VerdictChip';

/**
 * The diagram's own colours, light like the published picture in either app
 * theme, so the screen and the exported SVG/PNG look the same. Every text
 * pair is checked for WCAG AA (4.5:1) in palette.test.ts.
 */
export const PALETTE = {
  canvas: '#ffffff',
  title: '#1b1f23',
  bandBackground: '#f3f5f8',
  bandBorder: '#d5dbe2',
  layerBackground: '#e2e7ee',
  layerText: '#1b2733',
  categoryBorder: '#c3ccd6',
  categoryText: '#46525e',
  tileBackground: '#ffffff',
  tileBorder: '#aab4bf',
  tileText: '#1b1f23',
  removedBackground: '#f7f7f7',
  removedBorder: '#7b8794',
  arrowText: '#37474f',
  dimmedBackground: '#e9ecef',
  dimmedText: '#4f5b66',
  dimmedBorder: '#d0d6dc',
  team: '#1f5493',
  teamText: '#ffffff',
  badgeBackground: '#455a64',
  badgeText: '#ffffff',
  initialsBackground: '#dfe4ea',
  initialsText: '#263238',
  logoFallback: '#37474f',
  markText: '#ffffff',
  focus: '#1f5493',
} as const;

/** The verdict marks' backgrounds: the same colours as every VerdictChip. */
export const markColour = (severity: VerdictSeverity) =>
  SEVERITY_COLOURS[severity];
