/** Runs axe over the whole page and fails with a readable list of what it found. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const readable = violations.map(
    (v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n  ${v.helpUrl}\n` + v.nodes.map((n) => `  - ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
  );
  expect(readable, `axe on ${where}:\n${readable.join('\n\n')}`).toEqual([]);
}
