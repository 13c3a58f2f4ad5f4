import { Router, type Request, type Response } from 'express';
import type { Executor } from '../db/executor';
import { ErrorCodes, HttpErrorCodes } from '../domain/errors';
import { writeCsv } from '../export/csv';
import { ExportInputError, parseCaseFilter } from '../export/filter';
import { writeGraph } from '../export/graphml';
import { contextDocument, writeJsonld } from '../export/jsonld';
import type { ExportFilter } from '../export/scope';
import { ExportAborted } from '../export/sink';
import { TABLE_NAMES, tableNamed } from '../export/tables';
import { logger } from '../logger';
import { sendError } from './http';

// GET /export/…: what a researcher sees, as files (docs/export.md). Each answer is
// streamed while Neo4j streams the rows (one read transaction, through the executor),
// so the server holds one batch of rows and the socket's buffer, whatever the graph's
// size. A filter is refused before anything is read (400, naming what is wrong); an
// error once the file has started cannot change the status any more: the connection is
// cut, so the client sees an incomplete transfer, never a file that looks whole.
// The ingest format (a backup) is not served: it is many files, and the whole graph;
// `npm run export -- --format ingest` writes it.

export interface ExportRouteOptions {
  /** Transaction timeout of an export's statements; default 10 minutes. */
  timeoutMs?: number;
  /** Exports running at once; more are answered 429. Default 2. */
  maxConcurrent?: number;
}

const QUERY_PARAMETERS = new Set(['filter']);

const TYPES = {
  csv: 'text/csv; charset=utf-8; header=present',
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
} as const;

export function exportRouter(executor: Executor, opts: ExportRouteOptions = {}): Router {
  const router = Router();
  const timeoutMs = opts.timeoutMs ?? 600_000;
  const maxConcurrent = opts.maxConcurrent ?? 2;
  let running = 0;

  /** The request's filter, or null after answering 400. */
  const filterOf = (req: Request, res: Response): ExportFilter | undefined => {
    const unknown = Object.keys(req.query).filter((k) => !QUERY_PARAMETERS.has(k));
    const given = req.query.filter;
    try {
      if (unknown.length > 0)
        throw new ExportInputError(
          `unknown query parameter${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')}; the only one is "filter" (a CaseFilter as JSON)`,
        );
      if (given !== undefined && typeof given !== 'string')
        throw new ExportInputError('give "filter" once, as the JSON of a CaseFilter');
      return parseCaseFilter(given);
    } catch (error) {
      if (!(error instanceof ExportInputError)) throw error;
      sendError(req, res, 400, ErrorCodes.BAD_USER_INPUT, error.message);
      return undefined;
    }
  };

  /** Streams one export, with the headers of `file`; cut off when the client goes away. */
  const serve = async (
    req: Request,
    res: Response,
    file: string,
    type: string,
    write: (signal: AbortSignal) => Promise<unknown>,
  ) => {
    const filter = req.query.filter;
    if (running >= maxConcurrent) {
      res.setHeader('retry-after', '30');
      sendError(
        req,
        res,
        429,
        HttpErrorCodes.TOO_MANY_REQUESTS,
        `${running} exports are running; try again shortly`,
      );
      return;
    }
    running += 1;
    const aborter = new AbortController();
    const abort = () => aborter.abort();
    res.on('close', abort);
    try {
      res.status(200);
      res.setHeader('content-type', type);
      res.setHeader(
        'content-disposition',
        `attachment; filename="${filter ? file.replace('.', '-filtered.') : file}"`,
      );
      res.setHeader('cache-control', 'no-store');
      res.setHeader('x-content-type-options', 'nosniff');
      await write(aborter.signal);
      res.end();
    } catch (error) {
      if (error instanceof ExportAborted || aborter.signal.aborted) return;
      logger.error({ err: error, url: req.originalUrl }, 'export failed');
      if (!res.headersSent) {
        sendError(req, res, 500, ErrorCodes.INTERNAL_SERVER_ERROR, 'The export failed; see the server log.');
      } else res.destroy(error as Error);
    } finally {
      running -= 1;
      res.off('close', abort);
    }
  };

  router.get('/export/context.jsonld', (_req, res) => {
    res.type('application/ld+json').setHeader('cache-control', 'public, max-age=3600');
    res.send(contextDocument());
  });

  router.get('/export/:table.csv', async (req, res) => {
    const table = tableNamed(String(req.params.table));
    if (!table) {
      sendError(
        req,
        res,
        404,
        HttpErrorCodes.NOT_FOUND,
        `no table "${String(req.params.table)}"; the tables are ${TABLE_NAMES.join(', ')}`,
      );
      return;
    }
    const filter = filterOf(req, res);
    if (filter === undefined) return;
    await serve(req, res, `${table.name}.csv`, TYPES.csv, (signal) =>
      writeCsv(executor, table, filter, res, { signal, timeoutMs }),
    );
  });

  for (const format of ['graphml', 'gexf'] as const) {
    router.get(`/export/graph.${format}`, async (req, res) => {
      const filter = filterOf(req, res);
      if (filter === undefined) return;
      await serve(req, res, `graph.${format}`, TYPES[format], (signal) =>
        writeGraph(executor, format, filter, res, { signal, timeoutMs }),
      );
    });
  }

  router.get('/export/graph.jsonld', async (req, res) => {
    const filter = filterOf(req, res);
    if (filter === undefined) return;
    const contextUrl = `${req.protocol}://${req.get('host') ?? 'localhost'}/export/context.jsonld`;
    await serve(req, res, 'graph.jsonld', TYPES.jsonld, (signal) =>
      writeJsonld(executor, filter, contextUrl, res, { signal, timeoutMs }),
    );
  });

  return router;
}
