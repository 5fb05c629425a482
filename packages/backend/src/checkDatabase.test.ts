import { ConfigReader } from '@backstage/config';
import { createServer, Server } from 'net';
import { checkDatabase } from './checkDatabase';

const pg = (connection: object) =>
  new ConfigReader({ backend: { database: { client: 'pg', connection } } });

describe('checkDatabase', () => {
  it('leaves SQLite alone', async () => {
    await expect(
      checkDatabase(
        new ConfigReader({
          backend: {
            database: { client: 'better-sqlite3', connection: ':memory:' },
          },
        }),
      ),
    ).resolves.toBeUndefined();
  });

  it('names the environment variables that are missing', async () => {
    await expect(
      checkDatabase(pg({ port: '5432', password: 'x' })),
    ).rejects.toThrow(
      'PostgreSQL is configured but backend.database.connection lacks host, user. Set POSTGRES_HOST, POSTGRES_USER',
    );
  });

  it('says where it could not connect and what to check', async () => {
    // A port that accepts TCP and closes at once: a server that is not PostgreSQL.
    const server: Server = createServer(socket => socket.destroy());
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      await expect(
        checkDatabase(
          pg({
            host: '127.0.0.1',
            port: String(port),
            user: 'backstage',
            password: 'secret',
          }),
        ),
      ).rejects.toThrow(
        `Cannot reach PostgreSQL at backstage@127.0.0.1:${port}`,
      );
    } finally {
      server.close();
    }
  });
});
