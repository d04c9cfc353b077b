import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';

/**
 * A route that answers a file (a workbook, a PDF, a CSV, NDJSON): its content type and a binary 200 in
 * the OpenAPI document, so that every operation documents its answer.
 */
export function FileDownload(contentType: string, description: string) {
  return applyDecorators(ApiProduces(contentType), ApiOkResponse({ description, schema: { type: 'string', format: 'binary' } }));
}
