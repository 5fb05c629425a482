import { Edition, Overlay, Tool } from './schema';
import { Standard } from './standard';
import { toolVerdict, VERDICT_LABELS, VERDICTS } from './verdict';

const text = (en: string) => ({ en, ko: en });
const tool = (id: string, extra: Partial<Tool> = {}): Tool => ({
  id,
  name: id,
  nameKo: id,
  category: 'c',
  license: 'MIT',
  status: 'kept',
  summary: text(id),
  sources: { status: { section: 's' }, license: { section: 's' } },
  ...extra,
});
const edition = (year: number, published: string, tools: Tool[]): Edition => ({
  year,
  title: text(`${year}`),
  source: `https://example.com/${year}`,
  published,
  sections: ['s'],
  summary: text('s'),
  layers: [{ id: 'networking', categories: [{ id: 'c', name: text('c') }] }],
  tools,
});

const EDITION_2025 = edition(2025, '2024-12-20', [
  tool('gone-2026'),
  tool('gone-2026-eol', { endOfLife: '2026-06-30' }),
  tool('dropped-2026'),
]);
const EDITION_2026 = edition(2026, '2025-12-18', [
  tool('kept'),
  tool('added', { status: 'added' }),
  tool('changed', { status: 'changed-in' }),
  tool('lab', { experimental: true }),
  tool('lab-eol', { experimental: true, endOfLife: '2026-01-15' }),
  tool('watch', { status: 'caution' }),
  tool('watch-eol-month', { status: 'caution', endOfLife: '2026-03' }),
  tool('kept-eol-later', { endOfLife: '2027-06' }),
  tool('gone-2026', { status: 'removed' }),
  tool('gone-2026-eol', { status: 'removed', endOfLife: '2026-06-30' }),
]);
const EDITION_2027 = edition(2027, '2026-12-20', [tool('future')]);

function standard(decisions: Overlay['decisions'] = []): Standard {
  return {
    editions: [EDITION_2025, EDITION_2026, EDITION_2027],
    overlay: { organisation: 'acme', decisions, tools: [], layers: [] },
  };
}

const judge = (
  id: string,
  today: string,
  decisions: Overlay['decisions'] = [],
  migrationWindowMonths?: number,
) =>
  toolVerdict(standard(decisions), id, {
    today,
    edition: 2026,
    migrationWindowMonths,
  });

describe('toolVerdict: from the edition', () => {
  it.each`
    id                   | today           | verdict          | severity      | deadline        | source        | overdue
    ${'kept'}            | ${'2026-12-02'} | ${'recommended'} | ${'ok'}       | ${undefined}    | ${undefined}  | ${undefined}
    ${'added'}           | ${'2026-12-02'} | ${'recommended'} | ${'ok'}       | ${undefined}    | ${undefined}  | ${undefined}
    ${'changed'}         | ${'2026-12-02'} | ${'recommended'} | ${'ok'}       | ${undefined}    | ${undefined}  | ${undefined}
    ${'kept-eol-later'}  | ${'2026-12-02'} | ${'recommended'} | ${'ok'}       | ${'2027-06'}    | ${'standard'} | ${undefined}
    ${'lab'}             | ${'2026-12-02'} | ${'experimental'}| ${'info'}     | ${undefined}    | ${undefined}  | ${undefined}
    ${'lab-eol'}         | ${'2026-01-15'} | ${'experimental'}| ${'info'}     | ${'2026-01-15'} | ${'standard'} | ${undefined}
    ${'lab-eol'}         | ${'2026-01-16'} | ${'end-of-life'} | ${'critical'} | ${'2026-01-15'} | ${'standard'} | ${true}
    ${'watch'}           | ${'2026-12-02'} | ${'caution'}     | ${'warning'}  | ${undefined}    | ${undefined}  | ${undefined}
    ${'watch-eol-month'} | ${'2026-03-31'} | ${'caution'}     | ${'warning'}  | ${'2026-03'}    | ${'standard'} | ${undefined}
    ${'watch-eol-month'} | ${'2026-04-01'} | ${'end-of-life'} | ${'critical'} | ${'2026-03'}    | ${'standard'} | ${true}
    ${'gone-2026'}       | ${'2026-12-02'} | ${'removed'}     | ${'critical'} | ${'2026-12-18'} | ${'default'}  | ${undefined}
    ${'gone-2026'}       | ${'2026-12-19'} | ${'removed'}     | ${'critical'} | ${'2026-12-18'} | ${'default'}  | ${true}
    ${'gone-2026-eol'}   | ${'2026-12-02'} | ${'removed'}     | ${'critical'} | ${'2026-06-30'} | ${'standard'} | ${true}
    ${'dropped-2026'}    | ${'2026-12-02'} | ${'removed'}     | ${'critical'} | ${'2026-12-18'} | ${'default'}  | ${undefined}
    ${'future'}          | ${'2026-12-02'} | ${'experimental'}| ${'info'}     | ${undefined}    | ${undefined}  | ${undefined}
  `(
    '$id on $today: $verdict, deadline $deadline ($source)',
    ({ id, today, verdict, severity, deadline, source, overdue }) => {
      expect(judge(id, today)).toEqual({
        verdict,
        severity,
        ...(deadline && { deadline, deadlineSource: source }),
        ...(overdue && { overdue }),
      });
    },
  );

  it('counts the default window from the edition that removed the tool', () => {
    expect(judge('gone-2026', '2026-01-01', [], 6).deadline).toBe('2026-06-18');
    expect(judge('dropped-2026', '2026-01-01', [], 3).deadline).toBe(
      '2026-03-18',
    );
  });
});

describe('toolVerdict: the overlay decides first', () => {
  const decision = (
    toolId: string,
    d: Partial<Overlay['decisions'][number]>,
  ): Overlay['decisions'][number] => ({
    tool: toolId,
    decision: 'approved',
    reason: text('ours'),
    ...d,
  });

  it.each`
    id             | overlay                                                    | today           | verdict          | deadline        | source       | overdue
    ${'gone-2026'} | ${{ decision: 'approved' }}                                | ${'2026-12-02'} | ${'recommended'} | ${undefined}    | ${undefined} | ${undefined}
    ${'kept'}      | ${{ decision: 'allowed' }}                                 | ${'2026-12-02'} | ${'caution'}     | ${undefined}    | ${undefined} | ${undefined}
    ${'kept'}      | ${{ decision: 'allowed', until: '2027-01-31' }}            | ${'2026-12-02'} | ${'caution'}     | ${'2027-01-31'} | ${'overlay'} | ${undefined}
    ${'kept'}      | ${{ decision: 'allowed', until: '2026-11-30' }}            | ${'2026-12-02'} | ${'deprecated'}  | ${'2026-11-30'} | ${'overlay'} | ${true}
    ${'kept'}      | ${{ decision: 'rejected' }}                                | ${'2026-12-02'} | ${'deprecated'}  | ${'2026-12-18'} | ${'default'} | ${undefined}
    ${'kept'}      | ${{ decision: 'rejected', deadline: '2027-03' }}           | ${'2026-12-02'} | ${'deprecated'}  | ${'2027-03'}    | ${'overlay'} | ${undefined}
    ${'gone-2026'} | ${{ decision: 'migrate', deadline: '2027-06' }}            | ${'2026-12-02'} | ${'removed'}     | ${'2027-06'}    | ${'overlay'} | ${undefined}
    ${'gone-2026-eol'} | ${{ decision: 'migrate', deadline: '2027-06' }}        | ${'2026-12-02'} | ${'removed'}     | ${'2027-06'}    | ${'overlay'} | ${undefined}
    ${'dropped-2026'}  | ${{ decision: 'migrate', deadline: '2026-10-01' }}     | ${'2026-12-02'} | ${'removed'}     | ${'2026-10-01'} | ${'overlay'} | ${true}
    ${'watch'}     | ${{ decision: 'migrate', deadline: '2027-06' }}            | ${'2026-12-02'} | ${'caution'}     | ${undefined}    | ${undefined} | ${undefined}
  `(
    '$id with $overlay.decision on $today: $verdict',
    ({ id, overlay, today, verdict, deadline, source, overdue }) => {
      const result = judge(id, today, [decision(id, overlay)]);
      expect(result).toMatchObject({
        verdict,
        ...(deadline && { deadline, deadlineSource: source }),
      });
      expect(result.deadline).toBe(deadline);
      expect(result.overdue).toBe(overdue);
    },
  );
});

describe('verdict labels', () => {
  it('has an English and a Korean label for every verdict', () => {
    for (const verdict of VERDICTS) {
      expect(VERDICT_LABELS[verdict].en).toMatch(/^[A-Z]/);
      expect(VERDICT_LABELS[verdict].ko).toMatch(/[가-힣]/);
    }
  });
});
