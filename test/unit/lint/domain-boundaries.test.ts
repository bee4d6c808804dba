/**
 * Proves the domain-boundary rule (eslint-rules/domain-boundaries.mjs) rejects a deep import into
 * another domain and a domain the kernel-only domains may not use, and allows what is meant to
 * be allowed. The file paths are virtual: the real tree is never touched.
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(__dirname, '../../..') });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'local/domain-boundaries').map((message) => message.message);
}

describe('domain-boundary rule', () => {
  it.each([
    ['electron/services/chronology/x.ts', "import { listPeople } from '../kernel/people-repository';\nexport const a = listPeople;", 'through its index'],
    ['electron/services/documents/x.ts', "import { renderPdf } from '../pdf/render';\nexport const a = renderPdf;", 'through its index'],
    ['electron/services/handlers/x.ts', "import { verifyAudit } from '../workspace/audit/audit-log';\nexport const a = verifyAudit;", 'through its index'],
    ['electron/services/chronology/read/x.ts', "export { insertPerson } from '../../kernel/people-repository';", 'through its index'],
    ['electron/services/documents/x.ts', "import { listReviews } from '../reviews';\nexport const a = listReviews;", 'may not import the reviews domain'],
    ['electron/services/terms/x.ts', "import { chronologyExport } from '../chronology';\nexport const a = chronologyExport;", 'may not import the chronology domain'],
    ['electron/services/kernel/x.ts', "import { termsExport } from '../terms';\nexport const a = termsExport;", 'may not import the terms domain'],
  ])('rejects %s: %j', async (filePath, code, expected) => {
    const errors = await boundaryErrors(filePath, code);
    expect(errors.join('\n')).toContain(expected);
  });

  it.each([
    ['electron/services/chronology/x.ts', "import { read, requireReview } from '../kernel';\nimport { renderPdf } from '../pdf';\nimport type { Db } from '../sqlite';\nexport const a = [read, requireReview, renderPdf] as unknown as Db;"],
    ['electron/services/chronology/x.ts', "import { entryCitation } from './citation';\nimport { readSource } from './read/index';\nexport const a = [entryCitation, readSource];"],
    ['electron/services/handlers/x.ts', "import { chronologyExport } from '../chronology';\nimport { termsExport } from '../terms/index';\nexport const a = [chronologyExport, termsExport];"],
    ['electron/services/reviews/x.ts', "import { createKernel } from '../kernel';\nexport const a = createKernel;"],
  ])('allows %s: %j', async (filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
