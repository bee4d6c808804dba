/**
 * Issue #13: the core runs in its own thread. If it dies (a crash, running out of memory), the
 * window says so, keeps nothing of the workspace, and unlocking again finds everything saved.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test, testWorkspaceName } from './fixtures';
import { ReviewsPage } from './pages/reviews';
import { ShellPage } from './pages/shell';
import { UnlockPage } from './pages/unlock';

test.describe('the core in its own thread', () => {
  test.use({ openWorkspace: true });

  test('the core dies: the window says the workspace closed and saved work is safe; unlocking again shows it', async ({ page, host, workspace }) => {
    const shell = new ShellPage(page);
    const unlock = new UnlockPage(page);
    const reviews = new ReviewsPage(page);
    await reviews.addReview({ type: 'Serious incident notification and rapid review', title: 'Rapid review: Child Q', subject: 'Child Q' });
    await expect(reviews.heading('Rapid review: Child Q')).toBeFocused();

    await host.killCore();

    await expect(unlock.headingFor(testWorkspaceName)).toBeVisible();
    await expect(page.getByText(/The workspace closed unexpectedly\. Everything you had saved is safe/)).toBeVisible();
    await expect(shell.navigation).toHaveCount(0);
    await expect(page.getByText('Rapid review: Child Q')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the unlock screen after the core stopped');

    // No "open in another window": the dead core's lock was released, and the review was kept.
    await unlock.unlockWithPassphrase(workspace?.passphrase ?? '');
    await expect(shell.areaHeading('Reviews')).toBeVisible();
    await expect(reviews.table.getByRole('row', { name: /Rapid review: Child Q/ })).toBeVisible();
  });
});
