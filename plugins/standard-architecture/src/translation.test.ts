import { cardsMessages, cardsMessagesKo } from './translations/cards';
import { commonMessages, commonMessagesKo } from './translations/common';
import { fieldMessages, fieldMessagesKo } from './translations/field';
import { pageMessages, pageMessagesKo } from './translations/page';

/** Nested English messages as the flattened keys the Korean files use. */
function flatKeys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key}`]
      : flatKeys(value, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  it.each([
    ['common', commonMessages, commonMessagesKo],
    ['page', pageMessages, pageMessagesKo],
    ['cards', cardsMessages, cardsMessagesKo],
    ['field', fieldMessages, fieldMessagesKo],
  ])(
    'has a Korean string for every English %s string, and no other',
    (_name, en, ko) => {
      expect(Object.keys(ko).sort()).toEqual(flatKeys(en).sort());
    },
  );
});
