import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeskQueryDto, DeskView } from '#contracts';
import { ProjectionsService } from '../projections/projections.service.js';

/**
 * The contest desk: every trade's progress in one answer, from its read model. The page polls it
 * every few seconds with `since` (the position of its last answer) and gets only the rows changed.
 */
@ApiTags('desk')
@ApiBearerAuth()
@Controller('desk')
export class DeskQueryController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get()
  @ApiOperation({
    operationId: 'contestDesk',
    summary:
      'Every trade as a row: entries, draw, check-in, marking, corrections and re-marks, sign-off, theory, freeze, publication, appeals; filter by event, city, stage; `since` for the rows changed after a position',
  })
  @ApiOkResponse({ type: DeskView })
  async desk(@Query() { eventId, city, stage, since }: DeskQueryDto): Promise<DeskView> {
    await this.projections.catchUpToHead();
    const { models } = this.projections;
    // Read before the rows: a row changed meanwhile is sent again next time rather than missed.
    const position = models.position;
    const { contest, currentSince } = models.catalogue;
    // Rows read before the current edition was created are another edition's: the whole desk again.
    const partial = since !== undefined && since >= currentSince;
    return {
      position,
      partial,
      rows: models.desk.rows({ contestId: contest?.contestId ?? '', eventId, city, stage }, partial ? since : undefined),
    };
  }
}
