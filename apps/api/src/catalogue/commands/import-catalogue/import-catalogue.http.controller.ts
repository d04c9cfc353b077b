import { Controller, Post, UploadedFile } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogueImportReport } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import type { UploadedSpreadsheet } from '../../../registration/bulk/spreadsheet-reader.js';
import { requireFile, SpreadsheetUpload } from '../../../uploads.js';
import { CATALOGUE_UPLOAD_LIMITS } from '../../workbook/catalogue-xlsx.js';
import { ImportCatalogueCommand } from './import-catalogue.handler.js';

@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('catalogue/workbook')
export class ImportCatalogueHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @SpreadsheetUpload({ file: 'The catalogue workbook (XLSX), or one of its sheets as CSV', limits: CATALOGUE_UPLOAD_LIMITS })
  @ApiOperation({
    operationId: 'importCatalogue',
    summary:
      'Upload the catalogue workbook (events, trades, schemes) into the current edition, reported row by row; the same file twice changes nothing',
  })
  @ApiOkResponse({ type: CatalogueImportReport })
  upload(@UploadedFile() file: UploadedSpreadsheet | undefined, @Caller() caller: RequestContext): Promise<CatalogueImportReport> {
    return this.commands.execute(new ImportCatalogueCommand(requireFile(file), caller));
  }
}
