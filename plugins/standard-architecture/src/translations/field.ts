/** English strings of the field; nested keys become `field.<key>`. */
export const fieldMessages = {
  label: 'Tool',
  helper: 'Tools of the {{edition}} Kubernetes Standard Architecture',
  noTools: 'The {{edition}} edition has no tools here',
  refused: '{{tool}} is deprecated in the {{edition}} edition',
  refusedMoveTo:
    '{{tool}} is deprecated in the {{edition}} edition: move to {{target}}',
  notOffered: '{{tool}} is not a tool of {{scope}} in the {{edition}} edition',
  unknown: '{{tool}} is not a tool of the {{edition}} edition',
  unavailable: 'Could not check the choice against the standard: {{message}}',
} as const;

/** Korean strings of the field, keyed as flattened paths. */
export const fieldMessagesKo: Record<string, string> = {
  label: '도구',
  helper: '{{edition}}년판 쿠버네티스 표준 아키텍처의 도구',
  noTools: '{{edition}}년판에는 여기에 해당하는 도구가 없습니다',
  refused: '{{tool}}은(는) {{edition}}년판에서 지원 중단되었습니다',
  refusedMoveTo:
    '{{tool}}은(는) {{edition}}년판에서 지원 중단되었습니다. {{target}}(으)로 이전하세요',
  notOffered: '{{tool}}은(는) {{edition}}년판의 {{scope}} 도구가 아닙니다',
  unknown: '{{tool}}은(는) {{edition}}년판의 도구가 아닙니다',
  unavailable: '표준과 대조하지 못했습니다: {{message}}',
};
