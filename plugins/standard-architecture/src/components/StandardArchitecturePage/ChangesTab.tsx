import { ReactElement, useId, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import AddCircleIcon from '@material-ui/icons/AddCircle';
import RemoveCircleIcon from '@material-ui/icons/RemoveCircle';
import SwapHorizIcon from '@material-ui/icons/SwapHoriz';
import WarningIcon from '@material-ui/icons/Warning';
import {
  EmptyState,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  EditionChange,
  EditionDiff,
  EditionsResponse,
} from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureApiRef } from '../../api/StandardArchitectureApi';
import { standardArchitectureTranslationRef } from '../../translation';
import { useBilingual } from '../useDataLanguage';
import { EditionSelector } from './EditionSelector';
import { useFormatDeadline } from '../formatDeadline';
import { useToolEntityPath } from '../useToolNamespace';
import { EditionLoader } from './useEditionLoader';
import { usePostError } from '../usePostError';

type Group = 'added' | 'removed' | 'changed' | 'caution';

// Icon and label together: the groups never rely on colour alone.
const GROUPS: Array<{ id: Group; icon: ReactElement }> = [
  { id: 'added', icon: <AddCircleIcon fontSize="small" /> },
  { id: 'removed', icon: <RemoveCircleIcon fontSize="small" /> },
  { id: 'changed', icon: <SwapHorizIcon fontSize="small" /> },
  { id: 'caution', icon: <WarningIcon fontSize="small" /> },
];

const useStyles = makeStyles(theme => ({
  selectors: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  groups: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
    gap: theme.spacing(2),
  },
  // Backstage's theme makes dense list text nowrap; reasons are prose.
  itemText: { whiteSpace: 'normal', overflowWrap: 'break-word' },
  groupTitle: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  added: { color: theme.palette.success.main },
  removed: { color: theme.palette.error.main },
  changed: { color: theme.palette.info.main },
  caution: { color: theme.palette.warning.main },
}));

/** Tool id → name, from both editions: replacements may be in either. */
async function loadToolNames(
  loadEdition: EditionLoader,
  years: number[],
): Promise<Map<string, string>> {
  // Names are cosmetic: if an edition fails, show ids rather than no diff.
  const editions = await Promise.all(
    years.map(year => loadEdition(year).catch(() => undefined)),
  );
  const names = new Map<string, string>();
  for (const edition of editions) {
    for (const tool of edition?.tools ?? []) names.set(tool.id, tool.name);
  }
  return names;
}

/** The year before `current` among the editions, or `current` if it is the first. */
function previousYear(editions: EditionsResponse): number {
  const years = editions.items.map(e => e.year).sort((a, b) => a - b);
  const before = years.filter(y => y < editions.current);
  return before.length > 0 ? before[before.length - 1] : editions.current;
}

type NameOf = (toolId: string) => string;

function ChangeItem(props: { change: EditionChange; nameOf: NameOf }) {
  const { change, nameOf } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const bilingual = useBilingual();
  const toolEntityPath = useToolEntityPath();
  const formatDeadline = useFormatDeadline();
  return (
    <ListItem disableGutters alignItems="flex-start" data-tool={change.tool}>
      <ListItemText
        className={classes.itemText}
        disableTypography
        primary={
          <Typography variant="subtitle1">
            <Link to={toolEntityPath(change.tool)}>{change.name}</Link>
          </Typography>
        }
        secondary={
          <>
            {change.reason && (
              <Typography variant="body2">
                {bilingual(change.reason)}
              </Typography>
            )}
            {change.replaces && change.replaces.length > 0 && (
              <Typography variant="body2" color="textSecondary">
                {t('page.changes.replaces', {
                  tools: change.replaces.map(nameOf).join(', '),
                })}
              </Typography>
            )}
            {change.replacedBy && change.replacedBy.length > 0 && (
              <Typography variant="body2" color="textSecondary">
                {t('page.changes.replacedBy', {
                  tools: change.replacedBy.map(nameOf).join(', '),
                })}
              </Typography>
            )}
            {change.endOfLife && (
              <Typography
                variant="body2"
                color="textSecondary"
                data-end-of-life={change.endOfLife}
              >
                {t('page.changes.endOfLife', {
                  date: formatDeadline(change.endOfLife),
                })}
              </Typography>
            )}
            <Typography variant="caption" color="textSecondary">
              {t('page.changes.publishedIn', { year: String(change.year) })}
            </Typography>
          </>
        }
      />
    </ListItem>
  );
}

function GroupSection(props: {
  group: Group;
  icon: ReactElement;
  changes: EditionChange[];
  nameOf: NameOf;
}) {
  const { group, icon, changes, nameOf } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-group={group}>
      <Typography
        id={headingId}
        variant="h6"
        component="h3"
        className={classes.groupTitle}
      >
        <span className={classes[group]} aria-hidden>
          {icon}
        </span>
        {t('page.changes.count', {
          label: t(`page.changes.${group}`),
          total: String(changes.length),
        })}
      </Typography>
      {changes.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('page.changes.none')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {changes.map(change => (
            <ChangeItem key={change.tool} change={change} nameOf={nameOf} />
          ))}
        </List>
      )}
    </section>
  );
}

function DiffView(props: { diff: EditionDiff; nameOf: NameOf }) {
  const { diff, nameOf } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const total = GROUPS.reduce((n, g) => n + diff[g.id].length, 0);
  if (total === 0) {
    return (
      <EmptyState
        missing="content"
        title={t('page.changes.empty', {
          from: String(diff.from),
          to: String(diff.to),
        })}
        description={t('page.changes.emptyHint')}
      />
    );
  }
  return (
    <>
      <Typography variant="h5" component="h2" gutterBottom>
        {t('page.changes.title', {
          from: String(diff.from),
          to: String(diff.to),
        })}
      </Typography>
      <div className={classes.groups}>
        {GROUPS.map(g => (
          <GroupSection
            key={g.id}
            group={g.id}
            icon={g.icon}
            changes={diff[g.id]}
            nameOf={nameOf}
          />
        ))}
      </div>
    </>
  );
}

/** What changed between any two editions, previous → current by default. */
export function ChangesTab(props: {
  editions: EditionsResponse;
  loadEdition: EditionLoader;
}) {
  const { editions, loadEdition } = props;
  const classes = useStyles();
  const api = useApi(standardArchitectureApiRef);
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const [from, setFrom] = useState(() => previousYear(editions));
  const [to, setTo] = useState(editions.current);
  const { value, loading, error } = useAsync(async () => {
    const [diff, names] = await Promise.all([
      api.getDiff(from, to),
      loadToolNames(loadEdition, [from, to]),
    ]);
    return { diff, nameOf: (id: string) => names.get(id) ?? id };
  }, [api, loadEdition, from, to]);
  usePostError(error);

  return (
    <>
      <div className={classes.selectors}>
        <EditionSelector
          label={t('page.changes.from')}
          editions={editions.items}
          currentYear={editions.current}
          value={from}
          onChange={setFrom}
        />
        <EditionSelector
          label={t('page.changes.to')}
          editions={editions.items}
          currentYear={editions.current}
          value={to}
          onChange={setTo}
        />
      </div>
      {loading && <Progress />}
      {!loading && error && (
        <ResponseErrorPanel error={error} title={t('loadFailed')} />
      )}
      {!loading && !error && value && (
        <DiffView diff={value.diff} nameOf={value.nameOf} />
      )}
    </>
  );
}
