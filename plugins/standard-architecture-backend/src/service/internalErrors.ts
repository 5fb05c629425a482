import { randomBytes } from 'crypto';
import { LoggerService } from '@backstage/backend-plugin-api';
import { isError } from '@backstage/errors';
import { ErrorRequestHandler } from 'express';

// The @backstage/errors types this plugin throws on purpose: their messages
// are written for the caller.
const MEANT_FOR_CALLERS = new Set([
  'InputError',
  'AuthenticationError',
  'NotAllowedError',
  'NotFoundError',
  'ConflictError',
  'NotModifiedError',
  'ServiceUnavailableError',
  'NotImplementedError',
]);

/**
 * Anything else is logged in full and answered with a generic 500 whose
 * message carries only a log id: no file paths, hosts or driver details.
 */
export function internalErrors(logger: LoggerService): ErrorRequestHandler {
  return (error, _req, _res, next) => {
    // Express's own 4xx (a path that does not decode) say what the caller sent.
    const status = (error as { status?: unknown; statusCode?: unknown })
      ?.status;
    const callerError =
      typeof status === 'number' && status >= 400 && status < 500;
    if (isError(error) && (MEANT_FOR_CALLERS.has(error.name) || callerError)) {
      next(error);
      return;
    }
    const logId = randomBytes(6).toString('hex');
    logger.error(
      `Internal error, log id ${logId}`,
      isError(error) ? error : undefined,
    );
    const answer = new Error(
      `Internal error in the standard-architecture plugin (log id ${logId})`,
    );
    delete answer.stack;
    next(answer);
  };
}
