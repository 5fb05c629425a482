import { ReactNode, useId } from 'react';
import {
  Box,
  Divider,
  Drawer,
  IconButton,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import CloseIcon from '@material-ui/icons/Close';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AdoptionResponse,
  EditionResponse,
  EditionSummary,
  Tool,
} from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { FactSourceLink } from '../FactSourceLink';
import { useFormatDeadline } from '../formatDeadline';
import { editionToolVerdict } from '../editionVerdict';
import { VerdictChip } from '../VerdictChip';
import { VerdictDeadline } from '../VerdictDeadline';
import { useToolEntityPath } from '../useToolNamespace';
import {
  useBilingual,
  useDataLanguage,
  useDataLocale,
} from '../useDataLanguage';
import { ToolDependents } from './ToolDependents';
import { ToolHistory } from './ToolHistory';
import { EditionLoader } from './useEditionLoader';

const useStyles = makeStyles(theme => ({
  // Wide enough for the history table's five columns without squeezing them.
  paper: {
    width: 720,
    maxWidth: '100vw',
    boxSizing: 'border-box',
    padding: theme.spacing(3),
  },
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
  },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1),
  },
  section: { marginTop: theme.spacing(3) },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
    margin: 0,
    '& dd': { margin: 0 },
  },
  // Summaries are prose from the data files: keep line breaks, never parse HTML.
  prose: { whiteSpace: 'pre-line' },
  // Backstage's theme makes dense list text nowrap; reasons are prose.
  itemText: { whiteSpace: 'normal', overflowWrap: 'break-word' },
}));

function Section(props: { title: string; children: ReactNode }) {
  const classes = useStyles();
  return (
    <section className={classes.section}>
      <Typography variant="h6" component="h3" gutterBottom>
        {props.title}
      </Typography>
      {props.children}
    </section>
  );
}

function DrawerBody(props: {
  tool: Tool;
  edition: EditionResponse;
  editions: EditionSummary[];
  loadEdition: EditionLoader;
  adoption?: AdoptionResponse;
  titleId: string;
  onClose: () => void;
}) {
  const { tool, edition, titleId, onClose } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const bilingual = useBilingual();
  const language = useDataLanguage();
  const locale = useDataLocale();
  const toolEntityPath = useToolEntityPath();
  const formatDeadline = useFormatDeadline();
  const nameOf = (id: string) =>
    edition.tools.find(x => x.id === id)?.name ?? id;
  const verdict = editionToolVerdict(edition, tool.id);
  const hasReplacement =
    (tool.replacedBy?.length ?? 0) > 0 ||
    (tool.replaces?.length ?? 0) > 0 ||
    tool.successor;
  // A backend from before sources sends none; the facts show without links.
  const sources: Tool['sources'] = tool.sources ?? {};
  const articleUrl = edition.source;
  const toolLinks = (ids: string[]) =>
    ids.map((id, i) => (
      <span key={id}>
        {i > 0 && ', '}
        <Link to={toolEntityPath(id)}>{nameOf(id)}</Link>
      </span>
    ));

  return (
    <>
      <div className={classes.header}>
        <div>
          <Typography id={titleId} variant="h5" component="h2">
            {tool.name}
          </Typography>
          {language === 'ko' && tool.nameKo !== tool.name && (
            <Typography variant="subtitle1" color="textSecondary">
              {tool.nameKo}
            </Typography>
          )}
        </div>
        <IconButton aria-label={t('page.details.close')} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </div>
      <div className={classes.chips}>
        <VerdictChip verdict={verdict} />
        <FactSourceLink
          fact="status"
          source={sources.status}
          articleUrl={articleUrl}
        />
        <VerdictDeadline verdict={verdict} />
      </div>
      {tool.endOfLife && (
        <Typography variant="body2" data-end-of-life={tool.endOfLife}>
          {t('page.details.endOfLife', {
            date: formatDeadline(tool.endOfLife),
          })}
          <FactSourceLink
            fact="endOfLife"
            source={sources.endOfLife}
            articleUrl={articleUrl}
          />
        </Typography>
      )}

      <Section title={t('page.details.summary')}>
        <Typography
          variant="body1"
          className={classes.prose}
          data-testid="tool-summary"
        >
          {bilingual(tool.summary)}
        </Typography>
      </Section>

      {tool.statusReason && (
        <Section title={t('page.details.statusReason')}>
          <Typography variant="body2" className={classes.prose}>
            {bilingual(tool.statusReason)}
          </Typography>
        </Section>
      )}

      <Section title={t('page.details.links')}>
        <dl className={classes.facts}>
          <dt>{t('page.details.license')}</dt>
          <dd>
            <span data-testid="tool-license">{tool.license}</span>
            <FactSourceLink
              fact="license"
              source={sources.license}
              articleUrl={articleUrl}
            />
          </dd>
          <dt>{t('page.details.stars')}</dt>
          <dd>
            {tool.stars ? (
              <>
                {t('page.details.starsValue', {
                  stars: tool.stars.count.toLocaleString(locale),
                  date: tool.stars.asOf,
                })}
                <FactSourceLink
                  fact="stars"
                  source={sources.stars}
                  articleUrl={articleUrl}
                />
              </>
            ) : (
              t('page.details.noStars')
            )}
          </dd>
          {tool.github && (
            <>
              <dt>{t('page.details.repository')}</dt>
              <dd>
                <Link to={`https://github.com/${tool.github}`}>
                  {tool.github}
                </Link>
              </dd>
            </>
          )}
          {tool.homepage && (
            <>
              <dt>{t('page.details.homepage')}</dt>
              <dd>
                <Link to={tool.homepage}>{tool.homepage}</Link>
              </dd>
            </>
          )}
        </dl>
        <Box mt={1}>
          <Link to={toolEntityPath(tool.id)}>
            {t('page.details.catalogEntity')}
          </Link>
        </Box>
      </Section>

      {hasReplacement && (
        <Section title={t('page.details.replacement')}>
          <dl className={classes.facts}>
            {(tool.replacedBy?.length ?? 0) > 0 && (
              <>
                <dt>{t('page.details.replacedBy')}</dt>
                <dd>
                  {toolLinks(tool.replacedBy!)}
                  <FactSourceLink
                    fact="replacedBy"
                    source={sources.replacedBy}
                    articleUrl={articleUrl}
                  />
                </dd>
              </>
            )}
            {(tool.replaces?.length ?? 0) > 0 && (
              <>
                <dt>{t('page.details.replaces')}</dt>
                <dd>
                  {toolLinks(tool.replaces!)}
                  <FactSourceLink
                    fact="replaces"
                    source={sources.replaces}
                    articleUrl={articleUrl}
                  />
                </dd>
              </>
            )}
            {tool.successor && (
              <>
                <dt>{t('page.details.successor')}</dt>
                <dd>
                  <Link to={tool.successor.url}>{tool.successor.name}</Link>
                  <FactSourceLink
                    fact="successor"
                    source={sources.successor}
                    articleUrl={articleUrl}
                  />
                </dd>
              </>
            )}
          </dl>
        </Section>
      )}

      {(tool.alternatives?.length ?? 0) > 0 && (
        <Section title={t('page.details.alternatives')}>
          <List dense disablePadding>
            {tool.alternatives!.map(alternative => (
              <ListItem key={alternative.name} disableGutters>
                <ListItemText
                  className={classes.itemText}
                  primary={alternative.name}
                  secondary={bilingual(alternative.reason)}
                />
              </ListItem>
            ))}
          </List>
        </Section>
      )}

      <Section title={t('page.details.history')}>
        <ToolHistory
          toolId={tool.id}
          editions={props.editions}
          loadEdition={props.loadEdition}
        />
      </Section>

      <Divider className={classes.section} />
      <Section title={t('page.details.dependents')}>
        <ToolDependents toolId={tool.id} adoption={props.adoption} />
      </Section>
    </>
  );
}

/**
 * Everything about one tool, in a modal drawer: it traps focus while open
 * and gives it back to the card that opened it on close.
 */
export function ToolDetailsDrawer(props: {
  tool?: Tool;
  edition: EditionResponse;
  editions: EditionSummary[];
  loadEdition: EditionLoader;
  /** Counts only; the drawer pages through the dependents itself. */
  adoption?: AdoptionResponse;
  onClose: () => void;
}) {
  const { tool, onClose } = props;
  const classes = useStyles();
  const titleId = useId();
  return (
    <Drawer
      anchor="right"
      open={Boolean(tool)}
      onClose={onClose}
      PaperProps={{
        className: classes.paper,
        role: 'dialog',
        'aria-modal': true,
        'aria-labelledby': titleId,
      }}
    >
      {tool && <DrawerBody {...props} tool={tool} titleId={titleId} />}
    </Drawer>
  );
}
