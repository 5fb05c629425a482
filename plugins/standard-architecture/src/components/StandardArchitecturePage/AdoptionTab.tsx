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
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AdoptionResponse,
  AtRiskTool,
  Dependent,
} from '@internal/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { StatusChip } from '../StatusChip';
import { entityPath, toolEntityPath } from './entityPath';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(3) },
  inline: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  list: { margin: 0, paddingLeft: theme.spacing(2) },
  card: { padding: theme.spacing(2), marginBottom: theme.spacing(2) },
}));

function RefLink(props: {
  entityRef: string;
  title?: string;
  defaultKind: string;
}) {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  if (props.entityRef === 'unknown')
    return <>{t('page.adoption.unknownOwner')}</>;
  const path = entityPath(props.entityRef, props.defaultKind);
  const label = props.title ?? props.entityRef;
  return path ? <Link to={path}>{label}</Link> : <>{label}</>;
}

/** Dependents of an at-risk tool grouped by owning team, teams A→Z. */
function byOwner(dependents: Dependent[]): Array<[string, Dependent[]]> {
  const groups = new Map<string, Dependent[]>();
  for (const dependent of dependents) {
    const owner = dependent.owner ?? 'unknown';
    groups.set(owner, [...(groups.get(owner) ?? []), dependent]);
  }
  return [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

function AtRiskCard(props: { tool: AtRiskTool }) {
  const { tool } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return (
    <Paper variant="outlined" className={classes.card} data-tool={tool.tool}>
      <div className={classes.inline}>
        <Typography variant="h6" component="h4">
          <Link to={toolEntityPath(tool.tool)}>{tool.name}</Link>
        </Typography>
        <StatusChip status={tool.status} />
        {tool.deadline && (
          <Typography variant="body2">
            {t('page.adoption.deadline', { date: tool.deadline })}
          </Typography>
        )}
        {tool.replacement && tool.replacement.length > 0 && (
          <Typography variant="body2">
            {t('page.adoption.moveTo', { target: tool.replacement.join(', ') })}
          </Typography>
        )}
      </div>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('page.adoption.team')}</TableCell>
            <TableCell>{t('page.adoption.entities')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {byOwner(tool.dependentEntities).map(([owner, dependents]) => (
            <TableRow key={owner} data-owner={owner}>
              <TableCell>
                <RefLink entityRef={owner} defaultKind="group" />
              </TableCell>
              <TableCell>
                <ul className={classes.list}>
                  {dependents.map(d => (
                    <li key={d.entityRef}>
                      <RefLink
                        entityRef={d.entityRef}
                        title={d.title}
                        defaultKind="component"
                      />
                    </li>
                  ))}
                </ul>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}

/**
 * Which tools the catalog actually uses, most depended-on first, and the
 * deprecated or caution ones still in use with the teams that own them.
 */
export function AdoptionTab(props: {
  adoption?: AdoptionResponse;
  loading: boolean;
  error?: Error;
}) {
  const { adoption, loading, error } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);

  if (loading) return <Progress />;
  if (error)
    return <ResponseErrorPanel error={error} title={t('loadFailed')} />;
  if (!adoption || adoption.tools.length === 0) {
    return (
      <EmptyState
        missing="data"
        title={t('page.adoption.empty')}
        description={t('page.adoption.emptyHint')}
      />
    );
  }

  // Sorted here too: the order is the point of the view, whatever the server sends.
  const ranked = [...adoption.tools].sort(
    (a, b) => b.dependents - a.dependents || a.name.localeCompare(b.name),
  );

  return (
    <>
      <Typography variant="body2" color="textSecondary">
        {t('page.adoption.subtitle', { edition: String(adoption.edition) })}
      </Typography>
      <section className={classes.section}>
        <Typography variant="h5" component="h3" gutterBottom>
          {t('page.adoption.ranking')}
        </Typography>
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('page.adoption.ranking')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('page.adoption.rank')}</TableCell>
                <TableCell>{t('page.adoption.tool')}</TableCell>
                <TableCell>{t('page.adoption.status')}</TableCell>
                <TableCell align="right">
                  {t('page.adoption.dependents')}
                </TableCell>
                <TableCell>{t('page.adoption.owners')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {ranked.map((tool, index) => (
                <TableRow key={tool.tool} data-tool={tool.tool}>
                  <TableCell>{index + 1}</TableCell>
                  <TableCell>
                    <Link to={toolEntityPath(tool.tool)}>{tool.name}</Link>
                  </TableCell>
                  <TableCell>
                    <StatusChip status={tool.status} />
                  </TableCell>
                  <TableCell align="right">{tool.dependents}</TableCell>
                  <TableCell>
                    <ul className={classes.list}>
                      {Object.entries(tool.byOwner)
                        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
                        .map(([owner, count]) => (
                          <li key={owner}>
                            {t('page.adoption.ownerCount', {
                              owner: (
                                <RefLink
                                  entityRef={owner}
                                  defaultKind="group"
                                />
                              ),
                              total: String(count),
                            })}
                          </li>
                        ))}
                    </ul>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </section>
      <section className={classes.section}>
        <Typography variant="h5" component="h3" gutterBottom>
          {t('page.adoption.atRisk')}
        </Typography>
        {adoption.atRisk.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            {t('page.adoption.atRiskEmpty')}
          </Typography>
        ) : (
          adoption.atRisk.map(tool => (
            <AtRiskCard key={tool.tool} tool={tool} />
          ))
        )}
      </section>
    </>
  );
}
