import { judgeSpdxExpression, spdxAlternatives } from './spdxPolicy';

describe('SPDX expressions against a licence policy', () => {
  it('lists the ways to comply with an expression', () => {
    expect(spdxAlternatives('AGPL-3.0-only OR SSPL-1.0 OR Elastic-2.0')).toEqual([
      ['AGPL-3.0-only'],
      ['SSPL-1.0'],
      ['Elastic-2.0'],
    ]);
    expect(spdxAlternatives('GPL-2.0-or-later AND LGPL-2.1-only')).toEqual([
      ['GPL-2.0-or-later', 'LGPL-2.1-only'],
    ]);
    expect(spdxAlternatives('(MIT OR Apache-2.0) AND BSD-3-Clause')).toEqual([
      ['MIT', 'BSD-3-Clause'],
      ['Apache-2.0', 'BSD-3-Clause'],
    ]);
  });

  it('accepts a choice when one alternative passes, and a conjunction only when all parts pass', () => {
    const allowed = new Set(['Elastic-2.0', 'GPL-2.0-or-later']);
    const ok = (id: string) => allowed.has(id);
    const elastic = judgeSpdxExpression(
      'AGPL-3.0-only OR SSPL-1.0 OR Elastic-2.0',
      ok,
    );
    expect(elastic.acceptable).toBe(true);
    expect(elastic.alternatives.filter(a => a.acceptable)).toEqual([
      { licenses: ['Elastic-2.0'], acceptable: true, rejected: [] },
    ]);
    const haproxy = judgeSpdxExpression('GPL-2.0-or-later AND LGPL-2.1-only', ok);
    expect(haproxy).toEqual({
      acceptable: false,
      alternatives: [
        {
          licenses: ['GPL-2.0-or-later', 'LGPL-2.1-only'],
          acceptable: false,
          rejected: ['LGPL-2.1-only'],
        },
      ],
    });
  });
});
