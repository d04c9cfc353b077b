import { BadRequestException } from '@nestjs/common';
import type { UploadedSpreadsheet } from './registration/bulk/spreadsheet-reader.js';

/** Multer limits of a small spreadsheet upload (theory rows, an answer key, a list of judges): one file of at most 5 MB. */
export const SPREADSHEET_UPLOAD_LIMITS = {
  limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5 },
  defParamCharset: 'utf8',
} as const;

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
