import { useId, useState } from 'react';
import {
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@material-ui/core';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ToolAdoption } from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { useTableTextStyles } from '../tableStyles';
import { VerdictChip } from '../VerdictChip';
import { Words } from '../Words';
import { ToolDependentsTable } from '../ToolDependentsTable';
import { useToolEntityPath } from '../useToolNamespace';
import { ExpandToggle } from './ExpandToggle';
import { OwnerCountList } from './OwnerCountList';

const COLUMNS = 6;

function RankingRow(props: { tool: ToolAdoption; rank: number }) {
  const { tool, rank } = props;
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const tableText = useTableTextStyles();
  const toolEntityPath = useToolEntityPath();
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId();
  const label = t('page.adoption.dependentsOf', { tool: tool.name });
  return (
    <>
      <TableRow data-tool={tool.tool}>
        <TableCell padding="checkbox">
          {tool.dependents > 0 && (
            <ExpandToggle
              label={label}
              expanded={expanded}
              controls={detailsId}
              onToggle={() => setExpanded(!expanded)}
            />
          )}
        </TableCell>
        <TableCell>{rank}</TableCell>
        <TableCell>
          <Link to={toolEntityPath(tool.tool)}>
            <Words text={tool.name} />
          </Link>
        </TableCell>
        <TableCell className={tableText.nowrap}>
          <VerdictChip verdict={tool.verdict} />
        </TableCell>
        <TableCell align="right">{tool.dependents}</TableCell>
        <TableCell>
          <OwnerCountList byOwner={tool.byOwner} />
        </TableCell>
      </TableRow>
      {expanded && (
        <TableRow id={detailsId}>
          <TableCell colSpan={COLUMNS}>
            {/* Mounted on expand: the first page is requested only now. */}
            <ToolDependentsTable toolId={tool.tool} label={label} />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

/**
 * Tools by number of dependents, with their owners' counts; a row expands
 * into its dependents, paged.
 */
export function AdoptionRanking(props: { tools: ToolAdoption[] }) {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const tableText = useTableTextStyles();
  // Sorted here too: the order is the point of the view, whatever the server sends.
  const ranked = [...props.tools].sort(
    (a, b) => b.dependents - a.dependents || a.name.localeCompare(b.name),
  );
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table
        size="small"
        aria-label={t('page.adoption.ranking')}
        className={tableText.table}
      >
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" />
            <TableCell>{t('page.adoption.rank')}</TableCell>
            <TableCell>{t('page.adoption.tool')}</TableCell>
            <TableCell>{t('page.adoption.status')}</TableCell>
            <TableCell align="right">{t('page.adoption.dependents')}</TableCell>
            <TableCell>{t('page.adoption.owners')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {ranked.map((tool, index) => (
            <RankingRow key={tool.tool} tool={tool} rank={index + 1} />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
