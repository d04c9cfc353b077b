import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { XLSX_CONTENT_TYPE } from '#contracts';
import { CATALOGUE_COLUMNS, CATALOGUE_SHEETS, type CatalogueSheet, catalogueToRows, columnHeader } from '#domain';
import { ProjectionsService } from '../projections/projections.service.js';
import { writeCatalogueWorkbook } from './workbook/catalogue-xlsx.js';
import { FileDownload } from '../downloads.js';

/** The catalogue workbook: the empty template, and the current catalogue exported to the same workbook. */
@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('catalogue/workbook')
export class CatalogueWorkbookController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get('template')
  @FileDownload(XLSX_CONTENT_TYPE, 'An XLSX workbook')
  @ApiOperation({ operationId: 'catalogueTemplate', summary: 'The empty catalogue workbook: sheets events, trades, scheme' })
  async template(@Res() response: Response): Promise<void> {
    send(response, 'catalogue-template.xlsx', await writeCatalogueWorkbook({ events: [], trades: [], scheme: [] }));
  }

  @Get('template/:sheet')
  @FileDownload('text/csv', 'A CSV file (UTF-8, with a byte order mark)')
  @ApiOperation({
    operationId: 'catalogueSheetTemplate',
    summary: 'One sheet of the template as CSV (events, trades or scheme): its header line',
  })
  sheetTemplate(@Param('sheet') sheet: string, @Res() response: Response): void {
    const name = sheet.replace(/\.csv$/, '') as CatalogueSheet;
    if (!CATALOGUE_SHEETS.includes(name))
      throw new NotFoundException({
        message: `No sheet ${sheet}: events, trades or scheme`,
        code: 'catalogue.unknown_sheet',
        params: { sheet },
      });
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="catalogue-${name}.csv"`);
    // With a BOM: Excel on a Chinese Windows then reads it as UTF-8.
    response.send(`\uFEFF${CATALOGUE_COLUMNS[name].map(columnHeader).join(',')}\r\n`);
  }

  @Get()
  @FileDownload(XLSX_CONTENT_TYPE, 'An XLSX workbook')
  @ApiOperation({
    operationId: 'exportCatalogue',
    summary: 'The current catalogue as the workbook it is uploaded as: a round trip changes nothing',
  })
  async export(@Res() response: Response): Promise<void> {
    await this.projections.catchUpToHead();
    const catalogue = this.projections.models.catalogue;
    const events = [...catalogue.events.values()].map(({ tradeIds: _tradeIds, ...event }) => event);
    const trades = catalogue.currentTrades().map((t) => t.definition);
    const name = `catalogue-${catalogue.contest?.contestId ?? 'empty'}.xlsx`;
    send(response, name, await writeCatalogueWorkbook(catalogueToRows(events, trades)));
  }
}

function send(response: Response, name: string, body: Buffer): void {
  response.setHeader('Content-Type', XLSX_CONTENT_TYPE);
  response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  response.send(body);
}
