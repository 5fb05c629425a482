import { useId, useMemo, useState } from 'react';
import { Box, Link as MuiLink, TextField } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { Table, TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  EditionResponse,
  LAYER_IDS,
  LayerId,
  layerOfCategory,
  spdxLicenseIds,
  ToolVerdict,
  Verdict,
} from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import {
  compareVerdicts,
  editionToolVerdict,
  VERDICTS_BY_URGENCY,
} from '../editionVerdict';
import { useTableTextStyles } from '../tableStyles';
import { useDataLanguage } from '../useDataLanguage';
import { VerdictChip } from '../VerdictChip';
import { Words } from '../Words';

const useStyles = makeStyles(theme => ({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  filter: { minWidth: 180 },
  // A name breaks between its words; a single overlong token may break anywhere.
  name: {
    textAlign: 'left',
    wordBreak: 'normal',
    overflowWrap: 'break-word',
  },
}));

interface ToolRow {
  id: string;
  name: string;
  layerId?: LayerId;
  layer: string;
  category: string;
  verdict: ToolVerdict;
  verdictText: string;
  license: string;
  licenseIds: string[];
  stars?: number;
  dependents?: number;
}

function FilterSelect(props: {
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const id = useId();
  return (
    <TextField
      id={id}
      select
      label={props.label}
      value={props.value}
      onChange={event => props.onChange(event.target.value)}
      SelectProps={{ native: true }}
      // A native select always shows a value ("All"): keep the label above it.
      InputLabelProps={{ shrink: true }}
      variant="outlined"
      size="small"
      className={classes.filter}
    >
      <option value="">{t('page.table.all')}</option>
      {props.options.map(option => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}

/**
 * The same tools as the diagram, as a sortable table with layer, status and
 * license filters: the view for scanning and comparing rather than browsing.
 */
export function ToolTable(props: {
  edition: EditionResponse;
  dependents?: Map<string, number>;
  onOpen: (toolId: string) => void;
}) {
  const { edition, dependents, onOpen } = props;
  const classes = useStyles();
  const tableText = useTableTextStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const language = useDataLanguage();
  const [layer, setLayer] = useState('');
  const [verdict, setVerdict] = useState('');
  const [license, setLicense] = useState('');

  const rows = useMemo<ToolRow[]>(() => {
    const categoryNames = new Map(
      edition.layers.flatMap(l =>
        l.categories.map(c => [c.id, c.name[language]]),
      ),
    );
    return edition.tools.map(tool => {
      const layerId = layerOfCategory(edition, tool.category);
      const toolVerdict = editionToolVerdict(edition, tool.id);
      return {
        id: tool.id,
        name: tool.name,
        layerId,
        layer: layerId ? t(`page.layers.${layerId}`) : '',
        category: categoryNames.get(tool.category) ?? tool.category,
        verdict: toolVerdict,
        verdictText: t(`verdict.${toolVerdict.verdict}`),
        license: tool.license,
        licenseIds: spdxLicenseIds(tool.license),
        stars: tool.stars?.count,
        dependents: dependents ? dependents.get(tool.id) ?? 0 : undefined,
      };
    });
  }, [edition, dependents, language, t]);

  const licenseOptions = useMemo(
    () =>
      [...new Set(rows.flatMap(r => r.licenseIds))]
        .sort((a, b) => a.localeCompare(b))
        .map(id => ({ value: id, label: id })),
    [rows],
  );

  const visible = rows.filter(
    row =>
      (!layer || row.layerId === layer) &&
      (!verdict || row.verdict.verdict === (verdict as Verdict)) &&
      (!license || row.licenseIds.includes(license)),
  );

  const layerOrder = (row: ToolRow) =>
    row.layerId ? LAYER_IDS.indexOf(row.layerId) : -1;
  const columns: TableColumn<ToolRow>[] = [
    {
      title: t('page.table.name'),
      field: 'name',
      highlight: true,
      defaultSort: 'asc',
      render: row => (
        <MuiLink
          component="button"
          variant="body2"
          className={classes.name}
          onClick={() => onOpen(row.id)}
        >
          <Words text={row.name} />
        </MuiLink>
      ),
    },
    {
      title: t('page.table.layer'),
      field: 'layer',
      // Sort by position in the stack, not alphabetically.
      customSort: (a, b) => layerOrder(a) - layerOrder(b),
      render: row => <Words text={row.layer} />,
    },
    {
      title: t('page.table.category'),
      field: 'category',
      render: row => <Words text={row.category} />,
    },
    {
      title: t('page.table.status'),
      field: 'verdictText',
      // Most urgent first, not alphabetically.
      customSort: (a, b) => compareVerdicts(a.verdict, b.verdict),
      cellStyle: { whiteSpace: 'nowrap' },
      render: row => <VerdictChip verdict={row.verdict} />,
    },
    {
      title: t('page.table.license'),
      field: 'license',
      render: row => <Words text={row.license} />,
    },
    {
      title: t('page.table.stars'),
      field: 'stars',
      type: 'numeric',
      cellStyle: { whiteSpace: 'nowrap' },
    },
    ...(dependents
      ? [
          {
            title: t('page.table.dependents'),
            field: 'dependents',
            type: 'numeric',
          } as TableColumn<ToolRow>,
        ]
      : []),
  ];

  return (
    <Box>
      <div className={classes.filters}>
        <FilterSelect
          label={t('page.table.layer')}
          value={layer}
          onChange={setLayer}
          options={[...LAYER_IDS].reverse().map(id => ({
            value: id,
            label: t(`page.layers.${id}`),
          }))}
        />
        <FilterSelect
          label={t('page.table.status')}
          value={verdict}
          onChange={setVerdict}
          options={VERDICTS_BY_URGENCY.map(v => ({
            value: v,
            label: t(`verdict.${v}`),
          }))}
        />
        <FilterSelect
          label={t('page.table.license')}
          value={license}
          onChange={setLicense}
          options={licenseOptions}
        />
      </div>
      <div className={tableText.table}>
        <Table<ToolRow>
          title={t('page.table.title', { edition: String(edition.year) })}
          columns={columns}
          data={visible}
          // Draggable headers nest a button in a button (axe: nested-interactive).
          options={{
            paging: false,
            search: true,
            padding: 'dense',
            draggable: false,
          }}
          localization={{
            toolbar: {
              searchPlaceholder: t('page.table.search'),
              searchTooltip: t('page.table.search'),
              searchAriaLabel: t('page.table.search'),
              clearSearchAriaLabel: t('page.table.clearSearch'),
            },
            body: { emptyDataSourceMessage: t('page.table.empty') },
          }}
          emptyContent={<Box p={2}>{t('page.table.empty')}</Box>}
        />
      </div>
    </Box>
  );
}
