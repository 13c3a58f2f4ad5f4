import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
import { ErrorCodes, HttpErrorCodes } from '../domain/errors';
import { logger } from '../logger';

// The HTTP edge: a request id and one log line per request, and JSON errors for
// everything refused before GraphQL sees it (body parser, size, charset,
// encoding), so no answer is Express's HTML page or carries a stack.

/** What the GraphQL layer tells the request log about an operation. */
export interface OperationRecord {
  operation: string | null;
  roundTrips: number;
  /** Error codes of the answer; empty when it succeeded. */
  codes: string[];
}

export const REQUEST_ID_HEADER = 'x-request-id';
const CLIENT_ID = /^[\w.:-]{1,64}$/;

export function operationRecord(res: Response): OperationRecord | undefined {
  return (res.locals as { operation?: OperationRecord }).operation;
}

export function setOperationRecord(res: Response, record: OperationRecord): void {
  (res.locals as { operation?: OperationRecord }).operation = record;
}

/** Request id (the client's `x-request-id` when it looks like one, else a new UUID), echoed in the answer. */
export function requestLog(): RequestHandler {
  return pinoHttp({
    // A child: request lines carry raw request/response objects until serialized.
    logger: logger.child({}),
    genReqId(req: Request, res: Response) {
      const given = req.headers[REQUEST_ID_HEADER];
      const id = typeof given === 'string' && CLIENT_ID.test(given) ? given : randomUUID();
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' || req.url === '/metrics' },
    quietReqLogger: true,
    serializers: {
      req: (req: { method: string; url: string; raw?: Request }) => ({
        method: req.method,
        url: req.raw?.originalUrl ?? req.url,
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      err: (err: Error) => ({ type: err.name, message: err.message }),
    },
    customProps(_req, res) {
      const record = operationRecord(res as Response);
      if (!record) return {};
      return {
        operation: record.operation ?? '(anonymous)',
        roundTrips: record.roundTrips,
        outcome: record.codes.length ? record.codes.join(',') : 'ok',
      };
    },
    // 503/504 are the outage answers (the supervisor logs the outage itself): a warning each.
    customLogLevel: (_req, res, err) =>
      res.statusCode === 503 || res.statusCode === 504
        ? 'warn'
        : err || res.statusCode >= 500
          ? 'error'
          : 'info',
    // `npm start` asks the explorer's page operations itself (warm-explorer.ts): said so.
    customSuccessMessage: (req, res, ms) =>
      `${req.method} ${(req as Request).originalUrl} ${res.statusCode} ${ms} ms${req.headers['x-warm-up'] ? ' (warming the explorer)' : ''}`,
    customErrorMessage: (req, res) =>
      `${req.method} ${(req as Request).originalUrl} ${res.statusCode} failed`,
  }) as unknown as RequestHandler;
}

/** A GraphQL-shaped error answer, in the media type the client accepts. */
export function sendError(
  req: Request,
  res: Response,
  status: number,
  code: string,
  message: string,
  onError?: (code: string) => void,
): void {
  onError?.(code);
  const graphqlResponse = (req.headers.accept ?? '').includes('application/graphql-response+json');
  res
    .status(status)
    .type(graphqlResponse ? 'application/graphql-response+json' : 'application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

interface BodyParserError extends Error {
  status?: number;
  statusCode?: number;
  type?: string;
  limit?: number;
  charset?: string;
  encoding?: string;
}

/** body-parser's failures as coded JSON; anything else is logged and answered without internals. */
export function classifyHttpError(error: BodyParserError): { status: number; code: string; message: string } {
  switch (error.type) {
    case 'entity.too.large':
      return {
        status: 413,
        code: HttpErrorCodes.PAYLOAD_TOO_LARGE,
        message: `The request body is over the limit of ${error.limit ?? '?'} bytes.`,
      };
    case 'charset.unsupported':
      return {
        status: 415,
        code: HttpErrorCodes.UNSUPPORTED_MEDIA_TYPE,
        message: `Charset ${JSON.stringify(error.charset ?? '')} is not supported; send UTF-8.`,
      };
    case 'encoding.unsupported':
      return {
        status: 415,
        code: HttpErrorCodes.UNSUPPORTED_MEDIA_TYPE,
        message: `Content encoding ${JSON.stringify(error.encoding ?? '')} is not supported; send identity, gzip, deflate or br.`,
      };
    case 'entity.parse.failed':
      return {
        status: 400,
        code: HttpErrorCodes.BAD_REQUEST,
        message: 'The request body is not a JSON object (a GraphQL request is {"query": "…"}).',
      };
    case 'request.aborted':
    case 'request.size.invalid':
    case 'entity.verify.failed':
      return { status: 400, code: HttpErrorCodes.BAD_REQUEST, message: 'The request body was incomplete.' };
    default: {
      const status = error.status ?? error.statusCode;
      if (typeof status === 'number' && status >= 400 && status < 500) {
        return { status, code: HttpErrorCodes.BAD_REQUEST, message: 'The request could not be read.' };
      }
      return { status: 500, code: ErrorCodes.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
    }
  }
}

export function jsonErrorHandler(onError?: (code: string) => void): ErrorRequestHandler {
  return (error: BodyParserError, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status, code, message } = classifyHttpError(error);
    if (status >= 500) logger.error({ err: error }, 'unexpected error');
    sendError(req, res, status, code, message, onError);
  };
}

/**
 * A POST whose body no parser read (a content type other than JSON) would meet
 * Apollo's plain-text 500; answer 415 with a code instead.
 */
export function requireParsedBody(onError?: (code: string) => void): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'POST' && req.body === undefined) {
      sendError(
        req,
        res,
        415,
        HttpErrorCodes.UNSUPPORTED_MEDIA_TYPE,
        'Send the GraphQL request as JSON with content-type application/json.',
        onError,
      );
      return;
    }
    if (!('body' in req)) (req as { body?: unknown }).body = undefined;
    next();
  };
}

/**
 * A body announced over the limit is refused at once (body-parser would first
 * drain it, holding the connection while a slow client trickles); the
 * connection closes after the answer.
 */
export function refuseOversizedBody(limitBytes: number, onError?: (code: string) => void): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limitBytes) {
      res.setHeader('connection', 'close');
      sendError(
        req,
        res,
        413,
        HttpErrorCodes.PAYLOAD_TOO_LARGE,
        `The request body is over the limit of ${limitBytes} bytes.`,
        onError,
      );
      return;
    }
    next();
  };
}
