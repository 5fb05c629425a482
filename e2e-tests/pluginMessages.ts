/**
 * Node-side loader of the plugin's UI strings, for the Korean test: reads
 * every `plugins/standard-architecture/src/translations/*.ts` (the English
 * `*Messages` objects and the Korean `*MessagesKo` maps) so the test follows
 * the messages as they are, new files and keys included.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const TRANSLATIONS = path.resolve(
  __dirname,
  '../plugins/standard-architecture/src/translations',
);

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Array<[string, string]> {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : flatten(value, `${prefix}${key}.`),
  );
}

export interface PluginMessages {
  /** Every English message, by `<file>:<flattened key>`. */
  en: Map<string, string>;
  /** Every Korean message, by `<file>:<flattened key>`. */
  ko: Map<string, string>;
}

/** Loads the English and Korean messages of every translation file. */
export function loadPluginMessages(): PluginMessages {
  const en = new Map<string, string>();
  const ko = new Map<string, string>();
  const files = fs
    .readdirSync(TRANSLATIONS)
    .filter(file => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
  for (const file of files) {
    // Playwright compiles TypeScript on require, as it does the specs.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(path.join(TRANSLATIONS, file));
    const base = file.replace(/\.tsx?$/, '');
    for (const [name, value] of Object.entries(exported)) {
      if (!value || typeof value !== 'object') continue;
      if (/MessagesKo$/.test(name)) {
        for (const [key, text] of flatten(value as Messages)) {
          ko.set(`${base}:${name.replace(/Ko$/, '')}:${key}`, text);
        }
      } else if (/Messages$/.test(name)) {
        for (const [key, text] of flatten(value as Messages)) {
          en.set(`${base}:${name}:${key}`, text);
        }
      }
    }
  }
  return { en, ko };
}

/** Whether `text` holds `phrase` as whole words (any case). */
export function containsPhrase(text: string, phrase: string): boolean {
  return phraseRegExp(phrase).test(text);
}

export function phraseRegExp(phrase: string, flags = 'iu'): RegExp {
  const escaped = phrase
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags);
}

/** A message without its `{{…}}` placeholders: the literal parts, trimmed. */
export function literalParts(message: string): string[] {
  return message
    .split(/\{\{[^}]*\}\}/)
    .map(part => part.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '').trim())
    .filter(part => part.length > 0);
}

/** Worth looking for: two or more words, or one word of four or more letters. */
export function isDistinctive(part: string): boolean {
  if (!/[A-Za-z]/.test(part)) return false;
  const words = part.split(/\s+/).filter(word => /[A-Za-z]/.test(word));
  if (words.length >= 2) return true;
  return (part.match(/[A-Za-z]/g) ?? []).length >= 4;
}

export interface EnglishString {
  /** `<file>:<export>:<key>` of the message it comes from. */
  key: string;
  text: string;
}

/**
 * The plugin's English UI strings to look for on a Korean page: the literal
 * parts of every English message that are distinctive (see isDistinctive).
 * Parts the Korean messages themselves contain (such as "English" in the
 * language toggle, or a term kept in English) are left out: a Korean page
 * shows them legitimately. Returns the excluded parts too, for the report.
 */
export function englishUiStrings(): {
  strings: EnglishString[];
  keptInKorean: string[];
} {
  const { en, ko } = loadPluginMessages();
  // The Korean texts without their placeholders (`{{edition}}` is no text).
  const korean = [...ko.values()]
    .map(text => text.replace(/\{\{[^}]*\}\}/g, ' '))
    .join('\n');
  const seen = new Set<string>();
  const strings: EnglishString[] = [];
  const keptInKorean = new Set<string>();
  for (const [key, message] of en) {
    for (const part of literalParts(message)) {
      if (!isDistinctive(part)) continue;
      if (containsPhrase(korean, part)) {
        keptInKorean.add(part);
        continue;
      }
      if (seen.has(part.toLowerCase())) continue;
      seen.add(part.toLowerCase());
      strings.push({ key, text: part });
    }
  }
  return { strings, keptInKorean: [...keptInKorean] };
}
