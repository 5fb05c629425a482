import {
  EditionResponse,
  Tool,
  ToolVerdict,
  Verdict,
  VERDICT_LABELS,
} from '@k8s-standard/plugin-standard-architecture-common';
import { StandardArchitectureApi } from '../../api/StandardArchitectureApi';
import { fieldMessages } from '../../translations/field';

/**
 * The `ui:options` of the StandardToolPicker field.
 * @public
 */
export type StandardToolPickerUiOptions = {
  /**
   * Offer the tools of these categories of the current edition, e.g.
   * `[metrics, logging, tracing]`; the menu groups them in this order.
   */
  categories?: string[];
  /** Offer the tools of this category, e.g. `ci` (kept for compatibility). */
  category?: string;
  /**
   * Offer the tools of this layer, e.g. `networking` (kept for
   * compatibility). With categories too, only those of the layer.
   */
  layer?: string;
  /**
   * Let several tools be picked; the value is then an array of tool ids.
   * A schema of `type: array` turns this on too.
   */
  multiple?: boolean;
  /** Let tools with a critical verdict be chosen. Default false. */
  allowDeprecated?: boolean;
};

/** One tool the field can offer. */
export interface ToolChoice {
  tool: Tool;
  /** The verdict every view shows for the tool. */
  verdict: ToolVerdict;
  /** A critical verdict (removed, deprecated, end of life): refused by default. */
  refused: boolean;
  /** Names of the replacement tools and the successor. */
  targets: string[];
}

/** A category of the edition. */
type Category = EditionResponse['layers'][number]['categories'][number];

/** The tools of one category, under its name. */
export interface ChoiceGroup {
  categoryId: string;
  name: Category['name'];
  choices: ToolChoice[];
}

/**
 * A tool the backend sent no verdict for is judged as `toolVerdict` judges a
 * tool it does not know: experimental.
 */
const UNJUDGED: ToolVerdict = { verdict: 'experimental', severity: 'info' };

/** The category ids the options name, `categories` first, in their order. */
function namedCategories(options: StandardToolPickerUiOptions): string[] {
  // A lone id where a list belongs is taken as a list of one.
  const categories: unknown = options.categories;
  const ids = [
    ...(Array.isArray(categories) ? categories : [categories]),
    options.category,
  ].filter((id): id is string => typeof id === 'string' && id !== '');
  return [...new Set(ids)];
}

/**
 * The categories in scope, in menu order: the named categories in the order
 * named (only those of the layer, when a layer is given too), else the
 * layer's, else every category of the edition.
 */
export function scopedCategories(
  edition: EditionResponse,
  options: StandardToolPickerUiOptions = {},
): Category[] {
  const all = edition.layers.flatMap(l => l.categories);
  const layer = options.layer
    ? edition.layers.find(l => l.id === options.layer)
    : undefined;
  const inLayer = (id: string) =>
    !options.layer || !!layer?.categories.some(c => c.id === id);
  const named = namedCategories(options);
  if (named.length > 0) {
    return named
      .filter(inLayer)
      .map(id => all.find(c => c.id === id))
      .filter((c): c is Category => !!c);
  }
  if (options.layer) return layer?.categories ?? [];
  return all;
}

/** The tool's name in the language. */
export const toolName = (tool: Tool, language: 'en' | 'ko') =>
  language === 'ko' ? tool.nameKo : tool.name;

function choiceOf(edition: EditionResponse, tool: Tool): ToolChoice {
  const nameOf = (id: string) =>
    edition.tools.find(t => t.id === id)?.name ?? id;
  const verdict = edition.verdicts?.[tool.id] ?? UNJUDGED;
  return {
    tool,
    verdict,
    refused: verdict.severity === 'critical',
    targets: [
      ...(tool.replacedBy ?? []).map(nameOf),
      ...(tool.successor ? [tool.successor.name] : []),
    ],
  };
}

/**
 * The tools in scope grouped by category (in `scopedCategories` order),
 * each group sorted by the tools' names in the language; empty groups left
 * out.
 */
export function groupedChoices(
  edition: EditionResponse,
  options: StandardToolPickerUiOptions = {},
  language: 'en' | 'ko' = 'en',
): ChoiceGroup[] {
  return scopedCategories(edition, options)
    .map(category => ({
      categoryId: category.id,
      name: category.name,
      choices: edition.tools
        .filter(tool => tool.category === category.id)
        .map(tool => choiceOf(edition, tool))
        .sort((a, b) =>
          toolName(a.tool, language).localeCompare(
            toolName(b.tool, language),
            language,
            { sensitivity: 'base' },
          ),
        ),
    }))
    .filter(group => group.choices.length > 0);
}

/** The tools in scope, in menu order. */
export function toolChoices(
  edition: EditionResponse,
  options: StandardToolPickerUiOptions = {},
  language: 'en' | 'ko' = 'en',
): ToolChoice[] {
  return groupedChoices(edition, options, language).flatMap(g => g.choices);
}

/**
 * How the options' scope reads in a message: the category names, else the
 * layer id.
 */
export function scopeLabel(
  edition: EditionResponse,
  options: StandardToolPickerUiOptions,
  language: 'en' | 'ko',
): string {
  const named = namedCategories(options);
  if (named.length > 0) {
    const all = edition.layers.flatMap(l => l.categories);
    return named
      .map(id => all.find(c => c.id === id)?.name[language] ?? id)
      .join(', ');
  }
  return options.layer ?? '';
}

/** Whether the field takes several tools: `multiple`, or an array schema. */
export function isMultiple(
  options: StandardToolPickerUiOptions,
  schema?: { type?: unknown },
): boolean {
  if (options.multiple === true) return true;
  const type = schema?.type;
  return type === 'array' || (Array.isArray(type) && type.includes('array'));
}

/** The chosen tool ids of a value, single or multiple. */
export function chosenIds(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.filter((v): v is string => typeof v === 'string' && !!v);
  }
  return typeof value === 'string' && value ? [value] : [];
}

/** Keys of the field's messages. */
export type FieldMessageKey = keyof typeof fieldMessages;

/**
 * The words of the field: its own messages, and the verdict labels every
 * view shares. The component and the validation each supply one.
 */
export interface FieldWords {
  field: (key: FieldMessageKey, params: Record<string, string>) => string;
  verdict: (verdict: Verdict) => string;
}

/** English, for when no translation API is at hand. */
export const englishFieldWords: FieldWords = {
  field: (key, params) =>
    fieldMessages[key].replace(
      /\{\{\s*(\w+)\s*\}\}/g,
      (_, name) => params[name] ?? '',
    ),
  verdict: verdict => VERDICT_LABELS[verdict].en,
};

/**
 * What the verdict means for a choice, e.g. "Lens cannot be chosen (2026
 * edition: Removed); move to Headlamp", then the edition's reason in the
 * user's language. `refused: false` words it as a note (a caution, or a
 * critical tool that `allowDeprecated` lets through).
 */
export function verdictMessage(
  choice: ToolChoice,
  edition: EditionResponse,
  language: 'en' | 'ko',
  words: FieldWords,
  options: { refused?: boolean; withReason?: boolean } = {},
): string {
  const refused = options.refused ?? true;
  const params = {
    tool: toolName(choice.tool, language),
    edition: String(edition.year),
    verdict: words.verdict(choice.verdict.verdict),
  };
  const [plain, moveTo]: [FieldMessageKey, FieldMessageKey] = refused
    ? ['refused', 'refusedMoveTo']
    : ['noted', 'notedMoveTo'];
  const head =
    choice.targets.length > 0
      ? words.field(moveTo, { ...params, target: choice.targets.join(', ') })
      : words.field(plain, params);
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
 * The current edition with verdicts, fetched once per API instance for a
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
