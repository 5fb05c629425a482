// The 2026 test edition of testData.ts with Jaeger (removed for Tempo) and
// the verdicts the backend would send today, for the diagram's tests.
import {
  EditionResponse,
  Tool,
  ToolVerdict,
  VERDICT_SEVERITY,
  Verdict,
} from '@k8s-standard/plugin-standard-architecture-common';
import { adoptionResponse, edition2026, SECTIONS } from '../testData';

const jaeger: Tool = {
  id: 'jaeger',
  name: 'Jaeger',
  nameKo: '예거',
  category: 'tracing',
  github: 'jaegertracing/jaeger',
  license: 'Apache-2.0',
  status: 'removed',
  statusReason: {
    en: 'Tempo stores traces more cheaply.',
    ko: '템포가 트레이스를 더 싸게 저장합니다.',
  },
  replacedBy: ['tempo'],
  sources: {
    status: { section: SECTIONS.traces },
    license: { section: SECTIONS.traces },
    replacedBy: { section: SECTIONS.traces },
  },
  summary: { en: 'Distributed tracing.', ko: '분산 트레이싱.' },
};

const judged = (verdict: Verdict, extra: Partial<ToolVerdict> = {}) => ({
  verdict,
  severity: VERDICT_SEVERITY[verdict],
  ...extra,
});

export const diagramEdition: EditionResponse = {
  ...edition2026,
  tools: [...edition2026.tools, jaeger],
  verdicts: {
    terraform: judged('recommended'),
    calico: judged('recommended'),
    'ingress-nginx': judged('end-of-life', {
      deadline: '2026-03',
      deadlineSource: 'standard',
      overdue: true,
    }),
    tempo: judged('recommended'),
    lens: judged('removed', {
      deadline: '2026-12-18',
      deadlineSource: 'default',
    }),
    headlamp: judged('recommended'),
    strimzi: judged('recommended'),
    jaeger: judged('removed', {
      deadline: '2026-12-18',
      deadlineSource: 'default',
    }),
  },
};

export const diagramAdoption = adoptionResponse;

/** Dependents per tool as the page builds them from `/adoption`. */
export const diagramDependents = new Map(
  adoptionResponse.tools.map(tool => [tool.tool, tool.dependents]),
);
