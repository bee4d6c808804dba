/**
 * The Action plan area (issue #18): the register with its filters and the chosen action, the
 * exports, the annual report tables, the activities and the categories — found by role and name,
 * as a screen reader finds them.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell';

export type PlanScreenLabel = 'Register' | 'Exports' | 'Annual report tables' | 'Activities' | 'Categories';

export class ActionPlanPage {
  readonly main: Locator;
  readonly screens: Locator;
  readonly register: Locator;
  readonly panel: Locator;
  private readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = page.getByRole('main');
    this.screens = this.main.getByRole('navigation', { name: 'Action plan screens' });
    this.register = this.main.getByRole('table', { name: /^Actions/ });
    this.panel = this.main.getByRole('complementary');
  }

  heading(name: string): Locator {
    return this.main.getByRole('heading', { level: 1, name, exact: true });
  }

  button(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  /** Opens the area from the navigation; it starts on the register. */
  async open(): Promise<void> {
    await this.shell.area('Action plan').click();
    await expect(this.heading('Register')).toBeFocused();
  }

  /** Shows one of the area's screens and waits for its heading to take focus. */
  async show(screen: PlanScreenLabel): Promise<void> {
    await this.screens.getByRole('button', { name: screen, exact: true }).click();
    await expect(this.heading(screen)).toBeFocused();
  }

  /** The register's rows below its header, in the order shown. */
  rows(): Locator {
    return this.register.getByRole('row').filter({ has: this.page.getByRole('rowheader') });
  }

  row(actionText: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${actionText}`) }) });
  }

  /** Sets the filters given (labels as the selects show them) and shows the actions. */
  async filter(choices: { source?: string; agency?: string; status?: string; overdue?: boolean; asOf?: string }): Promise<void> {
    if (choices.source) await this.main.getByLabel('Review or activity').selectOption({ label: choices.source });
    if (choices.agency) await this.main.getByLabel('Lead agency').selectOption({ label: choices.agency });
    if (choices.status) await this.main.getByLabel('Status', { exact: true }).selectOption({ label: choices.status });
    if (choices.overdue !== undefined) await this.main.getByLabel('Overdue only').setChecked(choices.overdue);
    if (choices.asOf !== undefined) await this.main.getByLabel('Count overdue to').fill(choices.asOf);
    await this.button('Show actions').click();
  }
}
