/** Strings shared by the page, the cards and the field. */
export const commonMessages = {
  status: {
    recommended: 'Recommended',
    experimental: 'Experimental',
    caution: 'Caution',
    deprecated: 'Deprecated',
    added: 'Added this edition',
    kept: 'Recommended',
    'changed-in': 'Changed in',
    removed: 'Removed',
  },
  language: { en: 'English', ko: '한국어' },
  deadline: 'Deadline: {{date}}',
  noDeadline: 'No published deadline',
  moveTo: 'Move to {{target}}',
  openTool: 'Open tool',
  loadFailed: 'Could not load the Kubernetes Standard Architecture',
} as const;

export const commonMessagesKo = {
  'status.recommended': '권장',
  'status.experimental': '실험적',
  'status.caution': '주의',
  'status.deprecated': '지원 중단',
  'status.added': '이번 판 추가',
  'status.kept': '권장',
  'status.changed-in': '교체되어 들어옴',
  'status.removed': '제거됨',
  'language.en': 'English',
  'language.ko': '한국어',
  deadline: '기한: {{date}}',
  noDeadline: '공표된 기한 없음',
  moveTo: '{{target}}(으)로 이전',
  openTool: '도구 열기',
  loadFailed: '쿠버네티스 표준 아키텍처를 불러오지 못했습니다',
};
