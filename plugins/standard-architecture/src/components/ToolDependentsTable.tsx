import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { Progress, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { standardArchitectureApiRef } from '../api/StandardArchitectureApi';
import { standardArchitectureTranslationRef } from '../translation';
import { AsOf } from './AsOf';
import { OwnerName } from './OwnerName';
import { PagingFooter } from './PagingFooter';
import { useTableTextStyles } from './tableStyles';
import { usePagedList } from './usePagedList';
import { usePostError } from './usePostError';
import { UsageKnownByLabel } from './UsageKnownByLabel';
import { EntityName } from './Words';

/** The server's default page size: enough to scan, small enough to be quick. */
const PAGE_SIZE = 50;

/**
 * The entities that use a tool, optionally of one owner, a page at a time
 * from `GET /tools/:toolId/dependents`. Mounting it requests the first page.
 */
export function ToolDependentsTable(props: {
  toolId: string;
  /** Accessible name of the table. */
  label: string;
  owner?: string;
  /** Hide the owner column, e.g. when the list is already one owner's. */
  hideOwner?: boolean;
  /** Show the freshness of the index (off where the view around shows it). */
  showAsOf?: boolean;
}) {
  const { toolId, label, owner, hideOwner, showAsOf } = props;
  const api = useApi(standardArchitectureApiRef);
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const tableText = useTableTextStyles();
  const list = usePagedList(`${toolId}\n${owner ?? ''}`, cursor =>
    api.getToolDependents(toolId, { owner, limit: PAGE_SIZE, cursor }),
  );
  usePostError(list.error);

  const first = list.pages[0];
  if (!first) {
    if (list.error) {
      return (
        <WarningPanel severity="error" title={t('dependents.failed')}>
          {list.error.message}
        </WarningPanel>
      );
    }
    return <Progress />;
  }

  const items = list.pages.flatMap(page => page.items);
  const asOf = showAsOf && <AsOf asOf={first.asOf} />;
  if (items.length === 0 && !list.hasMore) {
    return (
      <>
        <Typography variant="body2" color="textSecondary">
          {t('dependents.empty')}
        </Typography>
        {asOf}
      </>
    );
  }

  return (
    <Box data-tool-dependents={toolId}>
      {asOf}
      <Table size="small" aria-label={label} className={tableText.table}>
        <TableHead>
          <TableRow>
            <TableCell>{t('dependents.entity')}</TableCell>
            {!hideOwner && <TableCell>{t('dependents.owner')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map(item => (
            <TableRow key={item.entityRef} data-entity-ref={item.entityRef}>
              <TableCell>
                {/* By its title or name; the raw ref not even as a tooltip. */}
                <EntityRefLink entityRef={item.entityRef}>
                  <EntityName entityRef={item.entityRef} title={item.title} />
                </EntityRefLink>
                <UsageKnownByLabel usage={item} />
              </TableCell>
              {!hideOwner && (
                <TableCell>
                  <OwnerName ownerRef={item.owner} />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <PagingFooter
        shown={items.length}
        total={list.pages[list.pages.length - 1].total}
        hasMore={list.hasMore}
        loading={list.loading}
        error={list.error}
        onLoadMore={list.loadMore}
      />
    </Box>
  );
}
