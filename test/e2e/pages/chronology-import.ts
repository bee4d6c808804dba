/**
 * The import wizard for agencies' chronology files (issue #5) and its rejected-rows list, found
 * by role and name as a screen reader finds them. The wizard is reached from the Chronology
 * area's "Import agency submission" button.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { ScriptedDialogs } from '../dialogs';
import { ShellPage } from './shell';

export class ChronologyImportPage {
  readonly main: Locator;
  readonly importButton: Locator;
  readonly errorSummary: Locator;
  readonly previewTable: Locator;
  readonly rejectedRows: Locator;
  readonly agencyField: Locator;
  private readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = page.getByRole('main');
    this.importButton = this.main.getByRole('button', { name: 'Import agency submission' });
    this.errorSummary = this.main.getByRole('group', { name: 'There is a problem' });
    this.previewTable = this.main.getByRole('table', { name: /^Rows of / });
    this.rejectedRows = this.main.getByRole('region', { name: 'Rejected rows' });
    this.agencyField = this.main.getByLabel('Agency', { exact: true });
  }

  heading(name: string | RegExp): Locator {
    return this.main.getByRole('heading', { level: 1, name, exact: typeof name === 'string' });
  }

  /** Opens the Chronology area and the wizard's first step. */
  async open(): Promise<void> {
    await this.shell.area('Chronology').click();
    await this.importButton.click();
    await expect(this.heading('Import an agency submission')).toBeFocused();
  }

  /** Scripts the OS dialog with these files and chooses them; waits for the first file's check step. */
  async chooseFiles(dialogs: ScriptedDialogs, files: string[]): Promise<void> {
    dialogs.nextOpenPaths(files);
    await this.main.getByRole('button', { name: 'Choose files' }).click();
    await expect(this.heading(/^Check /)).toBeFocused();
  }

  /** The select for one source column, labelled with its header. */
  column(header: string): Locator {
    return this.main.getByRole('combobox', { name: header, exact: true });
  }

  async mapColumn(header: string, field: string): Promise<void> {
    await this.column(header).selectOption({ label: field });
  }

  headerRow(rowNumber: number): Locator {
    return this.main.getByRole('radio', { name: `Row ${rowNumber}`, exact: true });
  }

  async preview(fileName: string): Promise<void> {
    await this.main.getByRole('button', { name: 'Preview import' }).click();
    await expect(this.heading(`Preview ${fileName}`)).toBeFocused();
  }

  /** A row of the preview table, by the source row number in its row header. */
  previewRow(rowNumber: number): Locator {
    return this.previewTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: String(rowNumber), exact: true }) });
  }

  async startImport(): Promise<void> {
    await this.main.getByRole('button', { name: 'Import file' }).click();
  }

  /**
   * Starts the import and clicks "Cancel import" the moment it appears, from inside the page. The
   * test host runs the core in the test's own process, so while the core checks rows the test
   * only gets a turn between slices: a click sent from here would land after a fast import had
   * finished. Resolves with whether the labelled progress bar was on screen at the click.
   */
  async importThenCancelAtOnce(): Promise<boolean> {
    const clicked = this.page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const tryCancel = () => {
            const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Cancel import');
            if (!button) return false;
            const progress = document.querySelector('progress');
            const labelled = progress?.labels?.[0]?.textContent === 'Import progress';
            button.click();
            resolve(labelled);
            return true;
          };
          const observer = new MutationObserver(() => {
            if (tryCancel()) observer.disconnect();
          });
          observer.observe(document.body, { subtree: true, childList: true });
        }),
    );
    await this.startImport();
    return clicked;
  }

  async importAndWait(fileName: string): Promise<void> {
    await this.startImport();
    await expect(this.heading(`Imported ${fileName}`)).toBeFocused();
  }

  confirmation(): Locator {
    return this.main.getByRole('status').filter({ hasText: /^Imported / });
  }

  async done(): Promise<void> {
    await this.main.getByRole('button', { name: 'Done' }).click();
  }

  /** Opens the fix form of a rejected row and returns it. */
  async openFix(rowNumber: number, fileName: string): Promise<Locator> {
    await this.rejectedRows.getByRole('button', { name: `Fix row ${rowNumber} of ${fileName}` }).click();
    return this.rejectedRows.getByRole('form', { name: `Fix row ${rowNumber} of ${fileName}` });
  }
}
