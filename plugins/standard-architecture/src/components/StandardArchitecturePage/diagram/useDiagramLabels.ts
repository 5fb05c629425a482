import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  LayerId,
  VERDICTS,
} from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../../translation';
import { useBilingual } from '../../useDataLanguage';
import { useVerdictLabel } from '../../VerdictChip';
import { DiagramSvgLabels } from './diagramSvg';
import { DiagramModelOptions } from './model';

/** The diagram's words in the user's language, for the page and the export. */
export function useDiagramLabels(year: number): {
  model: Pick<
    DiagramModelOptions,
    'layerLabel' | 'categoryLabel' | 'verdictLabel'
  >;
  svg: DiagramSvgLabels;
} {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const bilingual = useBilingual();
  const verdictLabel = useVerdictLabel();
  return {
    model: {
      layerLabel: (layer: LayerId) => t(`page.layers.${layer}`),
      categoryLabel: category => bilingual(category.name),
      verdictLabel,
    },
    svg: {
      title: t('page.diagram.exportTitle', { edition: String(year) }),
      legendTitle: t('page.diagram.legend.title'),
      verdicts: Object.fromEntries(
        VERDICTS.map(verdict => [verdict, verdictLabel(verdict)]),
      ) as DiagramSvgLabels['verdicts'],
      replacement: t('page.diagram.legend.replacement'),
      dependents: t('page.diagram.legend.dependents'),
      removed: t('page.diagram.legend.removed'),
      team: t('page.diagram.legend.team'),
      initials: t('page.diagram.legend.initials'),
    },
  };
}
