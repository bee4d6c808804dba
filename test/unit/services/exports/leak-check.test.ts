/**
 * The check after rendering: an anonymised file that still holds a registered name — in its text,
 * its metadata, its bookmarks or its file name — is never written, and nothing is recorded. The
 * products here are made to leak on purpose; the real exporters are tested in export-path.test.ts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { deliverExport, type ExportProduct } from '../../../../electron/services/exports';
import { findLeaks, readBack } from '../../../../electron/services/exports/leaks';
import { renderPdf } from '../../../../electron/services/pdf';
import { request, paragraph, text } from '../pdf/tools';
import { writes } from './deliver-helpers';
import { call, names, useWorkspace } from '../reviews/helpers';

const temp = mkdtempSync(path.join(tmpdir(), 'prw-leak-check-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const people = [{ name: names.mother, pseudonym: 'Mother', aliases: ['Kez'] }];

describe('reading a file back for names', () => {
  it('finds a name in a PDF’s text, its document properties and its bookmarks, by whose it is', async () => {
    const bytes = await renderPdf(request({ title: 'About Kerry', content: { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [text('Kez at home')] }, paragraph(text('Nothing to see.'))] } }));
    const leaks = findLeaks(people, await readBack('pdf', bytes));
    expect(leaks.map((leak) => leak.where)).toEqual(expect.arrayContaining(['the document properties', 'the bookmarks']));
    expect(leaks.some((leak) => /^page \d+$/.test(leak.where))).toBe(true);
    expect(new Set(leaks.map((leak) => leak.pseudonym))).toEqual(new Set(['Mother']));
  });

  it('finds a name split across a line break inside a quoted cell, in another case, in a CSV row', async () => {
    const leaks = findLeaks(people, await readBack('csv', new TextEncoder().encode('Date,Event\r\n01/03/2019,"Seen with KERRY\nHartwell"\r\n')));
    expect(leaks).toEqual([{ where: 'row 2', pseudonym: 'Mother' }]);
  });
});

describe('an anonymised export that leaks', () => {
  const workspace = useWorkspace();

  async function leakyProduct(fileName: string): Promise<ExportProduct> {
    const review = await call(workspace.rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await call(workspace.rig, 'people:add', { reviewId: review.id, name: names.mother, role: 'parent', relationship: 'mother', pseudonym: 'Mother' });
    return {
      kind: 'chronology',
      format: 'csv',
      reviewId: review.id,
      subjectId: null,
      version: null,
      anonymised: true,
      filtered: false,
      fileName,
      dialogTitle: 'Save',
      describes: 'a test',
      sourceTexts: () => [],
      renderTo: writes(`Event\r\nSeen by ${names.mother}\r\n`),
    };
  }

  it('is refused after rendering: no file, nothing recorded, and the message names the pseudonym, not the name', async () => {
    const product = await leakyProduct('leak.csv');
    const target = path.join(temp, 'leak.csv');
    const error = await deliverExport(workspace.rig.core.kernel, product, target).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(
      'The anonymised copy was not saved: a check of the finished file found the real name of Mother (in row 2). Nothing was written. This is a fault in the app; please report it.',
    );
    expect(existsSync(target)).toBe(false);
    expect(await call(workspace.rig, 'export:list', { reviewId: product.reviewId! })).toEqual([]);
  });

  it('is refused when the chosen file name holds a registered name', async () => {
    const product = await leakyProduct('x.csv');
    product.renderTo = writes('Event\r\nSeen by Mother\r\n');
    const target = path.join(temp, 'kerry-chronology.csv');
    await expect(deliverExport(workspace.rig.core.kernel, product, target)).rejects.toThrow('its file name contains the real name of Mother');
    expect(existsSync(target)).toBe(false);
  });
});
