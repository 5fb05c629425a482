import { useId, useState } from 'react';
import {
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  deadlineDay,
  ToolAdoption,
} from '@internal/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { isUnknownOwner, OwnerName } from '../OwnerName';
import { StatusChip } from '../StatusChip';
import { ToolDependentsTable } from '../ToolDependentsTable';
import { useFormatDeadline } from '../formatDeadline';
import { useToolEntityPath } from '../useToolNamespace';
import { ExpandToggle } from './ExpandToggle';
import { ownerLabel, sortOwnerCounts } from './ownerCounts';

const useStyles = makeStyles(theme => ({
  inline: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  card: { padding: theme.spacing(2), marginBottom: theme.spacing(2) },
}));

const AT_RISK = new Set<string>(['deprecated', 'caution']);

/**
 * Deprecated or caution tools still in use: earliest deadline first, a
 * month deadline (`2026-03`) at the last day of its month.
 */
export function atRiskTools(tools: ToolAdoption[]): ToolAdoption[] {
  const severity = (tool: ToolAdoption) =>
    tool.status === 'deprecated' ? 0 : 1;
  const day = (tool: ToolAdoption) =>
    tool.deadline ? deadlineDay(tool.deadline) : '9999';
  return tools
    .filter(tool => AT_RISK.has(tool.status) && tool.dependents > 0)
    .sort(
      (a, b) =>
        day(a).localeCompare(day(b)) ||
        severity(a) - severity(b) ||
        b.dependents - a.dependents ||
        a.name.localeCompare(b.name),
    );
}

/** One owning team of an at-risk tool; expands into its entities. */
function OwnerRow(props: { tool: ToolAdoption; owner: string; count: number }) {
  const { tool, owner, count } = props;
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId();
  // Only a known owner can filter the dependents.
  const canExpand = !isUnknownOwner(owner);
  const label = t('page.adoption.ownerDependents', {
    owner: ownerLabel(owner),
    tool: tool.name,
  });
  return (
    <>
      <TableRow data-owner={owner}>
        <TableCell padding="checkbox">
          {canExpand && (
            <ExpandToggle
              label={label}
              expanded={expanded}
              controls={detailsId}
              onToggle={() => setExpanded(!expanded)}
            />
          )}
        </TableCell>
        <TableCell>
          <OwnerName ownerRef={owner} />
        </TableCell>
        <TableCell align="right">{count}</TableCell>
      </TableRow>
      {expanded && (
        <TableRow id={detailsId}>
          <TableCell colSpan={3}>
            <ToolDependentsTable
              toolId={tool.tool}
              owner={owner}
              label={label}
              hideOwner
            />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

function AtRiskCard(props: { tool: ToolAdoption }) {
  const { tool } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const toolEntityPath = useToolEntityPath();
  const formatDeadline = useFormatDeadline();
  return (
    <Paper variant="outlined" className={classes.card} data-tool={tool.tool}>
      <div className={classes.inline}>
        <Typography variant="h6" component="h4">
          <Link to={toolEntityPath(tool.tool)}>{tool.name}</Link>
        </Typography>
        <StatusChip status={tool.status} />
        <Typography variant="body2">
          {tool.deadline
            ? t('page.adoption.deadline', {
                date: formatDeadline(tool.deadline),
              })
            : t('noDeadline')}
        </Typography>
        {tool.replacement && tool.replacement.length > 0 && (
          <Typography variant="body2">
            {t('page.adoption.moveTo', { target: tool.replacement.join(', ') })}
          </Typography>
        )}
      </div>
      <Table
        size="small"
        aria-label={t('page.adoption.teamsUsing', { tool: tool.name })}
      >
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" />
            <TableCell>{t('page.adoption.team')}</TableCell>
            <TableCell align="right">{t('page.adoption.dependents')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sortOwnerCounts(tool.byOwner).map(([owner, count]) => (
            <OwnerRow key={owner} tool={tool} owner={owner} count={count} />
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}

/** The deprecated and caution tools still in use, with the teams to ask. */
export function AtRiskTools(props: { tools: ToolAdoption[] }) {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const atRisk = atRiskTools(props.tools);
  if (atRisk.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('page.adoption.atRiskEmpty')}
      </Typography>
    );
  }
  return (
    <>
      {atRisk.map(tool => (
        <AtRiskCard key={tool.tool} tool={tool} />
      ))}
    </>
  );
}
