import { applyDecorators, BadRequestException, HttpCode, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { UploadedSpreadsheet } from './registration/bulk/spreadsheet-reader.js';

/** Multer limits of a small spreadsheet upload (theory rows, an answer key, a list of judges): one file of at most 5 MB. */
export const SPREADSHEET_UPLOAD_LIMITS = {
  limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5 },
  defParamCharset: 'utf8',
} as const;

/** Multer's options of an upload: its limits and the charset of the file's name. */
type UploadLimits = { limits: { fileSize: number; files: number; fields: number }; defParamCharset: string };

/** What a spreadsheet upload documents: the file, its other form fields, and its limits. */
export interface SpreadsheetUploadOptions {
  /** What the file in the multipart field `file` holds. */
  file: string;
  /** The other multipart fields (text), by name: what each says. */
  fields?: Record<string, { description?: string; format?: string }>;
  /** Required fields besides `file`. */
  required?: string[];
  /** Defaults to SPREADSHEET_UPLOAD_LIMITS. */
  limits?: UploadLimits;
}

/**
 * A POST route that takes one spreadsheet in the multipart field `file` (kept in memory, read once and
 * dropped: no `dest`) and answers 200 with a report: the interceptor with its limits and the OpenAPI body.
 */
export function SpreadsheetUpload({ file, fields = {}, required = [], limits = SPREADSHEET_UPLOAD_LIMITS }: SpreadsheetUploadOptions) {
  const properties = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, { type: 'string', ...field }]));
  return applyDecorators(
    HttpCode(200),
    UseInterceptors(FileInterceptor('file', limits)),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file', ...required],
        properties: { file: { type: 'string', format: 'binary', description: file }, ...properties },
      },
    }),
  );
}

/** The uploaded file, or a 400 that says which multipart field it is expected in. */
export function requireFile(file: UploadedSpreadsheet | undefined): UploadedSpreadsheet {
  if (!file?.buffer) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'bad_request',
      code: 'upload.missing',
      params: {},
      message: 'Upload one CSV or XLSX file in the multipart field `file`',
      fields: { file: ['missing'] },
    });
  }
  return file;
}

/** A multipart text field (a reason): a string of at most 500 characters, else none. */
export const textField = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.slice(0, 500) : undefined;

/** The `reason` field of an upload that may change recorded results. */
export const REASON_FIELD = { description: 'Why recorded results change (for such rows only)' };
