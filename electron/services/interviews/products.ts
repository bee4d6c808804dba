/** Each export of a review's conversations by what it writes: the names check asks for the same product the export makes. */
import type { ExportProduct } from '../exports';
import type { Kernel } from '../kernel';
import { excerptsCsv } from './csv';
import { codebookExport, projectExport } from './refi-exports';
import { themeReport } from './report';

export type InterviewFile = 'report' | 'qdpx' | 'qdc' | 'csv';

export function interviewProduct(kernel: Kernel, reviewId: string, file: InterviewFile, options: { anonymised: boolean } = { anonymised: true }): ExportProduct {
  switch (file) {
    case 'report':
      return themeReport(kernel, reviewId, options);
    case 'qdpx':
      return projectExport(kernel, reviewId, options);
    case 'qdc':
      return codebookExport(kernel, reviewId);
    case 'csv':
      return excerptsCsv(kernel, reviewId, options);
  }
}
