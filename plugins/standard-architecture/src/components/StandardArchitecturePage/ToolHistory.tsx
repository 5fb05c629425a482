import useAsync from 'react-use/esm/useAsync';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { Progress, WarningPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  EditionSummary,
  toolHistory,
} from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { EditionStatusChip } from '../EditionStatusChip';
import { useTableTextStyles } from '../tableStyles';
import { useBilingual } from '../useDataLanguage';
import { Words } from '../Words';
import { EditionLoader } from './useEditionLoader';
import { usePostError } from '../usePostError';

/**
 * A tool's record in every edition, oldest first. Editions are fetched only
 * when a drawer asks (the loader caches them), and years that do not list
 * the tool say so, so gaps in its history stay visible.
 */
export function ToolHistory(props: {
  toolId: string;
  editions: EditionSummary[];
  loadEdition: EditionLoader;
}) {
  const { toolId, editions, loadEdition } = props;
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const classes = useTableTextStyles();
  const bilingual = useBilingual();
  const years = editions.map(e => e.year).sort((a, b) => a - b);
  const yearsKey = years.join(',');

  const { value, loading, error } = useAsync(async () => {
    const loaded = await Promise.all(years.map(year => loadEdition(year)));
    const entries = new Map(
      toolHistory({ editions: loaded }, toolId).map(entry => [
        entry.year,
        entry,
      ]),
    );
    return loaded.map(edition => {
      const entry = entries.get(edition.year);
      const category = edition.layers
        .flatMap(l => l.categories)
        .find(c => c.id === entry?.category);
      return { year: edition.year, entry, categoryName: category?.name };
    });
    // yearsKey stands for `years`, which is a new array every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [toolId, yearsKey, loadEdition]);
  usePostError(error);

  if (loading) return <Progress />;
  if (error) {
    return (
      <WarningPanel severity="error" title={t('page.details.historyFailed')}>
        {error.message}
      </WarningPanel>
    );
  }
  // The edition's status, not today's verdict: the column says so, and the
  // chip is outlined and neutral, unlike the verdict's.
  return (
    <div className={classes.scroll}>
      <Table
        size="small"
        aria-label={t('page.details.history')}
        className={classes.table}
      >
        <TableHead>
          <TableRow>
            <TableCell className={classes.nowrap}>
              {t('page.details.historyYear')}
            </TableCell>
            <TableCell>{t('page.details.historyStatus')}</TableCell>
            <TableCell>{t('page.details.historyCategory')}</TableCell>
            <TableCell>{t('page.details.historyLicense')}</TableCell>
            <TableCell className={classes.prose}>
              {t('page.details.historyReason')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(value ?? []).map(({ year, entry, categoryName }) => (
            <TableRow key={year} data-year={year}>
              <TableCell className={classes.nowrap}>{year}</TableCell>
              <TableCell className={classes.nowrap}>
                {entry ? (
                  <EditionStatusChip status={entry.status} />
                ) : (
                  <Typography variant="body2" color="textSecondary">
                    {t('page.details.notListed')}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                {entry && (
                  <Words
                    text={`${
                      entry.layer ? `${t(`page.layers.${entry.layer}`)} / ` : ''
                    }${
                      categoryName ? bilingual(categoryName) : entry.category
                    }`}
                  />
                )}
              </TableCell>
              <TableCell>{entry && <Words text={entry.license} />}</TableCell>
              <TableCell className={classes.prose}>
                {entry?.statusReason && (
                  <Words text={bilingual(entry.statusReason)} />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
