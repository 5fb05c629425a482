import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { commonMessagesKo } from '../translations/common';
import { AsOf } from './AsOf';
import { relativeTime } from './relativeTime';

const now = new Date('2026-12-02T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('relativeTime', () => {
  it('uses the largest unit the time reaches', () => {
    expect(relativeTime(ago(30), now, 'en-US')).toBe('30 seconds ago');
    expect(relativeTime(ago(150), now, 'en-US')).toBe('2 minutes ago');
    expect(relativeTime(ago(3 * 3600), now, 'en-US')).toBe('3 hours ago');
    expect(relativeTime(ago(86400), now, 'en-US')).toBe('yesterday');
  });

  it('speaks Korean', () => {
    expect(relativeTime(ago(150), now, 'ko-KR')).toBe('2분 전');
    expect(commonMessagesKo.asOf.replace('{{time}}', '2분 전')).toBe(
      '2분 전 기준',
    );
    expect(commonMessagesKo.notIndexed).toBe('아직 색인되지 않음');
  });

  it('reads a time ahead of the browser clock as now', () => {
    expect(relativeTime(ago(-90), now, 'en-US')).toBe('now');
  });
});

describe('AsOf', () => {
  it('says how long ago the index was synced, with the exact time on hover', async () => {
    const asOf = new Date(Date.now() - 2 * 60_000).toISOString();
    await renderInTestApp(<AsOf asOf={asOf} />);
    const label = screen.getByText('as of 2 minutes ago');
    expect(label.tagName).toBe('TIME');
    expect(label).toHaveAttribute('datetime', asOf);
    expect(label.getAttribute('title')).toMatch(/\d/);
  });

  it('says the index is not built yet when there is no time', async () => {
    await renderInTestApp(<AsOf />);
    expect(screen.getByText('not indexed yet')).toBeInTheDocument();
  });
});
