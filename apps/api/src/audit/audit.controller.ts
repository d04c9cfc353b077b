import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditCheckpointView } from '#contracts';
import { EVENT_STORE, type EventStore, storedForm } from '#event-store';
import { AuditIndexService } from './audit-index.service.js';
import { exportChunks } from './audit-export.js';
import type { PublishedCheckpoint } from './checkpoints.js';
import { NdjsonResponse } from './ndjson-response.js';
import { FileDownload } from '../downloads.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly index: AuditIndexService,
  ) {}

  @Get('export')
  @ApiBearerAuth()
  @FileDownload('application/x-ndjson', 'NDJSON: one JSON object per line')
  @ApiOperation({
    operationId: 'exportAudit',
    summary:
      'The whole event history as NDJSON, one event per line in global order: position, streamId, revision, id, type, data, metadata, prevHash, hash. ' +
      'Events as stored (personal data encrypted at rest). Header x-audit-chain-head: the last position and hash exported. Check it with `npm run verify:audit`.',
  })
  async export(@Req() request: Request, @Res() response: Response): Promise<void> {
    const stored = storedForm(this.store);
    const head = await stored.chainHead();
    const out = new NdjsonResponse(request, response, {
      'x-audit-chain-head': `${head.position} ${head.hash}`,
      'content-disposition': `attachment; filename="jiangxin-audit-${head.position}.ndjson"`,
    });
    await out.pipe(exportChunks(stored, head));
  }

  @Get('checkpoints')
  @ApiOperation({
    operationId: 'auditCheckpoints',
    summary:
      'Checkpoints recorded at every module sign-off and results publication: the audit chain head (position, hash) at that moment, ' +
      'and the event that recorded it. An export must give the same hash at each position.',
  })
  @ApiOkResponse({ type: [AuditCheckpointView] })
  async checkpoints(): Promise<PublishedCheckpoint[]> {
    await this.index.caughtUp();
    return this.index.checkpoints;
  }
}
