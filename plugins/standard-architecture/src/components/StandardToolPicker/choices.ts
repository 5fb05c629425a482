import {
  EditionResponse,
  Tool,
} from '@internal/plugin-standard-architecture-common';
import { StandardArchitectureApi } from '../../api/StandardArchitectureApi';
import { DisplayStatus } from '../StatusChip';
import { fieldMessages } from '../../translations/field';

/**
 * The `ui:options` of the StandardToolPicker field.
 * @public
 */
export type StandardToolPickerUiOptions = {
  /** Offer the tools of this layer, e.g. `networking`. */
  layer?: string;
  /** Offer the tools of this category, e.g. `ingress`. */
  category?: string;
  /** Let removed and deprecated tools be chosen. Default false. */
  allowDeprecated?: boolean;
};

/** One tool the field can offer. */
export interface ToolChoice {
  tool: Tool;
  status: DisplayStatus;
  /** Removed from the edition or deprecated by its lifecycle. */
  deprecated: boolean;
  /** Names of the replacement tools and the successor. */
  targets: string[];
}

/** The status a chip shows for a tool of the current edition. */
export function displayStatus(
  tool: Tool,
  lifecycle: EditionResponse['lifecycles'][string] | undefined,
): DisplayStatus {
  if (tool.status === 'removed') return 'removed';
  if (lifecycle === 'deprecated') return 'deprecated';
  if (tool.status === 'caution') return 'caution';
  if (lifecycle === 'experimental' || tool.experimental) return 'experimental';
  return tool.status;
}

/** Whether a tool's category is in the scope the options ask for. */
function inScope(
  edition: EditionResponse,
  tool: Tool,
  options: StandardToolPickerUiOptions,
): boolean {
  if (options.category && tool.category !== options.category) return false;
  if (options.layer) {
    const layer = edition.layers.find(l => l.id === options.layer);
    if (!layer?.categories.some(c => c.id === tool.category)) return false;
  }
  return true;
}

/** The tools of the edition in the layer or category, in the edition's order. */
export function toolChoices(
  edition: EditionResponse,
  options: StandardToolPickerUiOptions = {},
): ToolChoice[] {
  const nameOf = (id: string) =>
    edition.tools.find(t => t.id === id)?.name ?? id;
  return edition.tools
    .filter(tool => inScope(edition, tool, options))
    .map(tool => {
      const lifecycle = edition.lifecycles?.[tool.id];
      return {
        tool,
        status: displayStatus(tool, lifecycle),
        deprecated: tool.status === 'removed' || lifecycle === 'deprecated',
        targets: [
          ...(tool.replacedBy ?? []).map(nameOf),
          ...(tool.successor ? [tool.successor.name] : []),
        ],
      };
    });
}

/** How the options' scope reads in a message: the category name or the layer id. */
export function scopeLabel(
  edition: EditionResponse,
  options: StandardToolPickerUiOptions,
  language: 'en' | 'ko',
): string {
  if (options.category) {
    const category = edition.layers
      .flatMap(l => l.categories)
      .find(c => c.id === options.category);
    return category ? category.name[language] : options.category;
  }
  return options.layer ?? '';
}

/** Keys of the field's messages. */
export type FieldMessageKey = keyof typeof fieldMessages;
/** Translates a field message; the component and the validation each supply one. */
export type FieldTranslate = (
  key: FieldMessageKey,
  params: Record<string, string>,
) => string;

/** English, for when no translation API is at hand. */
export const englishFieldTranslate: FieldTranslate = (key, params) =>
  fieldMessages[key].replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (_, name) => params[name] ?? '',
  );

/**
 * Why a deprecated choice is refused, e.g. "Lens is deprecated in the 2026
 * edition: move to Headlamp", then the edition's reason in the user's language.
 */
export function refusalMessage(
  choice: ToolChoice,
  edition: EditionResponse,
  language: 'en' | 'ko',
  translate: FieldTranslate,
  options: { withReason?: boolean } = {},
): string {
  const name = language === 'ko' ? choice.tool.nameKo : choice.tool.name;
  const params = { tool: name, edition: String(edition.year) };
  const head =
    choice.targets.length > 0
      ? translate('refusedMoveTo', {
          ...params,
          target: choice.targets.join(', '),
        })
      : translate('refused', params);
  const reason = choice.tool.statusReason?.[language];
  return options.withReason !== false && reason ? `${head}. ${reason}` : head;
}

/** How long a fetched edition is reused by the field and its validation. */
const CACHE_MS = 5 * 60 * 1000;

const editionCache = new WeakMap<
  StandardArchitectureApi,
  { at: number; edition: Promise<EditionResponse> }
>();

/**
 * The current edition with lifecycles, fetched once per API instance for a
 * few minutes: the field renders it and the validation (which runs outside
 * React, with only the API holder) judges against the same copy.
 */
export function loadCurrentEdition(
  api: StandardArchitectureApi,
  now: number = Date.now(),
): Promise<EditionResponse> {
  const cached = editionCache.get(api);
  if (cached && now - cached.at < CACHE_MS) return cached.edition;
  const edition = api
    .getEditions()
    .then(({ current }) => api.getEdition(current));
  editionCache.set(api, { at: now, edition });
  edition.catch(() => {
    if (editionCache.get(api)?.edition === edition) editionCache.delete(api);
  });
  return edition;
}
