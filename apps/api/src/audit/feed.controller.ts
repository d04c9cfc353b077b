import { BadRequestException, Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditIndexService } from './audit-index.service.js';
import type { FeedEvent } from './feed.js';
import { NdjsonResponse } from './ndjson-response.js';
import { FileDownload } from '../downloads.js';

/** A newline now and then keeps proxies from closing a quiet stream (the ICPC feed does the same). */
const KEEP_ALIVE_MS = 30_000;

@ApiTags('feed')
@Controller('feed')
export class FeedController {
  constructor(private readonly index: AuditIndexService) {}

  @Get()
  @FileDownload('application/x-ndjson', 'NDJSON: one JSON object per line')
  @ApiQuery({ name: 'since', required: false, description: 'A token from an earlier line: only what came after it' })
  @ApiQuery({ name: 'stream', required: false, description: '`true`: keep the connection open and follow new events' })
  @ApiOperation({
    operationId: 'getFeed',
    summary:
      'The public feed of published results for spectators and the press (NDJSON, one event per line, each with a resume `token`): ' +
      'contest, events and trades (names only), boards frozen and revealed, results from their publication on. Never marks, ID numbers or phones.',
  })
  async feed(
    @Req() request: Request,
    @Res() response: Response,
    @Query('since') since?: unknown,
    @Query('stream') stream?: unknown,
  ): Promise<void> {
    const after = parseSince(since);
    const follow = parseStream(stream);
    await this.index.caughtUp();

    const out = new NdjsonResponse(request, response);
    const line = (item: FeedEvent) => `${JSON.stringify(item)}\n`;
    // Taken together with subscribing, synchronously: no feed event can fall between the two.
    const backlog = this.index.feedSince(after);
    if (!follow) {
      await out.write(backlog.map(line).join(''));
      return out.end();
    }
    const keepAlive = setInterval(() => void out.write('\n'), KEEP_ALIVE_MS);
    const unsubscribe = this.index.onFeed({
      item: (item) => void out.write(line(item)),
      end: () => {
        clearInterval(keepAlive);
        out.end();
      },
    });
    request.on('close', () => {
      unsubscribe();
      clearInterval(keepAlive);
    });
    await out.write(backlog.map(line).join(''));
  }
}

function parseSince(since: unknown): number {
  if (since === undefined) return 0;
  if (typeof since !== 'string' || !/^\d+$/.test(since) || !Number.isSafeInteger(Number(since))) {
    throw new BadRequestException({
      message: 'since must be a token from the feed (a whole number)',
      code: 'history.bad_position',
      params: { field: 'since' },
      fields: { since: ['must be a token from the feed (a whole number)'] },
    });
  }
  return Number(since);
}

function parseStream(stream: unknown): boolean {
  if (stream === undefined || stream === 'false') return false;
  if (stream === 'true') return true;
  throw new BadRequestException({
    message: 'stream must be true or false',
    code: 'validation.boolean',
    params: { field: 'stream' },
    fields: { stream: ['must be true or false'] },
  });
}
