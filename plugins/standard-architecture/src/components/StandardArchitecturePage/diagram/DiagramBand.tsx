import { useId } from 'react';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { standardArchitectureTranslationRef } from '../../../translation';
import { DiagramTile } from './DiagramTile';
import { DiagramBand as Band } from './model';
import { PALETTE } from './palette';

const useStyles = makeStyles({
  band: {
    display: 'grid',
    gridTemplateColumns: '8.5em minmax(0, 1fr)',
    backgroundColor: PALETTE.bandBackground,
    border: `1px solid ${PALETTE.bandBorder}`,
    borderRadius: 4,
    overflow: 'hidden',
  },
  layerName: {
    display: 'flex',
    alignItems: 'center',
    margin: 0,
    padding: '0.35em 0.6em',
    fontSize: '0.95em',
    fontWeight: 700,
    lineHeight: 1.2,
    wordBreak: 'keep-all',
    overflowWrap: 'normal',
    color: PALETTE.layerText,
    backgroundColor: PALETTE.layerBackground,
  },
  categories: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'stretch',
    gap: '0.35em',
    padding: '0.3em',
    minWidth: 0,
  },
  category: {
    // Categories grow to fill their row, so the row's boxes end together.
    flex: '1 1 auto',
    minWidth: '7em',
    maxWidth: '100%',
    boxSizing: 'border-box',
    padding: '0.1em 0.35em 0.35em',
    border: `1px solid ${PALETTE.categoryBorder}`,
    borderRadius: 4,
  },
  categoryName: {
    // Takes the box's width without widening it: long names end in "…".
    display: 'block',
    width: 0,
    minWidth: '100%',
    margin: '0 0 0.15em',
    fontSize: '0.78em',
    fontWeight: 600,
    lineHeight: 1.5,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    color: PALETTE.categoryText,
  },
  // Compact: the category's name beside its tiles, not above them.
  compactCategory: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: '0.35em',
    padding: '0.25em 0.3em',
    '& $categoryName': {
      flex: '0 1 auto',
      width: 'auto',
      minWidth: '3em',
      maxWidth: '8em',
      margin: 0,
      lineHeight: '2.1em',
    },
    '& $tools': { flex: '1 1 auto' },
  },
  tools: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: '0.3em',
  },
  tool: { display: 'flex', minWidth: 0, maxWidth: '100%' },
  empty: { margin: 0, fontSize: '0.85em', color: PALETTE.categoryText },
});

/** One layer: its name on the left, its categories flowing on the right. */
export function DiagramBand(props: {
  band: Band;
  compact: boolean;
  onOpen: (toolId: string) => void;
}) {
  const { band, compact, onOpen } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const headingId = useId();
  return (
    <section
      className={classes.band}
      aria-labelledby={headingId}
      data-layer={band.id}
    >
      <h3 id={headingId} className={classes.layerName}>
        {band.label}
      </h3>
      <div className={classes.categories}>
        {band.categories.length === 0 && (
          <p className={classes.empty}>{t('page.diagram.emptyLayer')}</p>
        )}
        {band.categories.map(category => (
          <div
            key={category.id}
            className={`${classes.category} ${
              compact ? classes.compactCategory : ''
            }`}
            data-category={category.id}
          >
            <h4 className={classes.categoryName} title={category.label}>
              {category.label}
            </h4>
            <ul className={classes.tools}>
              {category.tiles.map(tile => (
                <li key={tile.id} className={classes.tool}>
                  <DiagramTile tile={tile} compact={compact} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
