/**
 * Entries by hand and submissions removed (issue #15), on the Chronology area: the "Add an entry"
 * form, the entry detail's "Correct this entry" and "Delete this entry", and the Submissions
 * tab's Remove / Undo removal — found by role and name.
 */
import { expect, type Locator } from '@playwright/test';
import { ChronologyPage } from './chronology';

export interface EntryFields {
  date?: string;
  agency?: string;
  event?: string;
  action?: string;
  source?: string;
  reason?: string;
}

export class ChronologyEntriesPage extends ChronologyPage {
  get addEntryButton(): Locator {
    return this.main.getByRole('button', { name: 'Add an entry' });
  }

  form(name: string | RegExp): Locator {
    return this.main.getByRole('form', { name });
  }

  errorSummary(): Locator {
    return this.main.getByRole('group', { name: 'There is a problem' });
  }

  async fill(form: Locator, fields: EntryFields): Promise<void> {
    const labels: Array<[keyof EntryFields, string]> = [
      ['date', 'Date'],
      ['agency', 'Agency'],
      ['event', 'Event'],
      ['action', 'Action taken (optional)'],
      ['source', 'Source of information (optional)'],
      ['reason', 'Reason for the correction'],
    ];
    for (const [field, label] of labels) {
      const value = fields[field];
      if (value !== undefined) await form.getByLabel(label, { exact: true }).fill(value);
    }
  }

  /** The Submissions tab's row for a file. */
  async submission(file: string): Promise<Locator> {
    const panel = await this.showTab('Submissions');
    const row = panel.getByRole('row').filter({ has: this.page.getByRole('cell', { name: new RegExp(file.replace(/\./g, '\\.')) }) });
    await expect(row).toHaveCount(1);
    return row;
  }
}
