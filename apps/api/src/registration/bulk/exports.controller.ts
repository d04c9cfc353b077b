import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExportEntriesQueryDto, ExportTradeQueryDto, XLSX_CONTENT_TYPE } from '#contracts';
import { Caller, type RequestContext } from '../../identity/auth.decorators.js';
import { xlsxFile } from './bulk-entry.controller.js';
import { EntriesExportService } from './entries-export.service.js';
import { FileDownload } from '../../downloads.js';

/** XLSX exports of the entries: the organiser's, or a city reviewer's own city's. ID numbers and phones masked. */
@ApiTags('registration')
@ApiBearerAuth()
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: EntriesExportService) {}

  @Get('entries.xlsx')
  @FileDownload(XLSX_CONTENT_TYPE, 'An XLSX workbook')
  @ApiOperation({
    operationId: 'exportEntries',
    summary: 'Entries per city and trade with their status (and a summary sheet); ID numbers and phones masked',
  })
  async entries(@Query() query: ExportEntriesQueryDto, @Caller() { user }: RequestContext): Promise<StreamableFile> {
    return xlsxFile(await this.exports.entries(user, query));
  }

  @Get('confirmed.xlsx')
  @FileDownload(XLSX_CONTENT_TYPE, 'An XLSX workbook')
  @ApiOperation({ operationId: 'exportConfirmed', summary: 'The confirmed lists per trade; ID numbers and phones masked' })
  async confirmed(@Query() query: ExportTradeQueryDto, @Caller() { user }: RequestContext): Promise<StreamableFile> {
    return xlsxFile(await this.exports.confirmed(user, query));
  }

  @Get('competitor-numbers.xlsx')
  @FileDownload(XLSX_CONTENT_TYPE, 'An XLSX workbook')
  @ApiOperation({
    operationId: 'exportCompetitorNumbers',
    summary: 'Competitor numbers drawn, with name, city, employer, session and workstation',
  })
  async competitorNumbers(@Query() query: ExportTradeQueryDto, @Caller() { user }: RequestContext): Promise<StreamableFile> {
    return xlsxFile(await this.exports.competitorNumbers(user, query));
  }
}
