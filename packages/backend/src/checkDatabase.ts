import { Config } from '@backstage/config';
import { Client } from 'pg';

const ENV_FOR: Record<string, string> = {
  host: 'POSTGRES_HOST',
  port: 'POSTGRES_PORT',
  user: 'POSTGRES_USER',
  password: 'POSTGRES_PASSWORD',
};

/**
 * Fails fast, saying what to set, when the config asks for PostgreSQL but
 * the connection settings are missing or the server cannot be reached.
 * Backstage would otherwise fail later with a bare ECONNREFUSED.
 */
export async function checkDatabase(config: Config): Promise<void> {
  if (config.getOptionalString('backend.database.client') !== 'pg') return;
  // `get` takes the top layer whole, so an SQLite string in app-config.yaml
  // under a PostgreSQL object in app-config.production.yaml is fine.
  const connection = config.getOptional('backend.database.connection') ?? {};
  if (typeof connection === 'string') {
    await tryConnect({ connectionString: connection });
    return;
  }

  const settings = connection as Record<string, unknown>;
  const missing = Object.keys(ENV_FOR).filter(
    key => settings[key] === undefined || settings[key] === '',
  );
  if (missing.length > 0) {
    throw new Error(
      `PostgreSQL is configured but backend.database.connection lacks ${missing.join(
        ', ',
      )}. ` +
        `Set ${missing.map(key => ENV_FOR[key]).join(', ')} ` +
        `(app-config.production.yaml reads them), or run without app-config.production.yaml to use SQLite.`,
    );
  }
  const port = Number(settings.port);
  if (!Number.isInteger(port)) {
    throw new Error(
      `POSTGRES_PORT must be a port number, got "${settings.port}"`,
    );
  }
  const { host, user, password } = settings as Record<string, string>;
  await tryConnect({ host, port, user, password }, `${user}@${host}:${port}`);
}

async function tryConnect(
  options: {
    connectionString?: string;
    host?: string;
    port?: number;
    user?: string;
    password?: string;
  },
  where = 'the configured connection string',
): Promise<void> {
  const client = new Client({
    ...options,
    database: 'postgres',
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Cannot reach PostgreSQL at ${where}: ${(error as Error).message}. ` +
        'Check POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER and POSTGRES_PASSWORD, and that the server is running.',
    );
  } finally {
    await client.end().catch(() => {});
  }
}
