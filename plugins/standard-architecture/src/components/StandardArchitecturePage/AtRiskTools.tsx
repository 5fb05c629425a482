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
} from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { compareVerdicts, isAtRisk } from '../editionVerdict';
import { isUnknownOwner, OwnerName, useOwnerTitle } from '../OwnerName';
import { useTableTextStyles } from '../tableStyles';
import { ToolDependentsTable } from '../ToolDependentsTable';
import { useMoveTo } from '../useMoveTo';
import { useToolEntityPath } from '../useToolNamespace';
import { VerdictChip } from '../VerdictChip';
import { VerdictDeadline } from '../VerdictDeadline';
import { ExpandToggle } from './ExpandToggle';
import { sortOwnerCounts } from './ownerCounts';

const useStyles = makeStyles(theme => ({
  inline: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  card: { padding: theme.spacing(2), marginBottom: theme.spacing(2) },
}));

/**
 * Tools still in use whose verdict asks to move off them or to watch them
 * (end of life, removed, deprecated, caution): earliest deadline first, a
 * month deadline (`2026-03`) at the last day of its month.
 */
export function atRiskTools(tools: ToolAdoption[]): ToolAdoption[] {
  const day = (tool: ToolAdoption) => {
    const deadline = tool.verdict.deadline ?? tool.deadline;
    return deadline ? deadlineDay(deadline) : '9999';
  };
  return tools
    .filter(tool => isAtRisk(tool.verdict) && tool.dependents > 0)
    .sort(
      (a, b) =>
        day(a).localeCompare(day(b)) ||
        compareVerdicts(a.verdict, b.verdict) ||
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
  const ownerTitle = useOwnerTitle(owner);
  const label = t('page.adoption.ownerDependents', {
    owner: ownerTitle,
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
  const tableText = useTableTextStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const toolEntityPath = useToolEntityPath();
  const moveTo = useMoveTo();
  return (
    <Paper variant="outlined" className={classes.card} data-tool={tool.tool}>
      <div className={classes.inline}>
        <Typography variant="h6" component="h4">
          <Link to={toolEntityPath(tool.tool)}>{tool.name}</Link>
        </Typography>
        <VerdictChip verdict={tool.verdict} />
        {tool.verdict.deadline ? (
          <VerdictDeadline verdict={tool.verdict} />
        ) : (
          <Typography variant="body2">{t('noDeadline')}</Typography>
        )}
        {tool.replacement && tool.replacement.length > 0 && (
          <Typography variant="body2">{moveTo(tool.replacement)}</Typography>
        )}
      </div>
      <Table
        size="small"
        aria-label={t('page.adoption.teamsUsing', { tool: tool.name })}
        className={tableText.table}
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
