import { Typography } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { UsageKnownBy } from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../translation';

const WAYS = ['declared', 'detected'] as const;

/**
 * How a usage is known, as a quiet caption: "declared" (spec.dependsOn),
 * "detected" (repository scan) or both; the tooltip says what each means.
 */
export function UsageKnownByLabel(props: { usage: UsageKnownBy }) {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const ways = WAYS.filter(way => props.usage[way]);
  if (ways.length === 0) return null;
  return (
    <Typography
      variant="caption"
      color="textSecondary"
      display="block"
      aria-label={`${t('usage.label')}: ${ways
        .map(way => t(`usage.${way}`))
        .join(', ')}`}
      data-usage={ways.join(' ')}
    >
      {ways.map((way, index) => (
        <span key={way} title={t(`usage.${way}Hint`)}>
          {index > 0 && ' · '}
          {t(`usage.${way}`)}
        </span>
      ))}
    </Typography>
  );
}
