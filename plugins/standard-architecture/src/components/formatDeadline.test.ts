import { formatDeadline } from './formatDeadline';

describe('formatDeadline', () => {
  it('says a month as a month, in the reader’s language', () => {
    expect(formatDeadline('2026-03', 'en-US')).toBe('March 2026');
    expect(formatDeadline('2026-03', 'ko-KR')).toBe('2026년 3월');
    expect(formatDeadline('2026-12', 'en-US')).toBe('December 2026');
  });

  it('keeps a full day as it is', () => {
    expect(formatDeadline('2026-03-31', 'en-US')).toBe('2026-03-31');
    expect(formatDeadline('2026-03-31', 'ko-KR')).toBe('2026-03-31');
  });

  it('shows anything else as given', () => {
    expect(formatDeadline('2026-13', 'en-US')).toBe('2026-13');
    expect(formatDeadline('soon', 'en-US')).toBe('soon');
  });
});
