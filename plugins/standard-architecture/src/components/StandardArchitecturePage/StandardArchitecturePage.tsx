import { ReactNode, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { Box, Button, ButtonGroup, Tab, Tabs } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import {
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AdoptionResponse,
  EditionResponse,
  EditionsResponse,
} from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureApiRef } from '../../api/StandardArchitectureApi';
import { standardArchitectureTranslationRef } from '../../translation';
import { ReadableText } from '../ReadableText';
import { AdoptionTab } from './AdoptionTab';
import { ChangesTab } from './ChangesTab';
import { EditionSelector } from './EditionSelector';
import { LayerDiagram } from './LayerDiagram';
import { LicensesTab } from './LicensesTab';
import { ToolDetailsDrawer } from './ToolDetailsDrawer';
import { ToolTable } from './ToolTable';
import { EditionLoader, useEditionLoader } from './useEditionLoader';
import { LanguageSwitch } from '../LanguageSwitch';
import { usePostError } from '../usePostError';

const TABS = ['diagram', 'changes', 'adoption', 'licenses'] as const;
type TabId = (typeof TABS)[number];
type View = 'diagram' | 'table';

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  panel: { paddingTop: theme.spacing(2) },
}));

function TabPanel(props: { tab: TabId; active: TabId; children: ReactNode }) {
  const classes = useStyles();
  const hidden = props.tab !== props.active;
  return (
    <div
      role="tabpanel"
      id={`standard-architecture-panel-${props.tab}`}
      aria-labelledby={`standard-architecture-tab-${props.tab}`}
      hidden={hidden}
      className={classes.panel}
    >
      {/* Only the open tab mounts, so closed tabs fetch nothing. */}
      {!hidden && props.children}
    </div>
  );
}

/** The diagram tab: diagram or table of the selected edition. */
function DiagramTab(props: {
  edition: EditionResponse;
  dependents?: Map<string, number>;
  /** The same `/adoption` answer: the diagram's "My team" reads `byOwner`. */
  adoption?: AdoptionResponse;
  adoptionError?: Error;
  view: View;
  onViewChange: (view: View) => void;
  onOpen: (toolId: string) => void;
}) {
  const { view, onViewChange: setView } = props;
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  if (props.edition.tools.length === 0) {
    return <EmptyState missing="data" title={t('page.diagram.empty')} />;
  }
  return (
    <>
      <Box
        mb={2}
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 16 }}
      >
        <ButtonGroup size="small" aria-label={t('page.view.label')}>
          {(['diagram', 'table'] as const).map(v => (
            <Button
              key={v}
              aria-pressed={view === v}
              variant={view === v ? 'contained' : 'outlined'}
              color={view === v ? 'primary' : 'default'}
              onClick={() => setView(v)}
            >
              {t(`page.view.${v}`)}
            </Button>
          ))}
        </ButtonGroup>
      </Box>
      {props.adoptionError && (
        <Box mb={2}>
          <WarningPanel title={t('page.diagram.adoptionFailed')}>
            {props.adoptionError.message}
          </WarningPanel>
        </Box>
      )}
      {view === 'diagram' ? (
        <LayerDiagram
          edition={props.edition}
          dependents={props.dependents}
          adoption={props.adoption}
          onOpen={props.onOpen}
        />
      ) : (
        <ToolTable
          edition={props.edition}
          dependents={props.dependents}
          onOpen={props.onOpen}
        />
      )}
    </>
  );
}

/** Everything below the edition selector, once the editions are known. */
function StandardArchitectureTabs(props: {
  editions: EditionsResponse;
  loadEdition: EditionLoader;
}) {
  const { editions, loadEdition } = props;
  const classes = useStyles();
  const api = useApi(standardArchitectureApiRef);
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const [year, setYear] = useState(editions.current);
  const [tab, setTab] = useState<TabId>('diagram');
  // Kept here so the diagram/table choice survives a visit to another tab.
  const [view, setView] = useState<View>('diagram');
  const [openToolId, setOpenToolId] = useState<string>();

  const edition = useAsync(() => loadEdition(year), [loadEdition, year]);
  // Counts only (per tool, owner and status), shared by the cards' dependent
  // counts, the table, the drawer and the Adoption tab: one small request.
  // The dependents themselves are paged in only where someone asks for them.
  const adoption = useAsync<() => Promise<AdoptionResponse>>(
    () => api.getAdoption(),
    [api],
  );
  usePostError(edition.error);
  usePostError(adoption.error);

  const dependents = useMemo(
    () =>
      adoption.value &&
      new Map(adoption.value.tools.map(tool => [tool.tool, tool.dependents])),
    [adoption.value],
  );
  const openTool = edition.value?.tools.find(tool => tool.id === openToolId);

  const editionContent = (render: (value: EditionResponse) => ReactNode) => {
    if (edition.loading) return <Progress />;
    if (edition.error) {
      return (
        <ResponseErrorPanel error={edition.error} title={t('loadFailed')} />
      );
    }
    return edition.value ? render(edition.value) : null;
  };

  return (
    <>
      <div className={classes.toolbar}>
        <EditionSelector
          label={t('page.edition')}
          editions={editions.items}
          currentYear={editions.current}
          value={year}
          onChange={value => {
            setOpenToolId(undefined);
            setYear(value);
          }}
        />
      </div>
      <Tabs
        value={tab}
        onChange={(_event, value: TabId) => setTab(value)}
        aria-label={t('page.tabs.label')}
        indicatorColor="primary"
        textColor="primary"
        variant="scrollable"
        scrollButtons="auto"
      >
        {TABS.map(id => (
          <Tab
            key={id}
            value={id}
            label={t(`page.tabs.${id}`)}
            id={`standard-architecture-tab-${id}`}
            aria-controls={`standard-architecture-panel-${id}`}
          />
        ))}
      </Tabs>
      <TabPanel tab="diagram" active={tab}>
        {editionContent(value => (
          <DiagramTab
            edition={value}
            dependents={dependents}
            adoption={adoption.value}
            adoptionError={adoption.error}
            view={view}
            onViewChange={setView}
            onOpen={setOpenToolId}
          />
        ))}
      </TabPanel>
      <TabPanel tab="changes" active={tab}>
        <ChangesTab editions={editions} loadEdition={loadEdition} />
      </TabPanel>
      <TabPanel tab="adoption" active={tab}>
        <AdoptionTab
          adoption={adoption.value}
          loading={adoption.loading}
          error={adoption.error}
        />
      </TabPanel>
      <TabPanel tab="licenses" active={tab}>
        {editionContent(value => (
          <LicensesTab edition={value} onOpen={setOpenToolId} />
        ))}
      </TabPanel>
      {edition.value && (
        <ToolDetailsDrawer
          tool={openTool}
          edition={edition.value}
          editions={editions.items}
          loadEdition={loadEdition}
          adoption={adoption.value}
          onClose={() => setOpenToolId(undefined)}
        />
      )}
    </>
  );
}

/**
 * The Kubernetes Standard Architecture page: pick an edition, then see its
 * layered diagram (or table), what changed, who uses what, and licenses.
 */
export function StandardArchitecturePage() {
  const api = useApi(standardArchitectureApiRef);
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const loadEdition = useEditionLoader();
  const editions = useAsync(() => api.getEditions(), [api]);
  usePostError(editions.error);

  let body: ReactNode;
  if (editions.loading) {
    body = <Progress />;
  } else if (editions.error) {
    body = (
      <ResponseErrorPanel error={editions.error} title={t('loadFailed')} />
    );
  } else if (!editions.value || editions.value.items.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title={t('page.noEditions')}
        description={t('page.noEditionsHint')}
      />
    );
  } else {
    body = (
      <StandardArchitectureTabs
        editions={editions.value}
        loadEdition={loadEdition}
      />
    );
  }

  return (
    <Page themeId="tool">
      <Header title={t('page.title')} subtitle={t('page.subtitle')}>
        <LanguageSwitch />
      </Header>
      <Content>
        <ReadableText>{body}</ReadableText>
      </Content>
    </Page>
  );
}
