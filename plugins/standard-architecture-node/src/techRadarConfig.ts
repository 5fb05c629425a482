import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  techRadarLayout,
  TechRadarLayout,
  TechRadarQuadrant,
} from '@k8s-standard/plugin-standard-architecture-common';

const KEY = 'standardArchitecture.techRadar';

/**
 * Reads `standardArchitecture.techRadar` (quadrants and the layer →
 * quadrant mapping), failing at startup with the bad key named.
 */
export function readTechRadarConfig(config?: Config): TechRadarLayout {
  let quadrants: TechRadarQuadrant[] | undefined;
  let layerQuadrants: Record<string, string> | undefined;
  try {
    quadrants = config
      ?.getOptionalConfigArray('quadrants')
      ?.map(q => ({ id: q.getString('id'), name: q.getString('name') }));
    const mapping = config?.getOptionalConfig('layerQuadrants');
    layerQuadrants = mapping
      ? Object.fromEntries(mapping.keys().map(k => [k, mapping.getString(k)]))
      : undefined;
  } catch (error) {
    throw new InputError(`${KEY}: ${(error as Error).message}`);
  }
  try {
    return techRadarLayout({ quadrants, layerQuadrants });
  } catch (error) {
    throw new InputError(`${KEY}.${(error as Error).message}`);
  }
}
