import { BadRequestException, Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { BoardAsOfView } from '#contracts';
import { BoardTimeTravelService } from './board-time-travel.service.js';

/** Time travel: a trade's board as spectators saw it at a past global position or moment. */
@ApiTags('audit')
@Controller('trades/:tradeId/board')
export class BoardAtController {
  constructor(private readonly timeTravel: BoardTimeTravelService) {}

  @Get('at')
  @ApiQuery({ name: 'at', description: 'A global position, or an ISO 8601 moment (the last event at or before it)' })
  @ApiOperation({ operationId: 'boardAt', summary: 'The board as it stood then, replayed from the store up to that position' })
  @ApiOkResponse({ type: BoardAsOfView })
  boardAt(@Param('tradeId') tradeId: string, @Query('at') at: unknown): Promise<BoardAsOfView> {
    if (typeof at !== 'string' || at.length === 0) {
      throw new BadRequestException({
        message: 'at: give one position or one moment',
        code: 'history.bad_position',
        params: { field: 'at' },
        fields: { at: ['give one position or one moment'] },
      });
    }
    return this.timeTravel.boardAt(tradeId, at);
  }
}
