/**
 * The Report area's documents (issue #6): the list and the new-document form, the editor with its
 * toolbar, status line and side panels, the reference dialog and the comparison — found by role
 * and name, as a screen reader finds them.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell';

export type PanelLabel = 'Versions' | 'Document settings' | 'Export to PDF';

export class DocumentsPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly reviewPicker: Locator;
  readonly list: Locator;
  readonly titleField: Locator;
  readonly createButton: Locator;
  readonly toolbar: Locator;
  readonly text: Locator;
  readonly saveStatus: Locator;
  readonly backLink: Locator;
  readonly panel: Locator;
  readonly comparison: Locator;
  readonly referenceDialog: Locator;
  readonly archived: Locator;
  readonly notice: Locator;
  private readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Report', exact: true });
    this.reviewPicker = this.main.getByLabel('Review', { exact: true });
    this.list = this.main.getByRole('table', { name: 'Documents in this review', exact: true });
    this.titleField = this.main.getByLabel('Title', { exact: true });
    this.createButton = this.main.getByRole('button', { name: 'Create document' });
    this.toolbar = this.main.getByRole('toolbar', { name: 'Formatting' });
    this.text = this.main.getByRole('textbox', { name: 'Document text' });
    this.saveStatus = this.main.getByRole('status').filter({ hasText: /^(All changes saved|Saving…|Saved at|Not saved)/ });
    this.backLink = this.main.getByRole('button', { name: 'All documents' });
    this.panel = this.main.getByRole('region', { name: /^(Versions|Document settings|Export to PDF)$/ });
    this.comparison = this.main.getByRole('region', { name: 'Comparison' });
    this.referenceDialog = page.getByRole('dialog', { name: 'Insert a reference' });
    this.archived = this.main.getByRole('table', { name: 'Archived documents in this review' });
    this.notice = this.main.getByRole('status').filter({ hasText: /^(Archived|Restored|Deleted) “/ });
  }

  /** Opens the area from the navigation and waits for its heading. */
  async open(): Promise<void> {
    await this.shell.area('Report').click();
    await expect(this.heading.or(this.main.getByRole('heading', { level: 1 }))).toBeFocused();
  }

  /** Creates a document through the form; the editor opens on it. */
  async create(title: string, kind: 'General' | 'Report' = 'Report'): Promise<void> {
    await this.titleField.fill(title);
    await this.main.getByRole('radio', { name: kind, exact: true }).check();
    await this.createButton.click();
    await expect(this.documentHeading(title)).toBeFocused();
  }

  documentHeading(title: string): Locator {
    return this.main.getByRole('heading', { level: 1, name: title, exact: true });
  }

  /** A document's row in the list; its title is the button that opens it. */
  row(title: string): Locator {
    return this.list.getByRole('row').filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  async openDocument(title: string): Promise<void> {
    await this.list.getByRole('button', { name: title, exact: true }).click();
    await expect(this.documentHeading(title)).toBeFocused();
  }

  tool(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /**
   * Puts the caret at the end of the text. Control+End does not move it in headless Chromium,
   * so this asks tiptap, as clicking after the last word would.
   */
  async caretToEnd(): Promise<void> {
    await this.text.evaluate((element) => (element as HTMLElement & { editor: { commands: { focus: (at: string) => void } } }).editor.commands.focus('end'));
    // tiptap focuses the view on the next animation frame: keys pressed before then go nowhere.
    await expect(this.text).toBeFocused();
  }

  /** Waits for the autosave to report the text saved. */
  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Saved at \d{2}:\d{2}$/);
  }

  async showPanel(label: PanelLabel): Promise<Locator> {
    const button = this.main.getByRole('button', { name: label, exact: true });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    const panel = this.main.getByRole('region', { name: label, exact: true });
    await expect(panel).toBeVisible();
    return panel;
  }

  /** Leaves the editor for the list (saving first), and waits for the list. */
  async backToList(): Promise<void> {
    await this.backLink.click();
    await expect(this.heading).toBeFocused();
  }
}
