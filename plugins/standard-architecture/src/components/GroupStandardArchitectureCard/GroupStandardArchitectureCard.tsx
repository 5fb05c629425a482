import { useState } from 'react';
import {
  Entity,
  RELATION_PARENT_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ErrorPanel, InfoCard, Progress } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  GroupReportItem,
  GroupReportResponse,
} from '@k8s-standard/plugin-standard-architecture-common';
import {
  FormControlLabel,
  Switch,
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
import { AsOf } from '../AsOf';
import { OwnerName } from '../OwnerName';
import { PagingFooter } from '../PagingFooter';
import { useTableTextStyles } from '../tableStyles';
import { useBilingual } from '../useDataLanguage';
import { usePagedList } from '../usePagedList';
import { usePostError } from '../usePostError';
import { UsageKnownByLabel } from '../UsageKnownByLabel';
import { useMoveTo } from '../useMoveTo';
import { useToolEntityRef } from '../useToolNamespace';
import { VerdictChip } from '../VerdictChip';
import { VerdictDeadline } from '../VerdictDeadline';
import { EntityName, Words } from '../Words';

/** A card, not a report page: a screenful, then "Load more". */
const PAGE_SIZE = 25;

const useStyles = makeStyles(theme => ({
  // Names break only between words (see useTableTextStyles), with room for
  // a short name on one line; Replacement takes the rest.
  name: {
    minWidth: theme.spacing(12),
  },
  deadline: { minWidth: theme.spacing(14) },
  scope: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: theme.spacing(2),
    marginBottom: theme.spacing(1),
  },
}));

/** Whether the catalog knows child groups of this group. */
function hasChildGroups(group: Entity): boolean {
  const children = group.spec?.children;
  return (
    (Array.isArray(children) && children.length > 0) ||
    (group.relations ?? []).some(r => r.type === RELATION_PARENT_OF)
  );
}

/** Which groups the report covers, by name. */
function CoveredGroups(props: { groups: string[] }) {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return (
    <Typography variant="body2" data-testid="standard-architecture-groups">
      {t('cards.group.covers')}:{' '}
      {props.groups.map((group, index) => (
        <span key={group}>
          {index > 0 && ', '}
          <EntityRefLink entityRef={group} defaultKind="group" disableTooltip />
        </span>
      ))}
    </Typography>
  );
}

function ReportTable(props: { items: GroupReportItem[]; showOwner: boolean }) {
  const { items, showOwner } = props;
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const bilingual = useBilingual();
  const classes = useStyles();
  const tableText = useTableTextStyles();
  const toolEntityRef = useToolEntityRef();
  const moveTo = useMoveTo();

  return (
    <Table
      size="small"
      aria-label={t('cards.group.title')}
      className={tableText.table}
    >
      <TableHead>
        <TableRow>
          <TableCell className={classes.name}>
            {t('cards.group.service')}
          </TableCell>
          {showOwner && (
            <TableCell className={classes.name}>
              {t('cards.group.owner')}
            </TableCell>
          )}
          <TableCell className={classes.name}>
            {t('cards.group.tool')}
          </TableCell>
          <TableCell className={tableText.nowrap}>
            {t('cards.group.status')}
          </TableCell>
          <TableCell className={classes.deadline}>
            {t('cards.group.deadline')}
          </TableCell>
          <TableCell className={tableText.prose}>
            {t('cards.group.replacement')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {/* In the order the API returns: earliest deadline first. */}
        {items.map(item => (
          <TableRow
            key={`${item.entityRef}|${item.tool}`}
            data-entity-ref={item.entityRef}
            data-tool={item.tool}
          >
            <TableCell className={classes.name}>
              <EntityRefLink entityRef={item.entityRef}>
                <EntityName entityRef={item.entityRef} title={item.title} />
              </EntityRefLink>
              <UsageKnownByLabel usage={item} />
            </TableCell>
            {showOwner && (
              <TableCell className={classes.name}>
                <OwnerName ownerRef={item.owner} />
              </TableCell>
            )}
            <TableCell className={classes.name}>
              <EntityRefLink entityRef={toolEntityRef(item.tool)}>
                <Words text={item.name} />
              </EntityRefLink>
            </TableCell>
            <TableCell className={tableText.nowrap}>
              <VerdictChip verdict={item.verdict} />
            </TableCell>
            <TableCell className={classes.deadline}>
              {item.verdict.deadline ? (
                <VerdictDeadline verdict={item.verdict} words />
              ) : (
                t('noDeadline')
              )}
            </TableCell>
            <TableCell className={tableText.prose}>
              {item.replacement && item.replacement.length > 0 && (
                <Typography variant="body2">
                  <Words text={moveTo(item.replacement)} />
                </Typography>
              )}
              {item.reason && (
                <Typography
                  variant="caption"
                  color="textSecondary"
                  display="block"
                >
                  <Words text={bilingual(item.reason)} />
                </Typography>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * A team's deprecated and caution dependencies across every entity it (and
 * by default its child groups) owns, a page at a time from
 * `GET /groups/:namespace/:name/report`.
 * @public
 */
export function GroupStandardArchitectureCard() {
  const { entity } = useEntity();
  const api = useApi(standardArchitectureApiRef);
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const classes = useStyles();
  const tableText = useTableTextStyles();
  const groupRef = stringifyEntityRef(entity);
  const [includeChildGroups, setIncludeChildGroups] = useState(true);

  const report = usePagedList<GroupReportResponse>(
    `${groupRef}\n${includeChildGroups}`,
    cursor =>
      api.getGroupReport(groupRef, {
        includeChildGroups,
        limit: PAGE_SIZE,
        cursor,
      }),
  );
  usePostError(report.error);

  const first = report.pages[0];
  const last = report.pages[report.pages.length - 1];
  const items = report.pages.flatMap(page => page.items);

  let content;
  if (!first) {
    content = report.error ? (
      <ErrorPanel title={t('loadFailed')} error={report.error} />
    ) : (
      <Progress />
    );
  } else if (items.length === 0 && !report.hasMore) {
    content = (
      <Typography
        variant="body1"
        data-testid="standard-architecture-group-empty"
      >
        {t('cards.group.empty')}
      </Typography>
    );
  } else {
    content = (
      <>
        <div className={tableText.scroll}>
          <ReportTable items={items} showOwner={first.groups.length > 1} />
        </div>
        <PagingFooter
          shown={items.length}
          total={last.totalItems}
          hasMore={report.hasMore}
          loading={report.loading}
          error={report.error}
          onLoadMore={report.loadMore}
        />
      </>
    );
  }

  return (
    <InfoCard
      title={t('cards.group.title')}
      subheader={
        first &&
        t(
          first.groups.length > 1
            ? 'cards.group.subheaderWithChildren'
            : 'cards.group.subheader',
          {
            entities: String(first.entities),
            edition: String(first.edition),
          },
        )
      }
    >
      <div className={classes.scope}>
        {hasChildGroups(entity) && (
          <FormControlLabel
            control={
              <Switch
                size="small"
                color="primary"
                checked={includeChildGroups}
                onChange={(_event, checked) => setIncludeChildGroups(checked)}
              />
            }
            label={t('cards.group.includeChildGroups')}
          />
        )}
        {first && <CoveredGroups groups={first.groups} />}
        {first && <AsOf asOf={first.asOf} />}
      </div>
      {content}
    </InfoCard>
  );
}
