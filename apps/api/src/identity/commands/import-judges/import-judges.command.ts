import type { RequestContext } from '../../auth.decorators.js';
import type { UploadedSpreadsheet } from '../../../registration/bulk/spreadsheet-reader.js';

/** The organiser imports judges and chief judges from a workbook, and optionally puts them on their trades' panels. */
export class ImportJudgesCommand {
  constructor(
    readonly file: UploadedSpreadsheet,
    readonly caller: RequestContext,
  ) {}
}
