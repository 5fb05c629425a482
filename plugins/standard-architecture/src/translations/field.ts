/** English strings of the field; nested keys become `field.<key>`. */
export const fieldMessages = {
  label: 'Tool',
  helper: 'Tools of the {{edition}} Kubernetes Standard Architecture',
  helperMultiple:
    'Pick one or more tools of the {{edition}} Kubernetes Standard Architecture',
  noTools: 'The {{edition}} edition has no tools here',
  refused: '{{tool}} cannot be chosen ({{edition}} edition: {{verdict}})',
  refusedMoveTo:
    '{{tool}} cannot be chosen ({{edition}} edition: {{verdict}}); move to {{target}}',
  noted: '{{tool}} ({{edition}} edition: {{verdict}})',
  notedMoveTo:
    '{{tool}} ({{edition}} edition: {{verdict}}); move to {{target}}',
  notOffered: '{{tool}} is not a tool of {{scope}} in the {{edition}} edition',
  unknown: '{{tool}} is not a tool of the {{edition}} edition',
  unavailable: 'Could not check the choice against the standard: {{message}}',
} as const;

/** Korean strings of the field, keyed as flattened paths. */
export const fieldMessagesKo: Record<string, string> = {
  label: '도구',
  helper: '{{edition}}년판 쿠버네티스 표준 아키텍처의 도구',
  helperMultiple:
    '{{edition}}년판 쿠버네티스 표준 아키텍처의 도구를 하나 이상 고르세요',
  noTools: '{{edition}}년판에는 여기에 해당하는 도구가 없습니다',
  refused: '{{tool}} 도구는 선택할 수 없습니다({{edition}}년판: {{verdict}})',
  refusedMoveTo:
    '{{tool}} 도구는 선택할 수 없습니다({{edition}}년판: {{verdict}}). 이전 대상: {{target}}',
  noted: '{{tool}} ({{edition}}년판: {{verdict}})',
  notedMoveTo: '{{tool}} ({{edition}}년판: {{verdict}}). 이전 대상: {{target}}',
  notOffered: '{{tool}}: {{edition}}년판의 {{scope}} 도구가 아닙니다',
  unknown: '{{tool}}: {{edition}}년판의 도구가 아닙니다',
  unavailable: '표준과 대조하지 못했습니다: {{message}}',
};
