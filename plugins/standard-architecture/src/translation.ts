import {
  createTranslationMessages,
  createTranslationRef,
  createTranslationResource,
} from '@backstage/core-plugin-api/alpha';
import { cardsMessages, cardsMessagesKo } from './translations/cards';
import { commonMessages, commonMessagesKo } from './translations/common';
import { fieldMessages, fieldMessagesKo } from './translations/field';
import { pageMessages, pageMessagesKo } from './translations/page';

/**
 * Every UI string of the plugin, in English; Korean ships as a resource.
 * @public
 */
export const standardArchitectureTranslationRef = createTranslationRef({
  id: 'standard-architecture',
  messages: {
    ...commonMessages,
    page: pageMessages,
    cards: cardsMessages,
    field: fieldMessages,
  },
});

const prefixed = (prefix: string, messages: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [`${prefix}.${key}`, value]),
  );

/** The Korean strings; add to the app's `__experimentalTranslations`. @public */
export const standardArchitectureTranslationsKo = createTranslationMessages({
  ref: standardArchitectureTranslationRef,
  messages: {
    ...commonMessagesKo,
    ...prefixed('page', pageMessagesKo),
    ...prefixed('cards', cardsMessagesKo),
    ...prefixed('field', fieldMessagesKo),
  } as any,
});

/** Lazily loaded Korean resource for the app. @public */
export const standardArchitectureTranslations = createTranslationResource({
  ref: standardArchitectureTranslationRef,
  translations: {
    ko: async () => ({ default: standardArchitectureTranslationsKo }),
  },
});
