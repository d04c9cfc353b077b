import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CatalogueImportReport } from '#contracts';
import type { RequestContext } from '../../../identity/auth.decorators.js';
import type { UploadedSpreadsheet } from '../../../registration/bulk/spreadsheet-reader.js';
import { CatalogueImporter } from '../../catalogue-importer.service.js';
import { readCatalogueWorkbook } from '../../workbook/catalogue-xlsx.js';

export class ImportCatalogueCommand {
  constructor(
    readonly file: UploadedSpreadsheet,
    readonly caller: RequestContext,
  ) {}
}

/** The organiser's catalogue workbook: read whole (a bad file is refused, nothing written), then imported row by row. */
@CommandHandler(ImportCatalogueCommand)
export class ImportCatalogueHandler implements ICommandHandler<ImportCatalogueCommand> {
  constructor(private readonly importer: CatalogueImporter) {}

  async execute({ file, caller }: ImportCatalogueCommand): Promise<CatalogueImportReport> {
    const { rows, ignoredColumns } = await readCatalogueWorkbook(file);
    return this.importer.import(file.originalname, rows, { userId: caller.user.userId, role: caller.user.role }, { ignoredColumns });
  }
}
