import { ReactNode } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/core-plugin-api';
import {
  appLanguageApiRef,
  translationApiRef,
  useTranslationRef,
} from '@backstage/core-plugin-api/alpha';
import { Progress } from '@backstage/core-components';
import {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import {
  Box,
  FormHelperText,
  ListItemText,
  ListSubheader,
  MenuItem,
  TextField,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import CheckBoxIcon from '@material-ui/icons/CheckBox';
import CheckBoxOutlineBlankIcon from '@material-ui/icons/CheckBoxOutlineBlank';
import { standardArchitectureApiRef } from '../../api/StandardArchitectureApi';
import { standardArchitectureTranslationRef } from '../../translation';
import { useVerdictLabel, VerdictChip } from '../VerdictChip';
import { useDataLanguage } from '../useDataLanguage';
import {
  chosenIds,
  englishFieldWords,
  FieldWords,
  groupedChoices,
  isMultiple,
  loadCurrentEdition,
  scopeLabel,
  StandardToolPickerUiOptions,
  ToolChoice,
  toolChoices,
  toolName,
  verdictMessage,
} from './choices';

const useStyles = makeStyles(theme => ({
  option: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    whiteSpace: 'normal',
    // A refused tool stays readable: its name and verdict say why.
    '&.Mui-disabled': { opacity: 1 },
    '&.Mui-disabled $name': { color: theme.palette.text.secondary },
  },
  name: {},
  check: { marginTop: theme.spacing(0.75) },
  header: {
    backgroundColor: theme.palette.background.paper,
    lineHeight: `${theme.spacing(4)}px`,
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  value: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  chosen: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
}));

/**
 * A category's name above its tools. MUI's Select clones every child as an
 * option (role, click and key handlers, tab index); this header takes none
 * of them, so it cannot be picked or focused, and `disabled` keeps the menu
 * from focusing it first.
 */
function GroupHeader(props: {
  category: string;
  className: string;
  children: ReactNode;
  disabled: true;
}) {
  return (
    <ListSubheader
      role="presentation"
      data-category={props.category}
      className={props.className}
    >
      {props.children}
    </ListSubheader>
  );
}

/**
 * A scaffolder field offering the tools of some categories (or a layer) of
 * the current Kubernetes Standard Architecture edition, grouped by category
 * and sorted by name, each with its verdict. Tools with a critical verdict
 * (removed, deprecated, end of life) are shown disabled with the verdict and
 * what to move to, unless `ui:options.allowDeprecated` is true; caution
 * tools can be chosen and carry the caution chip. The value is the tool id,
 * or with `ui:options.multiple` (or an array schema) an array of tool ids.
 * @public
 */
export function StandardToolPicker(
  props: FieldExtensionComponentProps<
    string | string[],
    StandardToolPickerUiOptions
  >,
) {
  const {
    onChange,
    formData,
    schema,
    uiSchema,
    required,
    rawErrors,
    disabled,
  } = props;
  const options: StandardToolPickerUiOptions = uiSchema?.['ui:options'] ?? {};
  const api = useApi(standardArchitectureApiRef);
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const verdictLabel = useVerdictLabel();
  const language = useDataLanguage();
  const classes = useStyles();
  const words: FieldWords = {
    field: (key, params) => t(`field.${key}` as 'field.refused', params as any),
    verdict: verdictLabel,
  };

  const {
    value: edition,
    loading,
    error,
  } = useAsync(() => loadCurrentEdition(api), [api]);

  const label = schema.title ?? t('field.label');
  const id = props.idSchema?.$id ?? 'standard-tool-picker';
  const multiple = isMultiple(options, schema);
  const chosen = chosenIds(formData);

  if (loading) return <Progress />;
  if (error || !edition) {
    return (
      <Box>
        <TextField
          id={id}
          label={label}
          value={chosen.join(', ')}
          disabled
          fullWidth
          error
          helperText={`${t('loadFailed')}: ${error?.message ?? ''}`}
        />
      </Box>
    );
  }

  const groups = groupedChoices(edition, options, language);
  const choices = groups.flatMap(g => g.choices);
  const allowDeprecated = options.allowDeprecated === true;
  const selected = chosen
    .map(toolId => choices.find(c => c.tool.id === toolId))
    .filter((c): c is ToolChoice => !!c);
  const selectedIds = selected.map(c => c.tool.id);
  const hasErrors = (rawErrors?.length ?? 0) > 0;
  const year = String(edition.year);

  const chosenLabel = (choice: ToolChoice) => (
    <span key={choice.tool.id} className={classes.chosen}>
      {toolName(choice.tool, language)}
      <VerdictChip verdict={choice.verdict} />
    </span>
  );

  const option = (choice: ToolChoice) => {
    const isSelected = selectedIds.includes(choice.tool.id);
    const refused = choice.refused && !allowDeprecated;
    let secondary: string;
    if (choice.refused || choice.verdict.severity === 'warning') {
      secondary = verdictMessage(choice, edition, language, words, {
        refused,
      });
    } else {
      secondary = choice.tool.summary[language];
    }
    return (
      <MenuItem
        key={choice.tool.id}
        value={choice.tool.id}
        disabled={refused}
        data-tool={choice.tool.id}
        data-verdict={choice.verdict.verdict}
        className={classes.option}
      >
        {multiple &&
          (isSelected ? (
            <CheckBoxIcon
              fontSize="small"
              color="primary"
              className={classes.check}
            />
          ) : (
            <CheckBoxOutlineBlankIcon
              fontSize="small"
              className={classes.check}
            />
          ))}
        <ListItemText
          primary={toolName(choice.tool, language)}
          primaryTypographyProps={{ className: classes.name }}
          secondary={secondary}
        />
        <VerdictChip verdict={choice.verdict} />
      </MenuItem>
    );
  };

  // Headers only where there is more than one category to tell apart.
  const items = groups.flatMap(group => [
    ...(groups.length > 1
      ? [
          <GroupHeader
            key={`category:${group.categoryId}`}
            category={group.categoryId}
            className={classes.header}
            disabled
          >
            {group.name[language]}
          </GroupHeader>,
        ]
      : []),
    ...group.choices.map(option),
  ]);

  // Chosen tools the standard flags: cautions, and critical ones let through.
  const notes = selected.filter(
    c => c.refused || c.verdict.severity === 'warning',
  );

  let helperText: string;
  if (schema.description) helperText = schema.description;
  else if (choices.length === 0) {
    helperText = t('field.noTools', { edition: year });
  } else if (multiple) {
    helperText = t('field.helperMultiple', { edition: year });
  } else helperText = t('field.helper', { edition: year });

  const handleChange = (value: unknown) => {
    if (multiple) {
      const next = chosenIds(value).filter(toolId =>
        choices.some(c => c.tool.id === toolId),
      );
      onChange(next.length > 0 ? next : undefined);
    } else {
      onChange(typeof value === 'string' && value ? value : undefined);
    }
  };

  return (
    <>
      <TextField
        id={id}
        select
        fullWidth
        margin="normal"
        label={label}
        required={required}
        disabled={disabled || choices.length === 0}
        error={hasErrors}
        value={multiple ? selectedIds : selectedIds[0] ?? ''}
        onChange={event => handleChange(event.target.value)}
        helperText={helperText}
        SelectProps={{
          multiple,
          renderValue: () => (
            <span className={classes.value}>{selected.map(chosenLabel)}</span>
          ),
        }}
      >
        {items}
      </TextField>
      {notes.map(choice => (
        <FormHelperText key={choice.tool.id} data-note={choice.tool.id}>
          {verdictMessage(choice, edition, language, words, {
            refused: false,
          })}
        </FormHelperText>
      ))}
    </>
  );
}

/**
 * Refuses a tool with a critical verdict (unless `allowDeprecated`) and a
 * tool outside the field's categories or layer, saying why, for each chosen
 * tool of a single or multiple field.
 *
 * Scaffolder validators may be async (`void | Promise<void>`), so this reads
 * the current edition through `context.apiHolder` rather than a hook; it
 * shares `loadCurrentEdition`'s short-lived per-API cache with the field so
 * both judge the same data. If the standard cannot be loaded the choice is
 * refused with the reason, as it could not be checked.
 * @public
 */
export const standardToolPickerValidation: CustomFieldValidator<
  string | string[],
  StandardToolPickerUiOptions
> = async (value, validation, context) => {
  const ids = chosenIds(value);
  if (ids.length === 0) return;
  const options: StandardToolPickerUiOptions =
    context.uiSchema?.['ui:options'] ?? {};

  const snapshot = context.apiHolder
    .get(translationApiRef)
    ?.getTranslation(standardArchitectureTranslationRef);
  const words: FieldWords =
    snapshot && snapshot.ready
      ? {
          field: (key, params) =>
            snapshot.t(`field.${key}` as 'field.refused', params as any),
          verdict: verdict => snapshot.t(`verdict.${verdict}`),
        }
      : englishFieldWords;
  const appLanguage = context.apiHolder
    .get(appLanguageApiRef)
    ?.getLanguage().language;
  const language = appLanguage?.startsWith('ko') ? 'ko' : 'en';

  const api = context.apiHolder.get(standardArchitectureApiRef);
  if (!api) {
    validation.addError(
      words.field('unavailable', {
        message: 'the standard-architecture API is not installed',
      }),
    );
    return;
  }

  let edition;
  try {
    edition = await loadCurrentEdition(api);
  } catch (e) {
    validation.addError(
      words.field('unavailable', {
        message: e instanceof Error ? e.message : String(e),
      }),
    );
    return;
  }

  const choices = toolChoices(edition, options, language);
  for (const toolId of ids) {
    const known = edition.tools.find(t => t.id === toolId);
    const params = {
      tool: known ? toolName(known, language) : toolId,
      edition: String(edition.year),
    };
    const choice = choices.find(c => c.tool.id === toolId);
    if (!choice) {
      validation.addError(
        known
          ? words.field('notOffered', {
              ...params,
              scope: scopeLabel(edition, options, language),
            })
          : words.field('unknown', params),
      );
    } else if (choice.refused && options.allowDeprecated !== true) {
      validation.addError(verdictMessage(choice, edition, language, words));
    }
  }
};
