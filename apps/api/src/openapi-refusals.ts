import type { OpenAPIObject } from '@nestjs/swagger';
import { REFUSAL_CODES } from '#domain';

/**
 * Documents the refusal body every endpoint may answer (docs/i18n.md): a schema `Refusal` with its
 * stable `code` (one of REFUSAL_CODES, libs/domain/src/shared/refusal-codes.ts), the `params` of its
 * sentence and the English `message`, and a `4XX` response on every operation that points to it.
 */
export function withRefusals(document: OpenAPIObject): OpenAPIObject {
  const codes = Object.keys(REFUSAL_CODES);
  const refusal = {
    type: 'object',
    required: ['statusCode', 'error', 'code', 'params', 'message'],
    description:
      'A refusal: a stable code and the parameters of its sentence (ids, numbers, ISO 8601 instants), beside the English message. ' +
      'Screens translate the code (zh-CN and en); each code lists its parameters in libs/domain/src/shared/refusal-codes.ts.',
    properties: {
      statusCode: { type: 'integer', example: 409 },
      error: { type: 'string', example: 'conflict' },
      code: { type: 'string', enum: codes, example: 'quota.full' },
      params: { type: 'object', additionalProperties: true, example: { city: 'shenyang', tradeId: 't001-iot-installer', quota: 5 } },
      message: { type: 'string', example: 'The quota of shenyang in trade t001-iot-installer is full: 5 entries approved' },
      fields: {
        type: 'object',
        description: 'Field path → what is wrong with it (English)',
        additionalProperties: { type: 'array', items: { type: 'string' } },
      },
      fieldRefusals: {
        type: 'object',
        description: 'Field path → the same refusals as codes and parameters (e.g. validation.max_length with { field, max })',
        additionalProperties: {
          type: 'array',
          items: {
            type: 'object',
            properties: { code: { type: 'string', enum: codes }, params: { type: 'object', additionalProperties: true } },
          },
        },
      },
    },
  };
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Refusal: refusal as never } };
  for (const operations of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = operations[method];
      if (!operation) continue;
      operation.responses = {
        ...operation.responses,
        '4XX': {
          description: 'Refused: the code says which refusal, the params fill its sentence',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Refusal' } } },
        },
      };
    }
  }
  return document;
}
