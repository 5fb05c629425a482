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
  MenuItem,
  TextField,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { standardArchitectureApiRef } from '../../api/StandardArchitectureApi';
import { standardArchitectureTranslationRef } from '../../translation';
import { StatusChip } from '../StatusChip';
import { useDataLanguage } from '../useDataLanguage';
import {
  englishFieldTranslate,
  FieldTranslate,
  loadCurrentEdition,
  refusalMessage,
  scopeLabel,
  StandardToolPickerUiOptions,
  toolChoices,
} from './choices';

const useStyles = makeStyles(theme => ({
  option: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    whiteSpace: 'normal',
  },
  value: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
}));

/**
 * A scaffolder field offering the tools of one layer or category of the
 * current Kubernetes Standard Architecture edition, each with its status.
 * Removed and deprecated tools are shown disabled with the reason unless
 * `ui:options.allowDeprecated` is true. The value is the tool id.
 * @public
 */
export function StandardToolPicker(
  props: FieldExtensionComponentProps<string, StandardToolPickerUiOptions>,
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
  const language = useDataLanguage();
  const classes = useStyles();
  const translate: FieldTranslate = (key, params) =>
    t(`field.${key}` as 'field.refused', params as any);

  const {
    value: edition,
    loading,
    error,
  } = useAsync(() => loadCurrentEdition(api), [api]);

  const label = schema.title ?? t('field.label');
  const id = props.idSchema?.$id ?? 'standard-tool-picker';

  if (loading) return <Progress />;
  if (error || !edition) {
    return (
      <Box>
        <TextField
          id={id}
          label={label}
          value={formData ?? ''}
          disabled
          fullWidth
          error
          helperText={`${t('loadFailed')}: ${error?.message ?? ''}`}
        />
      </Box>
    );
  }

  const choices = toolChoices(edition, options);
  const allowDeprecated = options.allowDeprecated === true;
  const nameOf = (choice: (typeof choices)[number]) =>
    language === 'ko' ? choice.tool.nameKo : choice.tool.name;
  const selected = choices.find(c => c.tool.id === formData);
  const hasErrors = (rawErrors?.length ?? 0) > 0;

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
        value={selected ? selected.tool.id : ''}
        onChange={event => onChange(event.target.value as string)}
        helperText={
          schema.description ??
          (choices.length === 0
            ? t('field.noTools', { edition: String(edition.year) })
            : t('field.helper', { edition: String(edition.year) }))
        }
        SelectProps={{
          renderValue: () =>
            selected ? (
              <span className={classes.value}>
                {nameOf(selected)}
                <StatusChip status={selected.status} />
              </span>
            ) : (
              ''
            ),
        }}
      >
        {choices.map(choice => {
          const refused = choice.deprecated && !allowDeprecated;
          return (
            <MenuItem
              key={choice.tool.id}
              value={choice.tool.id}
              disabled={refused}
              data-tool={choice.tool.id}
              className={classes.option}
            >
              <ListItemText
                primary={nameOf(choice)}
                secondary={
                  choice.deprecated
                    ? refusalMessage(choice, edition, language, translate)
                    : choice.tool.summary[language]
                }
              />
              <StatusChip status={choice.status} />
            </MenuItem>
          );
        })}
      </TextField>
      {selected?.deprecated && allowDeprecated && (
        <FormHelperText>
          {refusalMessage(selected, edition, language, translate)}
        </FormHelperText>
      )}
    </>
  );
}

/**
 * Refuses a removed or deprecated tool (unless `allowDeprecated`) and a tool
 * outside the field's layer or category, saying why.
 *
 * Scaffolder validators may be async (`void | Promise<void>`), so this reads
 * the current edition through `context.apiHolder` rather than a hook; it
 * shares `loadCurrentEdition`'s short-lived per-API cache with the field so
 * both judge the same data. If the standard cannot be loaded the choice is
 * refused with the reason, as it could not be checked.
 * @public
 */
export const standardToolPickerValidation: CustomFieldValidator<
  string,
  StandardToolPickerUiOptions
> = async (value, validation, context) => {
  if (!value) return;
  const options: StandardToolPickerUiOptions =
    context.uiSchema?.['ui:options'] ?? {};

  const snapshot = context.apiHolder
    .get(translationApiRef)
    ?.getTranslation(standardArchitectureTranslationRef);
  const translate: FieldTranslate =
    snapshot && snapshot.ready
      ? (key, params) =>
          snapshot.t(`field.${key}` as 'field.refused', params as any)
      : englishFieldTranslate;
  const appLanguage = context.apiHolder
    .get(appLanguageApiRef)
    ?.getLanguage().language;
  const language = appLanguage?.startsWith('ko') ? 'ko' : 'en';

  const api = context.apiHolder.get(standardArchitectureApiRef);
  if (!api) {
    validation.addError(
      translate('unavailable', {
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
      translate('unavailable', {
        message: e instanceof Error ? e.message : String(e),
      }),
    );
    return;
  }

  const known = edition.tools.find(t => t.id === value);
  const knownName = language === 'ko' ? known?.nameKo : known?.name;
  const params = {
    tool: knownName ?? value,
    edition: String(edition.year),
  };
  const choice = toolChoices(edition, options).find(c => c.tool.id === value);
  if (!choice) {
    validation.addError(
      known
        ? translate('notOffered', {
            ...params,
            scope: scopeLabel(edition, options, language),
          })
        : translate('unknown', params),
    );
    return;
  }
  if (choice.deprecated && options.allowDeprecated !== true) {
    validation.addError(refusalMessage(choice, edition, language, translate));
  }
};
