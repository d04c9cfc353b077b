import { Body, Controller, HttpCode, Post, StreamableFile } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CredentialSlips } from '#contracts';
import { credentialSlipsPdf } from '../../../printing/credential-slips.pdf.js';
import { Caller, type RequestContext } from '../../auth.decorators.js';
import { IssueActivationCodesCommand } from './issue-activation-codes.command.js';
import { IssueActivationCodesDto } from './issue-activation-codes.request.dto.js';
import { FileDownload } from '../../../downloads.js';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('users/judges')
export class IssueActivationCodesHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('activation-codes')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'issueActivationCodes',
    summary: `One-time activation codes for judge accounts without a password (each works once, for 14 days; a new one replaces the old)`,
  })
  @ApiOkResponse({ type: CredentialSlips })
  issue(@Body() dto: IssueActivationCodesDto, @Caller() caller: RequestContext): Promise<CredentialSlips> {
    return this.commands.execute(new IssueActivationCodesCommand(dto.userIds, caller, dto.commandId));
  }

  @Post('credential-slips')
  @HttpCode(200)
  @FileDownload('application/pdf', 'A PDF')
  @ApiOperation({
    operationId: 'printCredentialSlips',
    summary: 'The same as activation-codes, printed: one credential slip per judge (username, code, expiry) to cut and hand out',
  })
  async print(@Body() dto: IssueActivationCodesDto, @Caller() caller: RequestContext): Promise<StreamableFile> {
    const { slips } = await this.commands.execute<IssueActivationCodesCommand, CredentialSlips>(
      new IssueActivationCodesCommand(dto.userIds, caller, dto.commandId),
    );
    const content = await credentialSlipsPdf(slips);
    return new StreamableFile(content, {
      type: 'application/pdf',
      disposition: 'inline; filename="credential-slips.pdf"',
      length: content.length,
    });
  }
}
