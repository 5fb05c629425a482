import { createHash } from 'crypto';
import { Request, Response } from 'express';

/**
 * Sends JSON with a strong ETag and answers `If-None-Match` with 304. The
 * tag is given when the answer depends only on shared state (so it can be
 * checked before any work), else it is the body's hash, because bodies that
 * list entities differ by the caller's permissions.
 */
export function sendWithETag(
  req: Request,
  res: Response,
  body: unknown,
  tag?: string,
) {
  const json = JSON.stringify(body);
  const etag = `"${
    tag ?? createHash('sha256').update(json).digest('base64url').slice(0, 27)
  }"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'private, no-cache');
  if (matches(req, etag)) {
    res.status(304).end();
    return;
  }
  res.type('application/json').send(json);
}

/** True when the request already holds this ETag. */
export function matches(req: Request, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header
    .split(',')
    .map(t => t.trim().replace(/^W\//, ''))
    .some(t => t === etag || t === '*');
}
