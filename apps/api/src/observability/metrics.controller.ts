import { Controller, Get, Headers, Inject, Res, UnauthorizedException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig, metricsRegistry, metricsRequestAllowed } from '#platform';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The Prometheus text exposition format', schema: { type: 'string' } })
  @ApiOperation({
    operationId: 'getMetrics',
    summary: 'Prometheus metrics of this api node (text format); with METRICS_TOKEN set, only for `Bearer <METRICS_TOKEN>`',
  })
  async metrics(@Headers('authorization') authorization: string | undefined, @Res() response: Response): Promise<void> {
    if (!metricsRequestAllowed(this.config, authorization)) {
      throw new UnauthorizedException({
        message: 'The metrics need Authorization: Bearer <METRICS_TOKEN>',
        code: 'auth.metrics_token',
        params: {},
      });
    }
    response.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }
}
