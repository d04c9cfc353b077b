import { Body, Controller, ForbiddenException, Get, HttpCode, Inject, NotFoundException, Param, ParseIntPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { deterministicId } from '#application';
import {
  AspectLeaseDto,
  AssignAspectsDto,
  CompletionTimeDto,
  RejectDto,
  RequestCorrectionDto,
  SignOffDto,
  SubmitMarkDto,
  SubstituteJudgeDto,
  CommandDto,
} from '#contracts';
import { leaseExpiresAt, type TradeActor } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { type AuthUser, Caller, type RequestContext } from '../../identity/auth.decorators.js';
import { JudgingViews } from '../judging-views.service.js';
import { TradeChange } from '../trade-change.js';
import { SheetCommand } from './sheet-command.js';
import { SignOff } from './sign-off.handler.js';

const actor = ({ user }: RequestContext): TradeActor => ({ userId: user.userId, role: user.role });
const deviceOf = (caller: RequestContext) => caller.device ?? 'unknown-device';

/** Judges and chief judges at work: marks, tablets' leases, sheets, panels, conflicts, corrections, sign-off. */
@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class MarkingController {
  constructor(
    private readonly commands: CommandBus,
    private readonly views: JudgingViews,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('marks')
  @ApiOperation({ summary: 'A judge submits a mark for one aspect of one competitor (send the tablet id as x-device-id)' })
  submitMark(@Param('tradeId') tradeId: string, @Body() dto: SubmitMarkDto, @Caller() caller: RequestContext) {
    const { commandId, competitorNumber, aspectId, mark } = dto;
    return this.sheet(
      {
        type: 'SubmitMark',
        tradeId,
        competitorNumber,
        aspectId,
        judgeId: caller.user.userId,
        mark,
        deviceId: deviceOf(caller),
        at: this.now(),
      },
      caller,
      commandId,
    );
  }

  @Post('aspects/open')
  @HttpCode(200)
  @ApiOperation({ summary: 'This tablet takes the aspect for 2 minutes: another tablet of the same judge is refused meanwhile' })
  async open(@Param('tradeId') tradeId: string, @Body() dto: AspectLeaseDto, @Caller() caller: RequestContext) {
    const at = this.now();
    const commandId = deterministicId(
      `open/${tradeId}/${dto.competitorNumber}/${dto.aspectId}/${caller.user.userId}/${deviceOf(caller)}/${at}`,
    );
    await this.sheet(
      { type: 'OpenAspect', tradeId, ...dto, judgeId: caller.user.userId, deviceId: deviceOf(caller), at },
      caller,
      commandId,
    );
    return { ...dto, deviceId: deviceOf(caller), expiresAt: leaseExpiresAt(at) };
  }

  @Post('aspects/release')
  @HttpCode(200)
  @ApiOperation({ summary: 'This tablet lets the aspect go' })
  release(@Param('tradeId') tradeId: string, @Body() dto: AspectLeaseDto, @Caller() caller: RequestContext) {
    const commandId = deterministicId(
      `release/${tradeId}/${dto.competitorNumber}/${dto.aspectId}/${caller.user.userId}/${deviceOf(caller)}/${this.now()}`,
    );
    return this.sheet(
      { type: 'ReleaseAspect', tradeId, ...dto, judgeId: caller.user.userId, deviceId: deviceOf(caller) },
      caller,
      commandId,
    );
  }

  @Get('competitors/:competitorNumber/sheet')
  @ApiOperation({ summary: "A competitor's score sheet; a judge sees only their own marks of an aspect until the panel's are all in" })
  sheetView(
    @Param('tradeId') tradeId: string,
    @Param('competitorNumber', ParseIntPipe) competitorNumber: number,
    @Caller() { user }: RequestContext,
  ) {
    assertServes(user, tradeId);
    return this.views.sheet(tradeId, competitorNumber, user);
  }

  @Get('my-aspects')
  @ApiOperation({ summary: "The aspects assigned to the calling judge ('all' when none are)" })
  myAspects(@Param('tradeId') tradeId: string, @Caller() { user }: RequestContext) {
    assertServes(user, tradeId);
    return this.views.myAspects(tradeId, user.userId);
  }

  @Post('panel/assignments')
  @ApiOperation({ summary: 'Assign a judge to aspects (a module = all aspects of a sub-criterion)' })
  assign(@Param('tradeId') tradeId: string, @Body() dto: AssignAspectsDto, @Caller() caller: RequestContext) {
    return this.commands.execute(
      new TradeChange(
        tradeId,
        { type: 'AssignAspects', judgeId: dto.judgeId, aspectIds: dto.aspectIds, by: actor(caller) },
        caller,
        dto.commandId,
      ),
    );
  }

  @Get('competitors/:competitorNumber/conflicts')
  @ApiOperation({ summary: 'Judges with a conflict of interest for this competitor, and the eligible substitutes' })
  conflicts(
    @Param('tradeId') tradeId: string,
    @Param('competitorNumber', ParseIntPipe) competitorNumber: number,
    @Caller() { user }: RequestContext,
  ) {
    assertServes(user, tradeId);
    return this.views.conflicts(tradeId, competitorNumber);
  }

  @Post('competitors/:competitorNumber/substitutes')
  @ApiOperation({ summary: 'The chief judge puts a substitute in for a conflicted judge on this competitor' })
  substitute(
    @Param('tradeId') tradeId: string,
    @Param('competitorNumber', ParseIntPipe) competitorNumber: number,
    @Body() dto: SubstituteJudgeDto,
    @Caller() caller: RequestContext,
  ) {
    return this.sheet(
      { type: 'SubstituteJudge', tradeId, competitorNumber, judgeId: dto.judgeId, substituteId: dto.substituteId, by: actor(caller) },
      caller,
      dto.commandId,
    );
  }

  @Post('corrections')
  @ApiOperation({ summary: 'Ask to correct a submitted mark, with a reason; the chief judge approves it' })
  async requestCorrection(@Param('tradeId') tradeId: string, @Body() dto: RequestCorrectionDto, @Caller() caller: RequestContext) {
    const correctionId = deterministicId(`correction/${dto.commandId}`);
    const { competitorNumber, aspectId, judgeId, mark, reason } = dto;
    const result = await this.sheet(
      { type: 'RequestCorrection', tradeId, competitorNumber, correctionId, aspectId, judgeId, mark, reason, by: actor(caller) },
      caller,
      dto.commandId,
      reason,
    );
    return { ...result, correctionId };
  }

  @Get('corrections')
  @ApiOperation({ summary: "The trade's corrections: pending, approved and rejected" })
  corrections(@Param('tradeId') tradeId: string, @Caller() { user }: RequestContext) {
    assertServes(user, tradeId);
    return this.views.corrections(tradeId);
  }

  @Get('corrections/:correctionId/preview')
  @ApiOperation({ summary: "What approving the correction would change: the trade's totals, ranks and prizes before and after" })
  async previewCorrection(
    @Param('tradeId') tradeId: string,
    @Param('correctionId') correctionId: string,
    @Caller() { user }: RequestContext,
  ) {
    assertServes(user, tradeId);
    const correction = await this.correction(tradeId, correctionId);
    const chief = await this.views.chiefOf(tradeId);
    return this.views.preview(tradeId, correction.competitorNumber, {
      type: 'ApproveCorrection',
      tradeId,
      competitorNumber: correction.competitorNumber,
      correctionId,
      by: { userId: chief, role: 'chief_judge' },
    });
  }

  @Post('corrections/:correctionId/approve')
  @ApiOperation({ summary: 'The chief judge approves a correction: the mark changes, the original stays in the history' })
  async approve(
    @Param('tradeId') tradeId: string,
    @Param('correctionId') correctionId: string,
    @Body() dto: CommandDto,
    @Caller() caller: RequestContext,
  ) {
    const { competitorNumber } = await this.correction(tradeId, correctionId);
    return this.sheet({ type: 'ApproveCorrection', tradeId, competitorNumber, correctionId, by: actor(caller) }, caller, dto.commandId);
  }

  @Post('corrections/:correctionId/reject')
  @ApiOperation({ summary: 'The chief judge rejects a correction, with a reason' })
  async reject(
    @Param('tradeId') tradeId: string,
    @Param('correctionId') correctionId: string,
    @Body() dto: RejectDto,
    @Caller() caller: RequestContext,
  ) {
    const { competitorNumber } = await this.correction(tradeId, correctionId);
    return this.sheet(
      { type: 'RejectCorrection', tradeId, competitorNumber, correctionId, reason: dto.reason, by: actor(caller) },
      caller,
      dto.commandId,
      dto.reason,
    );
  }

  @Post('competitors/:competitorNumber/sign-off')
  @ApiOperation({ summary: "The chief judge locks a competitor's module; refused while any aspect of it is not marked" })
  signOff(
    @Param('tradeId') tradeId: string,
    @Param('competitorNumber', ParseIntPipe) competitorNumber: number,
    @Body() dto: SignOffDto,
    @Caller() caller: RequestContext,
  ) {
    return this.commands.execute(new SignOff(tradeId, competitorNumber, dto.moduleId, caller, dto.commandId));
  }

  @Post('competitors/:competitorNumber/completion-time')
  @ApiOperation({
    summary:
      "The chief judge records how long a competitor's practical took (the last tie-break); a change needs a reason; locked once every module is signed off",
  })
  recordCompletionTime(
    @Param('tradeId') tradeId: string,
    @Param('competitorNumber', ParseIntPipe) competitorNumber: number,
    @Body() dto: CompletionTimeDto,
    @Caller() caller: RequestContext,
  ) {
    const { commandId, completionSeconds, reason } = dto;
    return this.sheet(
      { type: 'RecordCompletionTime', tradeId, competitorNumber, completionSeconds, reason, by: actor(caller) },
      caller,
      commandId,
      reason,
    );
  }

  @Get('agreement')
  @ApiOperation({ summary: "Judge agreement on the panel: spreads, re-marks, each judge's leniency against the panel mean" })
  agreement(@Param('tradeId') tradeId: string, @Caller() { user }: RequestContext) {
    assertServes(user, tradeId);
    return this.views.agreement(tradeId);
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private sheet(command: SheetCommand['command'], caller: RequestContext, commandId: string, reason?: string) {
    return this.commands.execute(new SheetCommand(command, caller, commandId, reason));
  }

  private async correction(tradeId: string, correctionId: string) {
    const correction = (await this.views.corrections(tradeId)).find((c) => c.correctionId === correctionId);
    if (!correction)
      throw new NotFoundException({ message: `No correction ${correctionId} in ${tradeId}`, code: 'corrections.unknown', params: {} });
    return correction;
  }
}

/** Judges and chief judges act only in the trades they serve. */
export function assertServes(user: AuthUser, tradeId: string): void {
  if ((user.role === 'judge' || user.role === 'chief_judge') && !user.tradeIds?.includes(tradeId)) {
    throw new ForbiddenException({ message: `You do not serve in ${tradeId}`, code: 'judging.not_serving', params: { tradeId } });
  }
}
