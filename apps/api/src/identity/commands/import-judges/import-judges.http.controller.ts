import { Controller, Post, UploadedFile } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JudgeImportReport } from '#contracts';
import { requireFile, SpreadsheetUpload } from '../../../uploads.js';
import type { UploadedSpreadsheet } from '../../../registration/bulk/spreadsheet-reader.js';
import { Caller, type RequestContext } from '../../auth.decorators.js';
import { ImportJudgesCommand } from './import-judges.command.js';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('users/judges/import')
export class ImportJudgesHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @SpreadsheetUpload({ file: 'XLSX or CSV, one row per judge' })
  @ApiOperation({
    operationId: 'importJudges',
    summary: 'Import judges and chief judges from a workbook, each row reported; the same file twice changes nothing',
    description:
      'Columns (header row; Chinese or English): 姓名/name, 工作单位/employer, 统一社会信用代码/creditCode, 城市/city, 工种/trades (ids or names, separated by 、 or commas); ' +
      'optional 用户名/username (derived from the person when left out), 裁判长/chief (是/否), 编入裁判组/panel (是/否: put on the panels of its trades), ' +
      '身份证号/idNumber and 手机/phone (personal data: encrypted, masked on screens). Accounts have no password: print credential slips with one-time activation codes.',
  })
  @ApiOkResponse({ type: JudgeImportReport })
  upload(@UploadedFile() file: UploadedSpreadsheet | undefined, @Caller() caller: RequestContext): Promise<JudgeImportReport> {
    return this.commands.execute(new ImportJudgesCommand(requireFile(file), caller));
  }
}
