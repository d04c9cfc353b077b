import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WorkingDaysYearDto } from '#contracts';
import { ProjectionsService } from '../projections/projections.service.js';
import { parseYear } from './calendar-dates.js';

@ApiTags('working days')
@Controller('working-days')
export class WorkingDaysQueryController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get(':year')
  @ApiOperation({
    operationId: 'getWorkingDays',
    summary:
      'How working days are counted in a year: the public holidays and make-up working days of the State Council’s notice (data file), and the organiser’s corrections on top',
  })
  @ApiOkResponse({ type: WorkingDaysYearDto })
  year(@Param('year') yearParam: string): WorkingDaysYearDto {
    const year = parseYear(yearParam);
    const calendar = this.projections.models.workingDays.calendar();
    return {
      year,
      officialNotice: calendar.officialNotice(year) ?? null,
      days: calendar.exceptions(year),
      corrections: calendar.correctionsIn(year),
    };
  }
}
