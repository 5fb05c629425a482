/**
 * Korean particles that change with the word before them: `으로/로`,
 * `이/가`, `은/는`, `을/를`, `과/와`, `이라/라`. The form before the slash
 * follows a final consonant (받침), the one after follows a vowel; `으로/로`
 * also takes `로` after ㄹ.
 */
export type KoParticle =
  | '으로/로'
  | '이/가'
  | '은/는'
  | '을/를'
  | '과/와'
  | '이라/라';

type Ending = 'vowel' | 'consonant' | 'rieul';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** The index of ㄹ among the final consonants of a Hangul syllable. */
const RIEUL = 8;

/** 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구. */
const DIGITS: Record<string, Ending> = {
  '0': 'consonant',
  '1': 'rieul',
  '2': 'vowel',
  '3': 'consonant',
  '4': 'vowel',
  '5': 'vowel',
  '6': 'consonant',
  '7': 'rieul',
  '8': 'rieul',
  '9': 'vowel',
};

/** Letters as they are spelled out (API 에이피아이, SQL 에스큐엘, CD 씨디). */
const LETTER_NAMES: Record<string, Ending> = {
  l: 'rieul', // 엘
  m: 'consonant', // 엠
  n: 'consonant', // 엔
  r: 'rieul', // 알
};

/**
 * How a Latin word typically ends when read in Korean: Terraform 테라폼,
 * Crossplane 크로스플레인, Kong 콩, Rook 룩 end in a consonant; Google 구글
 * and Portal 포털 in ㄹ; Tempo, Jaeger, Prometheus, Headlamp (헤드램프),
 * Vault (볼트) and Cloud (클라우드) in a vowel.
 */
function latinEnding(word: string): Ending {
  // An acronym is read letter by letter.
  if (word.length > 1 && word === word.toUpperCase()) {
    return LETTER_NAMES[word.slice(-1).toLowerCase()] ?? 'vowel';
  }
  const lower = word.toLowerCase();
  const last = lower.slice(-1);
  const beforeLast = lower.slice(-2, -1);
  const vowels = 'aeiou';
  if (last === 'l' || lower.endsWith('le')) return 'rieul';
  if (lower.endsWith('ng')) return 'consonant';
  if (last === 'm' || last === 'n') return 'consonant';
  // A silent e after m or n: Chrome 크롬, Crossplane 크로스플레인.
  if (lower.endsWith('me') || lower.endsWith('ne')) return 'consonant';
  if (last === 'k' || last === 'c') return 'consonant';
  // Top 톱, but Headlamp 헤드램프 and Help 헬프.
  if (last === 'p' && vowels.includes(beforeLast)) return 'consonant';
  return 'vowel';
}

/** How the last pronounced sound of a text ends. */
function ending(text: string): Ending {
  // Ignore trailing punctuation, brackets and spaces.
  const trimmed = text.replace(/[^\p{L}\p{N}]+$/u, '');
  if (!trimmed) return 'vowel';
  const last = trimmed.slice(-1);
  const code = last.charCodeAt(0);
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
    const final = (code - HANGUL_FIRST) % 28;
    if (final === 0) return 'vowel';
    return final === RIEUL ? 'rieul' : 'consonant';
  }
  if (last in DIGITS) return DIGITS[last];
  const word = /[A-Za-z]+$/.exec(trimmed)?.[0];
  return word ? latinEnding(word) : 'vowel';
}

/**
 * The form of a Korean particle that follows `word`:
 * `koParticle('Gateway API', '으로/로')` is `로`, `koParticle('Terraform',
 * '으로/로')` is `으로`, `koParticle('레일', '으로/로')` is `로`.
 */
export function koParticle(word: string, particle: KoParticle): string {
  const [afterConsonant, afterVowel] = particle.split('/');
  const end = ending(word);
  if (end === 'vowel') return afterVowel;
  if (end === 'rieul' && particle === '으로/로') return afterVowel;
  return afterConsonant;
}
