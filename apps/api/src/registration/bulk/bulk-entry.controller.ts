import { BadRequestException, Controller, Get, Post, StreamableFile, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BulkUploadReport, XLSX_CONTENT_TYPE } from '#contracts';
import { Caller, type RequestContext } from '../../identity/auth.decorators.js';
import { SpreadsheetUpload } from '../../uploads.js';
import { BulkEntryService } from './bulk-entry.service.js';
import { EntriesExportService, type ExportFile } from './entries-export.service.js';
import type { UploadedSpreadsheet } from './spreadsheet-reader.js';
import { FileDownload } from '../../downloads.js';

export const xlsxFile = ({ filename, content }: ExportFile) =>
  new StreamableFile(content, { type: XLSX_CONTENT_TYPE, disposition: `attachment; filename="${filename}"`, length: content.length });

@ApiTags('registration')
@ApiBearerAuth()
@Controller('entries/bulk')
export class BulkEntryController {
  constructor(
    private readonly bulk: BulkEntryService,
    private readonly exports: EntriesExportService,
  ) {}

  @Post()
  @ApiOkResponse({ type: BulkUploadReport })
  @SpreadsheetUpload({ file: 'One XLSX or CSV file, at most 5 MB' })
  @ApiOperation({
    operationId: 'uploadEntries',
    summary: 'Enter many people at once from a spreadsheet (XLSX or CSV); the answer reports every row',
    description:
      'Columns (header row; Chinese or English names): 姓名/name, 身份证号/idNumber, 手机/phone, 工作单位/employer, ' +
      '统一社会信用代码/creditCode, 科技型企业/techBased, 城市/city, 工种/tradeId, 技能等级/skillLevel, 团队/team (team trades). ' +
      'A city reviewer enters its own city only. Uploading the same file again enters nothing twice: its rows answer already_entered.',
  })
  upload(@UploadedFile() file: UploadedSpreadsheet | undefined, @Caller() caller: RequestContext): Promise<BulkUploadReport> {
    if (!file?.buffer)
      throw new BadRequestException({
        statusCode: 400,
        error: 'bad_request',
        code: 'upload.missing',
        params: {},
        message: 'Upload one XLSX or CSV file in the multipart field `file`',
        fields: { file: ['missing'] },
      });
    return this.bulk.upload(file, caller);
  }

  @Get('template.xlsx')
  @FileDownload(XLSX_CONTENT_TYPE, 'An XLSX workbook')
  @ApiOperation({
    operationId: 'bulkEntryTemplate',
    summary: 'An empty bulk-entry spreadsheet (ID number and phone columns as text) with the trades and cities',
  })
  async template(@Caller() { user }: RequestContext): Promise<StreamableFile> {
    return xlsxFile(await this.exports.template(user));
  }
}
