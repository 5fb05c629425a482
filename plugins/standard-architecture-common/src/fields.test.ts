import { dayOrMonth, githubSlug, httpUrl, isCalendarDate, isoDate } from './fields';
import { deadlineDay, isPastDeadline } from './lifecycle';

describe('data fields', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-45', false],
    ['2026-00-10', false],
    ['2026-4-01', false],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
    expect(isoDate.safeParse(value).success).toBe(expected);
  });

  it('accepts a month where the source gives only a month', () => {
    expect(dayOrMonth.parse('2026-03')).toBe('2026-03');
    expect(dayOrMonth.parse('2026-03-31')).toBe('2026-03-31');
    expect(dayOrMonth.safeParse('2026-13').success).toBe(false);
    expect(dayOrMonth.safeParse('2026-02-30').success).toBe(false);
  });

  it.each([
    ['cilium/cilium', true],
    ['kubernetes-sigs/kubespray', true],
    ['grafana/grafana.github.io', true],
    ['../..', false],
    ['owner/..', false],
    ['owner/.', false],
    ['-owner/repo', false],
    ['own--er/repo', false],
    ['owner/repo/issues', false],
    ['owner', false],
  ])('%s is a GitHub owner/repo: %s', (value, expected) => {
    expect(githubSlug.safeParse(value).success).toBe(expected);
  });

  it('stores URLs normalised and refuses unsafe ones', () => {
    expect(httpUrl.parse('HTTPS://Example.com:443/a/./b/../c')).toBe(
      'https://example.com/a/c',
    );
    expect(httpUrl.parse('https://例え.jp/')).toBe('https://xn--r8jz45g.jp/');
    for (const unsafe of [
      'https://example.com/"onclick="x',
      'https://example.com/<script>',
      'https://example.com/a b',
      ['javascript', 'alert(1)'].join(':'),
      'file:///etc/passwd',
      'https://user:pw@example.com/',
      'not a url',
    ]) {
      expect(httpUrl.safeParse(unsafe).success).toBe(false);
    }
  });

  it('counts a month-precise deadline until the end of the month', () => {
    expect(deadlineDay('2026-03')).toBe('2026-03-31');
    expect(deadlineDay('2028-02')).toBe('2028-02-29');
    expect(deadlineDay('2026-03-15')).toBe('2026-03-15');
    expect(isPastDeadline('2026-03', '2026-03-31')).toBe(false);
    expect(isPastDeadline('2026-03', '2026-04-01')).toBe(true);
    expect(isPastDeadline('2026-03-15', '2026-03-16')).toBe(true);
  });
});
