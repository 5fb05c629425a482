import { render, screen } from '@testing-library/react';
import App from './App';

// Building the whole app in jsdom takes a while on a busy machine.
jest.setTimeout(30_000);

describe('App', () => {
  it('starts on the guest sign-in page', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test portal', baseUrl: 'http://localhost:3001' },
            backend: { baseUrl: 'http://localhost:7007' },
          },
          context: 'test',
        },
      ] as any,
    };

    render(App.createRoot());

    // The app's own sign-in page: guest only, like the demo backend.
    expect(
      await screen.findByRole('button', { name: 'Enter' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Enter as a Guest User/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Test portal' })).toBeVisible();
  });
});
