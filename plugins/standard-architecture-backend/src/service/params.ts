import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/** A four-digit year from a path or query parameter. */
export function parseYear(value: unknown, name: string): number {
  if (typeof value !== 'string' || !/^\d{4}$/.test(value)) {
    throw new InputError(
      `${name} must be a four-digit year, got "${value ?? ''}"`,
    );
  }
  return Number(value);
}

// The catalog's rules for kinds, namespaces and names.
const KIND = /^[a-zA-Z][a-zA-Z0-9]{0,62}$/;
const NAMESPACE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9._-]{0,61}[a-zA-Z0-9])?$/;

/** An entity ref, normalised; `defaultKind` fills a bare name. */
export function parseRef(
  value: unknown,
  name: string,
  defaultKind?: string,
): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(
      `${name} is required, e.g. component:default/my-service`,
    );
  }
  let ref: { kind: string; namespace: string; name: string };
  try {
    ref = parseEntityRef(value, { defaultKind });
  } catch (error) {
    throw new InputError(
      `${name} "${value}" is not a valid entity ref: ${error}`,
    );
  }
  if (
    !KIND.test(ref.kind) ||
    !NAMESPACE.test(ref.namespace) ||
    !NAME.test(ref.name)
  ) {
    throw new InputError(
      `${name} "${value}" is not a valid entity ref, e.g. component:default/my-service`,
    );
  }
  return stringifyEntityRef(ref);
}

/** A path segment that must be a catalog name (namespace, name, tool id). */
export function parseName(value: unknown, name: string): string {
  if (typeof value !== 'string' || !NAME.test(value)) {
    throw new InputError(
      `${name} must be a catalog name (letters, digits, ".", "_", "-"), got "${
        value ?? ''
      }"`,
    );
  }
  return value;
}

/** `limit`: 1–500, default 50. */
export function parseLimit(value: unknown): number {
  if (value === undefined) return 50;
  const n =
    typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 500)) {
    throw new InputError(
      `limit must be an integer from 1 to 500, got "${String(value)}"`,
    );
  }
  return n;
}

/** An optional boolean flag: `true` or `false`. */
export function parseFlag(value: unknown, name: string): boolean {
  if (value === undefined) return false;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new InputError(`${name} must be true or false, got "${String(value)}"`);
}

/** `source`: how the usage is known. */
export function parseSource(
  value: unknown,
): 'declared' | 'detected' | undefined {
  if (value === undefined) return undefined;
  if (value === 'declared' || value === 'detected') return value;
  throw new InputError(
    `source must be declared or detected, got "${String(value)}"`,
  );
}

/** Opaque cursors: base64url JSON, checked on the way back in. */
export function encodeCursor(position: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<T>(
  value: unknown,
  isValid: (position: any) => position is T,
): T | undefined {
  if (value === undefined) return undefined;
  try {
    const position = JSON.parse(
      Buffer.from(String(value), 'base64url').toString('utf8'),
    );
    if (isValid(position)) return position;
  } catch {
    // reported below
  }
  throw new InputError(
    'cursor is not one this API returned; start again without it',
  );
}
