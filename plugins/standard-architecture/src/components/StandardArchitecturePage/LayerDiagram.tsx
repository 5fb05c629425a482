import { useId } from 'react';
import { Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Category,
  EditionResponse,
  LAYER_IDS,
  LayerId,
  Tool,
} from '@internal/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { useBilingual } from '../useDataLanguage';
import { ToolCard, TOOL_CARD_MIN_WIDTH } from './ToolCard';
import { toolDisplayStatuses } from './toolStatus';

const useStyles = makeStyles(theme => ({
  diagram: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
  },
  layer: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    padding: theme.spacing(1.5),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    backgroundColor: theme.palette.background.default,
  },
  layerName: {
    flex: '0 0 160px',
    margin: 0,
    alignSelf: 'center',
  },
  categories: {
    flex: '1 1 0',
    minWidth: TOOL_CARD_MIN_WIDTH + 32,
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1.5),
  },
  category: {
    flex: '1 1 auto',
    minWidth: TOOL_CARD_MIN_WIDTH + 16,
    padding: theme.spacing(1),
    borderRadius: theme.shape.borderRadius,
    backgroundColor: theme.palette.background.paper,
  },
  categoryName: {
    margin: theme.spacing(0, 0, 1),
  },
  tools: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
}));

interface LayerRow {
  id: LayerId;
  categories: Array<{ category: Category; tools: Tool[] }>;
}

/** Layers top to bottom as the article draws them: platform services first. */
function layerRows(edition: EditionResponse): LayerRow[] {
  return [...LAYER_IDS].reverse().flatMap(layerId => {
    const layer = edition.layers.find(l => l.id === layerId);
    if (!layer) return [];
    return [
      {
        id: layerId,
        categories: layer.categories
          .map(category => ({
            category,
            tools: edition.tools.filter(t => t.category === category.id),
          }))
          .filter(c => c.tools.length > 0),
      },
    ];
  });
}

function LayerSection(props: {
  row: LayerRow;
  edition: EditionResponse;
  dependents?: Map<string, number>;
  onOpen: (toolId: string) => void;
}) {
  const { row, edition, dependents, onOpen } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const bilingual = useBilingual();
  const headingId = useId();
  return (
    <section
      className={classes.layer}
      aria-labelledby={headingId}
      data-layer={row.id}
    >
      <Typography
        id={headingId}
        variant="h6"
        component="h3"
        className={classes.layerName}
      >
        {t(`page.layers.${row.id}`)}
      </Typography>
      <div className={classes.categories}>
        {row.categories.length === 0 && (
          <Typography variant="body2" color="textSecondary">
            {t('page.diagram.emptyLayer')}
          </Typography>
        )}
        {row.categories.map(({ category, tools }) => (
          <div
            key={category.id}
            className={classes.category}
            data-category={category.id}
          >
            <Typography
              variant="subtitle2"
              component="h4"
              className={classes.categoryName}
            >
              {bilingual(category.name)}
            </Typography>
            <ul className={classes.tools}>
              {tools.map(tool => (
                <li key={tool.id}>
                  <ToolCard
                    tool={tool}
                    statuses={toolDisplayStatuses(
                      tool,
                      edition.lifecycles[tool.id],
                    )}
                    dependents={
                      dependents ? dependents.get(tool.id) ?? 0 : undefined
                    }
                    onOpen={onOpen}
                  />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

/**
 * The layered diagram. Rows and tool lists wrap with gaps instead of
 * positioning cards, so 100+ tools never overlap; they just take more rows.
 * `dependents` is undefined while adoption is unknown, so cards show no count
 * rather than a misleading zero.
 */
export function LayerDiagram(props: {
  edition: EditionResponse;
  dependents?: Map<string, number>;
  onOpen: (toolId: string) => void;
}) {
  const { edition, dependents, onOpen } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return (
    <div
      className={classes.diagram}
      role="group"
      aria-label={t('page.diagram.label', { edition: String(edition.year) })}
    >
      {layerRows(edition).map(row => (
        <LayerSection
          key={row.id}
          row={row}
          edition={edition}
          dependents={dependents}
          onOpen={onOpen}
        />
      ))}
    </div>
  );
}
