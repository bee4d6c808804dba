/**
 * A partnership's own question set, through the UI against the real core: a copy of the 4-D cycle
 * made and changed (a question reworded, a stage added), refused while a stage has no question,
 * saved, and then used as a conversation's guide; a participant added after planning. Every
 * person is invented.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { InterviewsPage } from './pages/interviews';

test.describe('question sets', () => {
  test.use({ openWorkspace: true });

  test('a copy of the 4-D cycle changed, saved, and followed by a conversation', async ({ page, host }) => {
    test.setTimeout(120_000);
    const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await host.call('people:add', { reviewId: review.id, name: 'Priya Castellane', role: 'practitioner', practitionerRole: 'Social worker', agency: 'Children’s Services' });
    await host.call('people:add', { reviewId: review.id, name: 'Megan Trelawny', role: 'practitioner', practitionerRole: 'Class teacher', agency: 'Riverside Primary School' });
    const interviews = new InterviewsPage(page);
    const main = interviews.main;
    await interviews.open();
    await interviews.button('Question sets').click();
    await expect(interviews.heading('Question sets')).toBeFocused();
    await expect(main).toContainText('Comes with the app');
    // A set that comes with the app can only be copied.
    await expect(main.getByRole('button', { name: /^Edit\b.*the 4-D cycle$/ })).toHaveCount(0);
    await expectNoAxeViolations(page, 'the question sets');

    await main.getByRole('button', { name: /^Make a copy to edit\b.*the 4-D cycle$/ }).click();
    await expect(interviews.heading('Your copy of a question set')).toBeFocused();
    await expect(main.getByLabel('Short name')).toHaveValue('appreciative-inquiry-4d-local');
    await main.getByLabel('Title', { exact: true }).first().fill('Appreciative inquiry: Northshire’s 4-D conversation');
    const discover = main.getByRole('group', { name: 'Stage 1: Discover' });
    await discover.getByLabel('Questions').fill('Tell me about a day with this family when you felt proud of the work.\nWho helped you most?');
    await main.getByRole('button', { name: 'Add a stage' }).click();
    const added = main.getByRole('group', { name: 'Stage 5' });
    await added.getByLabel('Title').fill('Looking after yourself');
    await added.getByLabel('What it is for').fill('How the practitioner is now.');
    await main.getByRole('button', { name: 'Save the question set' }).click();
    // The new stage has no question: refused, naming it, nothing saved.
    await page.getByRole('link', { name: 'Give “Looking after yourself” at least one question.' }).click();
    await expect(added.getByLabel('Questions')).toBeFocused();
    await expectNoAxeViolations(page, 'the question set form with an error');
    await added.getByLabel('Questions').fill('What support have you had since?');
    await main.getByRole('button', { name: 'Save the question set' }).click();
    await expect(main.getByRole('status').filter({ hasText: 'Saved “Appreciative inquiry: Northshire’s 4-D conversation”.' })).toBeVisible();
    await expect(main).toContainText('Your partnership’s');
    const saved = await host.call('interviews:question-sets', { reviewId: review.id });
    expect(saved.filter((entry) => !entry.builtIn).map((entry) => [entry.set.id, entry.set.stages.length])).toEqual([['appreciative-inquiry-4d-local', 5]]);

    // A conversation follows it: the reworded question and the new stage are in its guide.
    await interviews.button('Back to conversations').click();
    await interviews.button('Plan a conversation').click();
    await main.getByRole('radio', { name: 'Individual interview' }).check();
    await main.getByLabel('Question set').selectOption({ label: 'Appreciative inquiry: Northshire’s 4-D conversation' });
    await main.getByRole('checkbox', { name: 'Priya Castellane (Social worker, Children’s Services)' }).check();
    await interviews.button('Plan the conversation').click();
    await expect(interviews.guide).toContainText('Tell me about a day with this family when you felt proud of the work.');
    await expect(interviews.guide.getByRole('heading', { name: 'Looking after yourself' })).toBeVisible();

    // Someone who was not planned for came too: added after planning, consent not yet recorded.
    await interviews.button('Change who took part').click();
    await main.getByRole('checkbox', { name: 'Megan Trelawny (Class teacher, Riverside Primary School)' }).check();
    await expectNoAxeViolations(page, 'changing who took part');
    await interviews.button('Save who took part').click();
    await expect(main.getByRole('status').filter({ hasText: 'Added one participant.' })).toBeVisible();
    const participants = main.getByRole('table', { name: 'Participants and their consent' });
    await expect(participants.getByRole('row', { name: /^Class teacher, Riverside Primary School/ })).toBeVisible();
  });
});
