import {
  VERDICT_LABELS,
  VERDICTS,
} from '@k8s-standard/plugin-standard-architecture-common';
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

  it('labels every verdict exactly as VERDICT_LABELS in the common package, in English and Korean', () => {
    expect(Object.keys(commonMessages.verdict).sort()).toEqual(
      [...VERDICTS].sort(),
    );
    for (const verdict of VERDICTS) {
      expect(commonMessages.verdict[verdict]).toBe(VERDICT_LABELS[verdict].en);
      expect(commonMessagesKo[`verdict.${verdict}`]).toBe(
        VERDICT_LABELS[verdict].ko,
      );
    }
  });

  it.each([
    ['common', commonMessagesKo],
    ['page', pageMessagesKo],
    ['cards', cardsMessagesKo],
    ['field', fieldMessagesKo],
  ])(
    'writes natural Korean in %s: no "(으)로" or "이(가)" fallbacks after a name',
    (_name, ko) => {
      const fallbacks = Object.entries(ko as Record<string, string>).filter(
        ([, text]) => /[가-힣]?\((으|이|을|를|은|는|과|와|가)\)/.test(text),
      );
      expect(fallbacks).toEqual([]);
    },
  );
});
