/**
 * The Terms of reference area (issue #7): starting from a template, the status banner, the fields
 * and sections, submitting and the chair's sign-off, the versions and their PDFs, and verifying
 * a PDF — found by role and name, as a screen reader finds them.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell';

export class TermsPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly banner: Locator;
  readonly changes: Locator;
  readonly sectionsText: Locator;
  readonly sectionsStatus: Locator;
  readonly signOff: Locator;
  readonly signOffErrors: Locator;
  readonly versions: Locator;
  readonly exportNotice: Locator;
  readonly verify: Locator;
  readonly verifyInput: Locator;
  readonly verifyResult: Locator;
  private readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Terms of reference', exact: true });
    this.banner = this.main.getByRole('region', { name: /^Version \d+: / });
    this.changes = this.main.getByRole('region', { name: /^What changed since signed version \d+$/ });
    this.sectionsText = this.main.getByRole('textbox', { name: 'Sections text' });
    this.sectionsStatus = this.main.getByRole('region', { name: 'Sections', exact: true }).getByRole('status').filter({ hasText: /^(All changes saved|Saving…|Saved at|Not saved)/ });
    this.signOff = this.main.getByRole('region', { name: 'Sign-off', exact: true });
    this.signOffErrors = this.signOff.getByRole('alert');
    this.versions = this.main.getByRole('region', { name: 'Versions', exact: true });
    this.exportNotice = this.versions.getByRole('status');
    this.verify = this.main.getByRole('region', { name: 'Verify a PDF' });
    this.verifyInput = this.verify.getByLabel('Choose a PDF…');
    this.verifyResult = this.verify.getByRole('status');
  }

  /** Opens the area from the navigation and waits for its heading. */
  async open(): Promise<void> {
    await this.shell.area('Terms of reference').click();
    await expect(this.heading).toBeFocused();
  }

  /** Starts the terms from a template, chosen by its name. */
  async startFrom(template: string | RegExp): Promise<void> {
    await this.main.getByRole('radio', { name: template }).check();
    await this.main.getByRole('button', { name: 'Start the terms of reference' }).click();
    await expect(this.banner).toBeVisible();
  }

  /** Expects the banner to say this version and status ("Version 2: Draft"). */
  async expectVersion(title: string): Promise<void> {
    await expect(this.main.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
  }

  /** The fingerprint the banner shows, "dcb5 593e c8f7". */
  async fingerprint(): Promise<string> {
    return (await this.banner.locator('code').first().textContent()) ?? '';
  }

  field(label: string): Locator {
    return this.main.getByLabel(label, { exact: true });
  }

  /** The save status shown beside a field or list ("Saved at 14:02"): the nearest status around it. */
  statusBeside(control: Locator): Locator {
    return control.locator('xpath=ancestor-or-self::*[.//*[@role="status"]][1]').getByRole('status').first();
  }

  /** Types into a field and leaves it with Tab, which saves it; waits for "Saved at" beside it. */
  async setText(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
    await this.leave(this.field(label));
    await expect(this.statusBeside(this.field(label))).toHaveText(/^Saved at \d{2}:\d{2}$/);
  }

  list(legend: string): Locator {
    return this.main.getByRole('group', { name: legend, exact: true });
  }

  /** Adds items to a list field, then leaves the list, which saves it. */
  async addItems(legend: string, noun: string, items: string[]): Promise<void> {
    const list = this.list(legend);
    for (const item of items) {
      await list.getByRole('button', { name: new RegExp(`^Add (an?|another) ${noun}$`) }).click();
      await expect(list.getByRole('textbox').last()).toBeFocused();
      await this.page.keyboard.type(item);
    }
    await this.leave(list);
  }

  /** Presses Tab until focus is outside `group`, as a keyboard user leaves a list or a date. */
  async leave(group: Locator): Promise<void> {
    for (let press = 0; press < 30; press += 1) {
      await this.page.keyboard.press('Tab');
      if (!(await group.evaluate((element) => element.contains(document.activeElement)))) return;
    }
    throw new Error('Tab did not leave the group.');
  }

  /** Puts the caret at the end of the sections (Control+End does not move it in headless Chromium). */
  async typeAtEndOfSections(text: string): Promise<void> {
    await this.sectionsText.evaluate((element) => (element as HTMLElement & { editor: { commands: { focus: (at: string) => void } } }).editor.commands.focus('end'));
    // tiptap focuses the view on the next animation frame: keys typed before then go nowhere.
    await expect(this.sectionsText).toBeFocused();
    await this.page.keyboard.type(text);
  }

  async expectSectionsSaved(): Promise<void> {
    await expect(this.sectionsStatus).toHaveText(/^Saved at \d{2}:\d{2}$/);
  }

  async submit(label: 'Submit for sign-off' | 'Submit again' = 'Submit for sign-off'): Promise<void> {
    await this.signOff.getByRole('button', { name: label }).click();
    await this.expectVersion(await this.currentTitle('Submitted for sign-off'));
  }

  /**
   * Fills the chair's decision form and records it: who decided, the decision, the day (typed day
   * first; today unless given), how, comments and an evidence file.
   */
  async decide(
    by: string,
    role: string,
    decision: 'Approve and sign off' | 'Return with comments' = 'Approve and sign off',
    comment = '',
    recorded: { on?: string; how?: 'At a meeting' | 'By email' | 'In person' | 'By letter'; evidence?: string } = {},
  ): Promise<void> {
    const today = new Date();
    await this.signOff.getByLabel('Name of the person who decided').fill(by);
    await this.signOff.getByLabel('Role', { exact: true }).fill(role);
    await this.signOff.getByRole('radio', { name: decision }).check();
    await this.signOff.getByLabel('Date of the decision').fill(recorded.on ?? `${today.getDate()} ${today.getMonth() + 1} ${today.getFullYear()}`);
    await this.signOff.getByRole('group', { name: 'How was it decided?' }).getByRole('radio', { name: recorded.how ?? 'At a meeting' }).check();
    if (comment) await this.signOff.getByRole('textbox', { name: 'Comments' }).fill(comment);
    if (recorded.evidence) await this.signOff.getByLabel('Evidence of the decision (optional)').setInputFiles(recorded.evidence);
    await this.signOff.getByRole('button', { name: 'Record the decision' }).click();
  }

  /** Writes over the first paragraph the sections show as template guidance, and waits for the save. */
  async writeOverGuidance(text: string): Promise<void> {
    const guidance = this.sectionsText.locator('p.tor-guidance').first();
    await guidance.click({ clickCount: 3 });
    await this.page.keyboard.type(text);
    await expect(this.sectionsText.locator('p.tor-guidance')).toHaveCount(0);
    await this.expectSectionsSaved();
  }

  /** Starts the next version from the signed one, with the one button meant for it. */
  async startVersion(number: number): Promise<void> {
    await this.main.getByRole('button', { name: `Start version ${number}` }).click();
    await this.expectVersion(`Version ${number}: Draft`);
  }

  /** Exports a version's PDF (the save dialog must be scripted first) and waits for the notice. */
  async exportVersion(number: number): Promise<void> {
    await this.versions.getByRole('button', { name: `Export PDF of version ${number}` }).click();
    await expect(this.exportNotice).toContainText(`: version ${number} of the terms of reference`);
  }

  /** Checks a file through the file input and waits for the answer. */
  async verifyFile(file: string): Promise<void> {
    await this.verifyInput.setInputFiles(file);
    await expect(this.verifyResult).toContainText(/^(Verified|Not verified|Could not check)/);
  }

  /** "Version N: <status>" for the number the banner shows now. */
  private async currentTitle(status: string): Promise<string> {
    const title = (await this.banner.getByRole('heading', { level: 2 }).textContent()) ?? '';
    return `${title.split(':')[0] ?? ''}: ${status}`;
  }
}
