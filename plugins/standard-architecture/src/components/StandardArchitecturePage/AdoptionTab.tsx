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
  ToolAdoption,
  Verdict,
  VERDICT_SEVERITY,
} from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { AsOf } from '../AsOf';
import { VERDICTS_BY_URGENCY } from '../editionVerdict';
import { useTableTextStyles } from '../tableStyles';
import { VerdictChip } from '../VerdictChip';
import { AdoptionRanking } from './AdoptionRanking';
import { AtRiskTools } from './AtRiskTools';
import { useToolEntityRef } from '../useToolNamespace';

/** Dependencies (entity–tool pairs) per verdict, from the tools' counts. */
function dependenciesByVerdict(tools: ToolAdoption[]): Map<Verdict, number> {
  const totals = new Map<Verdict, number>();
  for (const tool of tools) {
    const verdict = tool.verdict.verdict;
    totals.set(verdict, (totals.get(verdict) ?? 0) + tool.dependents);
  }
  return totals;
}

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

/** Totals per verdict, most urgent first, zeros included. */
function VerdictTotals(props: { tools: ToolAdoption[] }) {
  const classes = useStyles();
  const tableText = useTableTextStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const totals = dependenciesByVerdict(props.tools);
  return (
    <TableContainer
      component={Paper}
      variant="outlined"
      className={classes.totals}
    >
      <Table
        size="small"
        aria-label={t('page.adoption.byStatus')}
        className={tableText.table}
      >
        <TableHead>
          <TableRow>
            <TableCell>{t('page.adoption.status')}</TableCell>
            <TableCell align="right">
              {t('page.adoption.dependencies')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {VERDICTS_BY_URGENCY.map(verdict => (
            <TableRow key={verdict} data-verdict-total={verdict}>
              <TableCell className={tableText.nowrap}>
                <VerdictChip
                  verdict={{ verdict, severity: VERDICT_SEVERITY[verdict] }}
                />
              </TableCell>
              <TableCell align="right">{totals.get(verdict) ?? 0}</TableCell>
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
        <VerdictTotals tools={adoption.tools} />
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
