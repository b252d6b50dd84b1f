import type { Page } from 'playwright-core';
import { Agent, Instance, at, bearer } from '../../api/test/api-harness';
import { BrowserTest, accessibilityViolations, agentTickets, screenshot, signInAgent, startBrowserTest } from './browser-harness';

const SLUG = 'task-desk';

// The agent panel's tasks in a real Chromium against the real API and worker: a task made from a
// ticket, found in "My tasks", a note, the ticket refused resolution while its task is open, the
// task closed and the ticket resolved; another department's agent seeing the task but not the
// ticket; what a limited role is offered.
describe('the agent panel: tasks', () => {
  let t: BrowserTest;
  let instance: Instance;
  let anna: Agent;
  let marc: Agent;
  let sara: Agent;

  const tickets = () => agentTickets(t, SLUG, () => anna.token);
  const openTicket = (subject: string) => tickets().open(subject);
  const ticketPath = (reference: string) => tickets().path(reference);
  const ticketOf = (reference: string) => tickets().get(reference);
  const newTask = async (body: object) => (await t.api.http().post(at(SLUG, 'tasks')).set(bearer(anna.token)).send(body).expect(201)).body;
  // A due date in the instance's time (Europe/Madrid) as the date input takes it: days ahead, at noon.
  const dueInput = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10) + 'T12:00';


  // A control reached and worked by the keyboard.
  const press = async (page: Page, name: string | RegExp, role: 'button' | 'link' = 'button', within: Pick<Page, 'getByRole'> = page) => {
    await within.getByRole(role, { name }).focus();
    await page.keyboard.press('Enter');
  };

  async function tryResolve(page: Page) {
    await press(page, 'Change status…');
    const dialog = page.getByRole('dialog', { name: 'Change the status' });
    await dialog.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Resolved' }).click();
    await dialog.getByRole('button', { name: 'Change status' }).click();
    return dialog;
  }

  beforeAll(async () => {
    t = await startBrowserTest();
    instance = await t.api.provision(SLUG, { timezone: 'Europe/Madrid' });
    [anna, marc, sara] = await Promise.all([
      t.api.addAgent(instance, { name: 'Anna Puig', role: 'All access' }),
      t.api.addAgent(instance, { name: 'Marc Vila', role: 'All access', department: 'Maintenance' }),
      t.api.addAgent(instance, { name: 'Sara Pons', role: 'Limited access' }),
    ]);
  }, 90_000);

  afterAll(async () => {
    await t?.close();
  });

  it('makes a task from a ticket, finds it in my tasks, notes it, and resolves the ticket only once the task is closed', async () => {
    const reference = await openTicket('Projector in room B4 flickers');
    const { page, expectClean } = await t.newPage();
    await signInAgent(page, anna, ticketPath(reference));
    await page.getByRole('heading', { level: 1, name: 'Projector in room B4 flickers' }).waitFor();
    const panel = page.getByRole('region', { name: 'Tasks' });
    await panel.getByText('This ticket has no tasks.').waitFor();

    // A new task for the ticket, by the keyboard.
    await press(page, 'New task', 'link', panel);
    await page.getByRole('heading', { level: 1, name: 'New task' }).waitFor();
    await page.getByText(`For ticket ${reference}`).waitFor();
    await page.getByRole('textbox', { name: 'Title' }).focus();
    await page.keyboard.type('Replace the projector lamp');
    await page.getByRole('textbox', { name: 'Description' }).fill('The spare lamp is in the store room.');
    await page.getByRole('combobox', { name: 'Agent' }).click();
    await page.getByRole('option', { name: 'Anna Puig' }).click();
    await page.getByLabel('Due date').fill(dueInput(3));
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'panel-new-task');
    await press(page, 'Create task');

    // Back on the ticket, the task in its panel: department, agent, due in days, open.
    await page.getByRole('heading', { level: 1, name: 'Projector in room B4 flickers' }).waitFor();
    const row = page.getByRole('table', { name: 'Tasks of this ticket' }).getByRole('row', { name: /Replace the projector lamp/ });
    await row.getByText('Anna Puig').waitFor();
    await row.getByText(/^in [23] days$/).waitFor();
    await row.getByText('Open').waitFor();

    // In "My tasks", with the ticket's link.
    await page.getByRole('navigation', { name: 'Queues and views' }).getByRole('link', { name: 'My tasks' }).click();
    await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    const mine = page.getByRole('table', { name: 'My tasks' });
    await mine.getByRole('row', { name: /Replace the projector lamp/ }).getByRole('link', { name: reference }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'panel-tasks-queue');

    // The task page: a note.
    await mine.getByRole('link', { name: 'Replace the projector lamp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Replace the projector lamp' }).waitFor();
    await page.getByText('The spare lamp is in the store room.').waitFor();
    await page.getByRole('textbox', { name: 'Note' }).fill('Lamp ordered, arrives on Monday.');
    await press(page, 'Add note');
    await page.getByRole('status').getByText('Your note has been added.').waitFor();
    await page.getByRole('list', { name: 'Notes' }).getByText('Lamp ordered, arrives on Monday.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'panel-task');

    // The ticket cannot be resolved while the task is open: the refusal names it.
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: 'Projector in room B4 flickers' }).waitFor();
    const dialog = await tryResolve(page);
    await dialog.getByRole('alert').getByText('This ticket still has open tasks: Replace the projector lamp. Close them first.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'panel-ticket-open-tasks');
    expect((await ticketOf(reference)).status.name).not.toBe('Resolved');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The task closed, the ticket resolves.
    await page.getByRole('table', { name: 'Tasks of this ticket' }).getByRole('link', { name: 'Replace the projector lamp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Replace the projector lamp' }).waitFor();
    await press(page, 'Close task');
    await page.getByRole('status').getByText('The task is closed.').waitFor();
    await page.getByRole('button', { name: 'Reopen task' }).waitFor();
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('table', { name: 'Tasks of this ticket' }).getByRole('row', { name: /Replace the projector lamp/ }).getByText('Closed').waitFor();
    const again = await tryResolve(page);
    await again.waitFor({ state: 'detached' });
    await page.locator('dl').getByText('Resolved').waitFor();
    expect((await ticketOf(reference)).status.name).toBe('Resolved');
    expectClean();
  });

  it("shows another department's agent the task and its notes, and the ticket's reference without a link", async () => {
    const reference = await openTicket('Radiator in room 12 is cold');
    const task = await newTask({ title: 'Bleed the radiator', departmentId: marc.departmentIds.Maintenance, ticket: reference });
    await t.api.http().post(at(SLUG, `tasks/${task.id}/notes`)).set(bearer(anna.token)).send({ body: 'The requester is in room 12 all morning.' }).expect(201);
    const { page, expectClean } = await t.newPage();
    await signInAgent(page, marc, `/${SLUG}/scp/tasks/queues/department`);
    const queue = page.getByRole('table', { name: "My departments' tasks" });
    const row = queue.getByRole('row', { name: /Bleed the radiator/ });
    await row.getByText(reference, { exact: true }).waitFor();
    expect(await row.getByRole('link', { name: reference }).count()).toBe(0);

    await row.getByRole('link', { name: 'Bleed the radiator' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bleed the radiator' }).waitFor();
    await page.getByText(`${reference} (another department's ticket)`).waitFor();
    expect(await page.getByRole('link', { name: new RegExp(reference.replace(/[#]/g, '\\$&')) }).count()).toBe(0);
    await page.getByRole('list', { name: 'Notes' }).getByText('The requester is in room 12 all morning.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expectClean();
  });

  it('offers a limited role notes on a task and none of the actions it does not allow', async () => {
    const task = await newTask({ title: 'Count the spare keyboards', departmentId: anna.departmentIds[Object.keys(anna.departmentIds)[0]] });
    const { page, expectClean } = await t.newPage({ language: 'ca' });
    await page.goto(`/${SLUG}/scp/`);
    await page.evaluate(() => window.localStorage.setItem('tessera.language', 'ca'));
    await signInAgent(page, sara, `/${SLUG}/scp/tasks/${task.id}`);
    await page.getByRole('heading', { level: 1, name: 'Count the spare keyboards' }).waitFor();
    await page.getByRole('textbox', { name: 'Nota' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Accions' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Tanca la tasca|Edita|Assigna|Suprimeix/ }).count()).toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Les meves tasques' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expectClean();
  });
});
