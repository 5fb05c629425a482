import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/core-plugin-api';
import { usePostError } from '../usePostError';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  ErrorPanel,
  InfoCard,
  Link,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  EditionResponse,
  isoDay,
  Tool,
  ToolLifecycle,
  ToolVerdict,
  toolVerdict,
} from '@k8s-standard/plugin-standard-architecture-common';
import {
  Grid,
  List,
  ListItem,
  ListItemText,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { standardArchitectureApiRef } from '../../api/StandardArchitectureApi';
import { standardArchitectureTranslationRef } from '../../translation';
import { FactSourceLink } from '../FactSourceLink';
import { useFormatDeadline } from '../formatDeadline';
import { EditionStatusChip } from '../EditionStatusChip';
import { useTableTextStyles } from '../tableStyles';
import { ToolDependentsTable } from '../ToolDependentsTable';
import {
  useBilingual,
  useDataLanguage,
  useDataLocale,
} from '../useDataLanguage';
import { useToolEntityRef } from '../useToolNamespace';
import { VerdictChip } from '../VerdictChip';
import { VerdictDeadline } from '../VerdictDeadline';
import { Words } from '../Words';
import { isStandardTool, toolIdOf } from './isStandardTool';

export { isStandardTool, toolIdOf };

/** The tool in one edition, or its absence. */
export interface ToolYear {
  year: number;
  /** The edition's article, which `{ section }` sources point into. */
  articleUrl: string;
  tool?: Tool;
  categoryName?: { en: string; ko: string };
  lifecycle?: ToolLifecycle;
}

/** One row per edition, oldest first. */
export function buildHistory(
  editions: EditionResponse[],
  toolId: string,
): ToolYear[] {
  return editions
    .map(edition => {
      const tool = edition.tools.find(t => t.id === toolId);
      const categoryName = tool
        ? edition.layers
            .flatMap(l => l.categories)
            .find(c => c.id === tool.category)?.name
        : undefined;
      return {
        year: edition.year,
        articleUrl: edition.source,
        tool,
        categoryName,
        lifecycle: edition.lifecycles?.[toolId],
      };
    })
    .sort((a, b) => a.year - b.year);
}

const useStyles = makeStyles(theme => ({
  headline: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  block: {
    marginBottom: theme.spacing(2),
  },
  // The theme's dense lists truncate; alternatives' reasons wrap instead.
  wrap: { whiteSpace: 'normal', overflowWrap: 'break-word' },
  category: { minWidth: theme.spacing(12) },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
    margin: 0,
    marginTop: theme.spacing(0.5),
    '& dt': { fontWeight: theme.typography.fontWeightMedium as number },
    '& dd': { margin: 0 },
  },
}));

/**
 * The tool's verdict against the current edition, as the API sends it; for
 * a tool the current edition no longer lists, judged from all editions.
 */
function currentVerdict(
  editions: EditionResponse[],
  currentYear: number,
  toolId: string,
): ToolVerdict {
  const sorted = [...editions].sort((a, b) => a.year - b.year);
  const current = sorted.find(e => e.year === currentYear);
  return (
    current?.verdicts?.[toolId] ??
    toolVerdict({ editions: sorted }, toolId, {
      today: isoDay(),
      edition: currentYear,
    })
  );
}

/** Who uses the tool, paged from the usage index, with its freshness. */
function Dependents(props: { toolId: string }) {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return (
    <InfoCard title={t('cards.tool.dependents')}>
      <ToolDependentsTable
        toolId={props.toolId}
        label={t('cards.tool.dependents')}
        showAsOf
      />
    </InfoCard>
  );
}

/**
 * The tab of a tool entity: its history across editions, why it is in the
 * standard, its replacement and alternatives, and who depends on it.
 * @public
 */
export function EntityStandardToolContent() {
  const { entity } = useEntity();
  const api = useApi(standardArchitectureApiRef);
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const bilingual = useBilingual();
  const language = useDataLanguage();
  const locale = useDataLocale();
  const classes = useStyles();
  const tableText = useTableTextStyles();
  const toolEntityRef = useToolEntityRef();
  const formatDeadline = useFormatDeadline();
  const toolId = toolIdOf(entity);

  const editions = useAsync(async () => {
    const { current, items } = await api.getEditions();
    const all = await Promise.all(items.map(item => api.getEdition(item.year)));
    return { current, editions: all };
  }, [api]);

  usePostError(editions.error);

  if (editions.loading) return <Progress />;
  if (editions.error) {
    return <ErrorPanel title={t('loadFailed')} error={editions.error} />;
  }
  if (!editions.value) return null;

  const history = buildHistory(editions.value.editions, toolId);
  const listed = history.filter(h => h.tool);
  const latest = listed[listed.length - 1];
  const currentYear = editions.value.current;
  const current = history.find(h => h.year === currentYear);

  if (!latest?.tool) {
    return (
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <WarningPanel
            title={t('cards.tool.notInStandard', { tool: toolId })}
          />
        </Grid>
        <Grid item xs={12}>
          <Dependents toolId={toolId} />
        </Grid>
      </Grid>
    );
  }

  const tool = latest.tool;
  // The name of a replacement, from the latest edition that lists it.
  const nameOf = (id: string) => {
    const found = [...editions.value.editions]
      .sort((a, b) => b.year - a.year)
      .flatMap(e => e.tools)
      .find(x => x.id === id);
    if (!found) return id;
    return language === 'ko' ? found.nameKo : found.name;
  };
  const verdict = currentVerdict(editions.value.editions, currentYear, toolId);
  const lifecycle = current?.lifecycle;
  // A backend from before sources sends none; the facts show without links.
  const sources: Tool['sources'] = tool.sources ?? {};
  const articleUrl = latest.articleUrl;
  const toolLinks = (ids: string[]) =>
    ids.map((id, i) => (
      <span key={id}>
        {i > 0 && ', '}
        <EntityRefLink entityRef={toolEntityRef(id)}>
          {nameOf(id)}
        </EntityRefLink>
      </span>
    ));

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} lg={6}>
        <InfoCard
          title={language === 'ko' ? tool.nameKo : tool.name}
          subheader={t('cards.tool.title')}
        >
          <div className={`${classes.headline} ${classes.block}`}>
            <Typography variant="body2" component="span">
              {current?.tool
                ? t('cards.tool.currentStatus', {
                    edition: String(currentYear),
                  })
                : t('cards.tool.notInCurrent', {
                    edition: String(currentYear),
                  })}
            </Typography>
            <VerdictChip verdict={verdict} />
            {current?.tool && (
              <FactSourceLink
                fact="status"
                source={current.tool.sources?.status}
                articleUrl={current.articleUrl}
              />
            )}
            {lifecycle && (
              <Typography
                variant="body2"
                component="span"
                color="textSecondary"
              >
                {t('cards.tool.lifecycle', { lifecycle })}
              </Typography>
            )}
            <VerdictDeadline verdict={verdict} />
          </div>

          <section
            className={classes.block}
            aria-label={t('cards.tool.facts', {
              edition: String(latest.year),
            })}
          >
            <Typography variant="h6" component="h3">
              {t('cards.tool.facts', { edition: String(latest.year) })}
            </Typography>
            <dl className={classes.facts}>
              <Typography component="dt" variant="body2">
                {t('cards.tool.license')}
              </Typography>
              <Typography component="dd" variant="body2">
                <span data-testid="tool-license">{tool.license}</span>
                <FactSourceLink
                  fact="license"
                  source={sources.license}
                  articleUrl={articleUrl}
                />
              </Typography>
              {tool.stars && (
                <>
                  <Typography component="dt" variant="body2">
                    {t('cards.tool.stars')}
                  </Typography>
                  <Typography component="dd" variant="body2">
                    {t('cards.tool.starsValue', {
                      stars: tool.stars.count.toLocaleString(locale),
                      date: tool.stars.asOf,
                    })}
                    <FactSourceLink
                      fact="stars"
                      source={sources.stars}
                      articleUrl={articleUrl}
                    />
                  </Typography>
                </>
              )}
              {tool.endOfLife && (
                <>
                  <Typography component="dt" variant="body2">
                    {t('cards.tool.endOfLife')}
                  </Typography>
                  <Typography
                    component="dd"
                    variant="body2"
                    data-end-of-life={tool.endOfLife}
                  >
                    {formatDeadline(tool.endOfLife)}
                    <FactSourceLink
                      fact="endOfLife"
                      source={sources.endOfLife}
                      articleUrl={articleUrl}
                    />
                  </Typography>
                </>
              )}
            </dl>
          </section>

          <Typography variant="h6" component="h3">
            {t('cards.tool.rationale')}
          </Typography>
          <Typography variant="body1" className={classes.block}>
            {bilingual(tool.summary)}
          </Typography>

          {tool.statusReason && (
            <>
              <Typography variant="h6" component="h3">
                {t('cards.tool.statusReason')}
              </Typography>
              <Typography variant="body1" className={classes.block}>
                {bilingual(tool.statusReason)}
              </Typography>
            </>
          )}

          {(tool.replacedBy?.length ||
            tool.replaces?.length ||
            tool.successor) && (
            <section
              className={classes.block}
              aria-label={t('cards.tool.replacement')}
            >
              <Typography variant="h6" component="h3">
                {t('cards.tool.replacement')}
              </Typography>
              {tool.replacedBy && tool.replacedBy.length > 0 && (
                <Typography variant="body1">
                  {t('cards.tool.replacedBy')}: {toolLinks(tool.replacedBy)}
                  <FactSourceLink
                    fact="replacedBy"
                    source={sources.replacedBy}
                    articleUrl={articleUrl}
                  />
                </Typography>
              )}
              {tool.replaces && tool.replaces.length > 0 && (
                <Typography variant="body1">
                  {t('cards.tool.replaces')}: {toolLinks(tool.replaces)}
                  <FactSourceLink
                    fact="replaces"
                    source={sources.replaces}
                    articleUrl={articleUrl}
                  />
                </Typography>
              )}
              {tool.successor && (
                <Typography variant="body1">
                  {t('cards.tool.successor')}:{' '}
                  <Link to={tool.successor.url}>{tool.successor.name}</Link>
                  <FactSourceLink
                    fact="successor"
                    source={sources.successor}
                    articleUrl={articleUrl}
                  />
                </Typography>
              )}
            </section>
          )}

          {tool.alternatives && tool.alternatives.length > 0 && (
            <section aria-label={t('cards.tool.alternatives')}>
              <Typography variant="h6" component="h3">
                {t('cards.tool.alternatives')}
              </Typography>
              <List dense disablePadding>
                {tool.alternatives.map(alternative => (
                  <ListItem key={alternative.name} disableGutters>
                    <ListItemText
                      classes={{
                        primary: classes.wrap,
                        secondary: classes.wrap,
                      }}
                      primary={alternative.name}
                      secondary={bilingual(alternative.reason)}
                    />
                  </ListItem>
                ))}
              </List>
            </section>
          )}
        </InfoCard>
      </Grid>

      <Grid item xs={12} lg={6}>
        <InfoCard title={t('cards.tool.history')}>
          {/* Each edition's status, not today's verdict: outlined, neutral. */}
          <div className={tableText.scroll}>
            <Table
              size="small"
              aria-label={t('cards.tool.history')}
              className={tableText.table}
            >
              <TableHead>
                <TableRow>
                  <TableCell className={tableText.nowrap}>
                    {t('cards.tool.year')}
                  </TableCell>
                  <TableCell>{t('cards.tool.status')}</TableCell>
                  <TableCell className={classes.category}>
                    {t('cards.tool.category')}
                  </TableCell>
                  <TableCell className={tableText.prose}>
                    {t('cards.tool.reason')}
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {history.map(row => (
                  <TableRow key={row.year} data-year={row.year}>
                    <TableCell className={tableText.nowrap}>
                      {row.year}
                    </TableCell>
                    <TableCell className={tableText.nowrap}>
                      {row.tool ? (
                        <span>
                          <EditionStatusChip status={row.tool.status} />
                          <FactSourceLink
                            fact="status"
                            source={row.tool.sources?.status}
                            articleUrl={row.articleUrl}
                          />
                        </span>
                      ) : (
                        <Typography variant="body2" color="textSecondary">
                          {t('cards.tool.notListed')}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell className={classes.category}>
                      {row.tool && (
                        <Words
                          text={
                            row.categoryName
                              ? bilingual(row.categoryName)
                              : row.tool.category
                          }
                        />
                      )}
                    </TableCell>
                    <TableCell className={tableText.prose}>
                      <Words text={bilingual(row.tool?.statusReason)} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </InfoCard>
      </Grid>

      <Grid item xs={12}>
        <Dependents toolId={toolId} />
      </Grid>
    </Grid>
  );
}
