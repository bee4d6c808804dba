/**
 * The Interviews area (issue #17): the conversations, the plan form, the notes with the guide
 * and the coded excerpts, the themes and a theme's view — found by role and name, as a screen
 * reader finds them.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell';

interface EditorElement extends HTMLElement {
  editor: {
    state: { doc: { descendants: (visit: (node: { isText: boolean; text?: string }, pos: number) => void) => void } };
    chain: () => { focus: () => { setTextSelection: (range: { from: number; to: number }) => { run: () => boolean } } };
  };
}

export class InterviewsPage {
  readonly main: Locator;
  readonly conversations: Locator;
  readonly text: Locator;
  readonly guide: Locator;
  readonly excerpts: Locator;
  readonly saveStatus: Locator;
  private readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = page.getByRole('main');
    this.conversations = this.main.getByRole('table', { name: 'Conversations in this review' });
    this.text = this.main.getByRole('textbox', { name: 'Document text' });
    this.guide = this.main.getByRole('region', { name: /^Guide/ });
    this.excerpts = this.main.getByRole('list', { name: 'Coded excerpts' });
    this.saveStatus = this.main.getByRole('status').filter({ hasText: /^(All changes saved|Saving…|Saved at|Not saved)/ });
  }

  heading(name: string): Locator {
    return this.main.getByRole('heading', { level: 1, name, exact: true });
  }

  /** Opens the area from the navigation and waits for its heading to take focus. */
  async open(): Promise<void> {
    await this.shell.area('Interviews').click();
    await expect(this.heading('Interviews')).toBeFocused();
  }

  button(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  /** A participant's consent fieldset on the plan form. */
  consent(name: string): Locator {
    return this.main.getByRole('group', { name: `Consent: ${name}`, exact: true });
  }

  /** Selects `text` in the notes, as a drag of the mouse over it would. */
  async select(text: string): Promise<void> {
    await this.text.evaluate((element, wanted) => {
      const { editor } = element as EditorElement;
      let range: { from: number; to: number } | null = null;
      editor.state.doc.descendants((node, pos) => {
        const at = node.isText ? (node.text ?? '').indexOf(wanted) : -1;
        if (!range && at >= 0) range = { from: pos + at, to: pos + at + wanted.length };
      });
      if (!range) throw new Error(`"${wanted}" is not in the notes.`);
      editor.chain().focus().setTextSelection(range).run();
    }, text);
    await expect(this.text).toBeFocused();
  }

  /** Writes in the empty paragraph the core put under one of the notes' headings (a stage of the guide or an episode). */
  async writeUnder(heading: string | RegExp, paragraph: string): Promise<void> {
    const under = this.text.getByRole('heading', typeof heading === 'string' ? { name: heading, exact: true } : { name: heading });
    // Clicked rather than reached with End: a long heading wraps, and End stops at the end of its first line.
    await under.locator('xpath=following-sibling::p[1]').click();
    await this.page.keyboard.type(paragraph);
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Saved at \d{2}:\d{2}$/);
  }

  /** The excerpts in a list (each quotes its text), not the theme chips and flags listed inside them. */
  excerptItems(list: Locator = this.excerpts): Locator {
    return list.getByRole('listitem').filter({ has: this.page.locator('blockquote') });
  }

  /** One coded excerpt in the list beside the notes. */
  excerpt(text: string): Locator {
    return this.excerpts.getByRole('listitem').filter({ has: this.page.locator('blockquote', { hasText: text }) });
  }

  /** Codes the selection: themes ticked in the tree, and who said it (everyone unless named); the button clicked or reached by keyboard. */
  async code(text: string, themes: string[], saidBy?: string[], how: 'mouse' | 'keyboard' = 'mouse'): Promise<void> {
    await this.select(text);
    if (how === 'keyboard') {
      // The button follows the text in the tab order: Tab from the selection, then Enter.
      await this.page.keyboard.press('Tab');
      await expect(this.button('Code selection')).toBeFocused();
      await this.page.keyboard.press('Enter');
    } else {
      await this.button('Code selection').click();
    }
    const form = this.main.getByRole('form', { name: 'Code the selection' });
    await expect(form.getByRole('heading', { name: 'Code the selection' })).toBeFocused();
    await expect(form.locator('blockquote')).toHaveText(text);
    for (const theme of themes) await form.getByRole('group', { name: 'Themes', exact: true }).getByRole('checkbox', { name: theme, exact: true }).check();
    if (saidBy) {
      const who = form.getByRole('group', { name: 'Who said it' });
      for (const box of await who.getByRole('checkbox').all()) {
        const label = (await box.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? '')).trim();
        if (saidBy.includes(label)) await box.check();
        else await box.uncheck();
      }
    }
    await form.getByRole('button', { name: 'Code the excerpt' }).click();
    await expect(form).toHaveCount(0);
    await expect(this.excerpt(text)).toBeVisible();
  }

  /** The highlight in the notes over an excerpt's text. */
  highlight(text: string): Locator {
    return this.text.locator('.iv-excerpt', { hasText: text });
  }
}
