import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { standardArchitectureTranslationRef } from '../translation';
import { koParticle } from './koParticle';

/**
 * "Move to Gateway API", or in Korean "Gateway API로 이전": the Korean
 * message places the particle (`{{ro}}`) that fits the last target, which
 * the English message does not use.
 */
export function useMoveTo(): (targets: string[]) => string {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return targets => {
    const target = targets.join(', ');
    const options = { target };
    const withParticle = { ...options, ro: koParticle(target, '으로/로') };
    return t('moveTo', withParticle as typeof options);
  };
}
