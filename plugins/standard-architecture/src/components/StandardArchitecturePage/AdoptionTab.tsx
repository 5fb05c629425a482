import {
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AdoptionResponse,
  RecommendationStatus,
} from '@internal/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { AsOf } from '../AsOf';
import { StatusChip } from '../StatusChip';
import { AdoptionRanking } from './AdoptionRanking';
import { AtRiskTools } from './AtRiskTools';
import { useToolEntityRef } from '../useToolNamespace';

/** Most urgent first, as a reader scans for trouble. */
const STATUS_ORDER: RecommendationStatus[] = [
  'deprecated',
  'caution',
  'experimental',
  'recommended',
];

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(3) },
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: theme.spacing(2),
  },
  totals: { maxWidth: 360 },
}));

function StatusTotals(props: { byStatus: AdoptionResponse['byStatus'] }) {
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return (
    <TableContainer
      component={Paper}
      variant="outlined"
      className={classes.totals}
    >
      <Table size="small" aria-label={t('page.adoption.byStatus')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('page.adoption.status')}</TableCell>
            <TableCell align="right">
              {t('page.adoption.dependencies')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {STATUS_ORDER.map(status => (
            <TableRow key={status} data-status={status}>
              <TableCell>
                <StatusChip status={status} />
              </TableCell>
              <TableCell align="right">{props.byStatus[status] ?? 0}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/**
 * Who uses which tool, from the counts of `GET /adoption` (which the page
 * loads once): totals per status, tools by dependents with their owners, and
 * the deprecated or caution tools still in use. Dependents themselves are
 * paged in only when a row is expanded.
 */
export function AdoptionTab(props: {
  adoption?: AdoptionResponse;
  loading: boolean;
  error?: Error;
}) {
  const { adoption, loading, error } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const toolRef = useToolEntityRef();

  if (loading) return <Progress />;
  if (error)
    return <ResponseErrorPanel error={error} title={t('loadFailed')} />;
  if (!adoption || adoption.tools.every(tool => tool.dependents === 0)) {
    return (
      <>
        {/* Before the first sync this is why the view is empty. */}
        <AsOf asOf={adoption?.asOf} />
        <EmptyState
          missing="data"
          title={t('page.adoption.empty')}
          description={t('page.adoption.emptyHint', {
            example: toolRef('argo-cd'),
          })}
        />
      </>
    );
  }

  return (
    <>
      <div className={classes.summary}>
        <Typography variant="body2" color="textSecondary">
          {t('page.adoption.subtitle', { edition: String(adoption.edition) })}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {t('page.adoption.indexedEntities', {
            entities: String(adoption.entities),
          })}
        </Typography>
        <AsOf asOf={adoption.asOf} />
      </div>
      <section className={classes.section}>
        <Typography variant="h5" component="h3" gutterBottom>
          {t('page.adoption.byStatus')}
        </Typography>
        <StatusTotals byStatus={adoption.byStatus} />
      </section>
      <section className={classes.section}>
        <Typography variant="h5" component="h3" gutterBottom>
          {t('page.adoption.ranking')}
        </Typography>
        <AdoptionRanking tools={adoption.tools} />
      </section>
      <section className={classes.section}>
        <Typography variant="h5" component="h3" gutterBottom>
          {t('page.adoption.atRisk')}
        </Typography>
        <AtRiskTools tools={adoption.tools} />
      </section>
    </>
  );
}
