/**
 * A Word chronology through the import wizard: the format and the tables read are shown, the
 * Chronolator columns are mapped with nothing to choose, the empty row is left out and said so,
 * and the rejected row keeps the number the table list explains. The people are invented.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ChronologyImportPage } from './pages/chronology-import';
import { docxBytes, row, table } from '../unit/services/chronology/read/docx-helpers';

test.describe('chronology import wizard with a Word document', () => {
  test.use({ openWorkspace: true });

  test('reads the chronology tables of a .docx, says which, and imports them', async ({ page, host, dialogs, dataDir }) => {
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child Q', subject: 'Child Q' });
    const file = path.join(dataDir, 'police-chronology.docx');
    const headers = ['Date/Time', 'Source of information', 'Event', 'Action', 'Outcome', 'Sequence'];
    await writeFile(
      file,
      await docxBytes(
        table(
          row([{ text: 'Chronology – Police', span: 6 }]),
          row(headers, { header: true }),
          row(['03/04/2019 10:15', 'Command and control log', 'Call from a neighbour of Poppy Quillfeather.', 'Officers attended', 'Words of advice', '1']),
          row(['', '', '', '', '', '']),
          row(['13/25/2019', 'PNC', 'Wrongly dated entry.', '', '', '2']),
        ),
      ),
    );
    const wizard = new ChronologyImportPage(page);
    await wizard.open();
    await wizard.chooseFiles(dialogs, [file]);
    await expect(wizard.heading('Check police-chronology.docx')).toBeVisible();
    await expect(wizard.main.getByRole('definition').filter({ hasText: /^Word document \(tables\)$/ })).toBeVisible();
    await expect(wizard.main).toContainText('Table 1, rows 1–5: Date/Time, Source of information, Event, Action, Outcome, Sequence');
    await expect(wizard.main.getByRole('term').filter({ hasText: 'Empty table rows left out' })).toBeVisible();
    await expect(wizard.main.getByRole('combobox', { name: 'Sheet' })).toHaveCount(0);
    await expect(wizard.agencyField).toHaveValue('Police');
    await expect(wizard.column('Date/Time')).toHaveValue('date');
    await expect(wizard.column('Source of information')).toHaveValue('source');
    await expect(wizard.column('Event')).toHaveValue('event');
    await expect(wizard.column('Outcome')).toHaveValue('outcome');
    await expectNoAxeViolations(page, 'checking a Word document');

    await wizard.preview('police-chronology.docx');
    await expect(wizard.main).toContainText('1 row will become an entry, 1 will be rejected, 0 flagged.');
    await expect(wizard.previewRow(5)).toContainText(/Rejected/);
    await wizard.importAndWait('police-chronology.docx');
    await expect(wizard.confirmation()).toHaveText('Imported 1 entry from Police; 1 row rejected — see Rejected rows. 1 empty table row was left out.');
    expect((await host.call('chronology:list', { reviewId: review.id, anonymised: false })).total).toBe(1);
  });
});
