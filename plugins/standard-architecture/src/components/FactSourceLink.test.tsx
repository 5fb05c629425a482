import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { commonMessagesKo } from '../translations/common';
import { FactSourceLink } from './FactSourceLink';

const ARTICLE = 'https://yozm.wishket.com/magazine/detail/3510/';

describe('FactSourceLink', () => {
  it('links a section source to the edition’s article, in a new tab, with the heading in the tooltip', async () => {
    await renderInTestApp(
      <FactSourceLink
        fact="license"
        source={{ section: '관측 가능성' }}
        articleUrl={ARTICLE}
      />,
    );
    const link = screen.getByRole('link', { name: 'Source of the license' });
    expect(link).toHaveTextContent(/^source$/);
    expect(link).toHaveAttribute('href', ARTICLE);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('title', 'Article, section “관측 가능성”');
    expect(link).toHaveAccessibleDescription('Article, section “관측 가능성”');
  });

  it('links a checked URL source to that page, with the day it was checked and the note', async () => {
    await renderInTestApp(
      <>
        <FactSourceLink
          fact="endOfLife"
          source={{
            url: 'https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/',
            checked: '2026-12-02',
            note: 'The announcement gives March 2026.',
          }}
          articleUrl={ARTICLE}
        />
        <FactSourceLink
          fact="stars"
          source={{
            url: 'https://github.com/grafana/tempo',
            checked: '2026-12-02',
          }}
          articleUrl={ARTICLE}
        />
      </>,
    );
    const endOfLife = screen.getByRole('link', {
      name: 'Source of the end of life',
    });
    expect(endOfLife).toHaveAttribute(
      'href',
      'https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/',
    );
    expect(endOfLife).toHaveAttribute(
      'title',
      'checked 2026-12-02: The announcement gives March 2026.',
    );
    expect(endOfLife).toHaveAttribute('rel', 'noopener noreferrer');
    const stars = screen.getByRole('link', {
      name: 'Source of the star count',
    });
    expect(stars).toHaveAttribute('href', 'https://github.com/grafana/tempo');
    expect(stars).toHaveAttribute('title', 'checked 2026-12-02');
  });

  it('renders nothing for a fact without a source', async () => {
    await renderInTestApp(
      <div data-testid="holder">
        <FactSourceLink fact="status" articleUrl={ARTICLE} />
      </div>,
    );
    expect(screen.getByTestId('holder')).toBeEmptyDOMElement();
  });

  it('never links a non-web address, and shows markup in a heading as text', async () => {
    await renderInTestApp(
      <div data-testid="holder">
        <FactSourceLink
          fact="license"
          // eslint-disable-next-line no-script-url
          source={{ url: 'javascript:alert(1)', checked: '2026-12-02' }}
          articleUrl={ARTICLE}
        />
        <FactSourceLink
          fact="status"
          source={{ section: '<img src=x onerror="alert(1)">' }}
          articleUrl={ARTICLE}
        />
      </div>,
    );
    const holder = screen.getByTestId('holder');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(
      holder.querySelector('[data-fact-source="license"]'),
    ).toHaveAttribute('title', 'checked 2026-12-02');
    expect(
      holder.querySelector('[data-fact-source="license"]')!.closest('a'),
    ).toBeNull();
    expect(
      screen.getByRole('link', { name: 'Source of the status' }),
    ).toHaveAttribute(
      'title',
      'Article, section “<img src=x onerror="alert(1)">”',
    );
    expect(holder.querySelector('img')).toBeNull();
  });

  it('speaks Korean', () => {
    expect(commonMessagesKo['source.link']).toBe('출처');
    expect(
      commonMessagesKo['source.section'].replace('{{section}}', '관측 가능성'),
    ).toBe('원문 ‘관측 가능성’ 절');
    expect(
      commonMessagesKo['source.checked'].replace('{{date}}', '2026-12-02'),
    ).toBe('2026-12-02 확인');
    expect(
      commonMessagesKo['source.name'].replace(
        '{{fact}}',
        commonMessagesKo['source.facts.license'],
      ),
    ).toBe('라이선스 출처');
  });
});
