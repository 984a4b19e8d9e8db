/** The own-workload editor and the import dialog have no axe violations, and a refused value records no undo step. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { settled } from './helpers';

const COMPOSE = `services:
  web: { image: nginx }
  api: { image: ghcr.io/acme/api, mem_reservation: 300m }
`;
const violations = async (page: Page) =>
	(await new AxeBuilder({ page }).include('dialog[open]').analyze()).violations;

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await settled(page);
});

test('the import dialog, in each of its phases, has no axe violations', async ({ page }) => {
	await page.getByRole('button', { name: 'Import from text' }).click();
	const d = page.getByRole('dialog', { name: /Import a compose file/ });
	await expect(d).toBeVisible();
	expect(await violations(page)).toEqual([]);
	await d.getByLabel(/Paste a compose file/).fill(COMPOSE);
	await d.getByRole('button', { name: 'Read it' }).click();
	await expect(d.getByRole('table')).toBeVisible();
	expect(await violations(page)).toEqual([]);
	await d.getByRole('button', { name: 'Cancel' }).click();
	await page.getByRole('button', { name: 'Import from text' }).click();
	await d.getByLabel(/Paste a compose file/).fill('a: [unclosed');
	await d.getByRole('button', { name: 'Read it' }).click();
	await expect(d.getByRole('alert')).toContainText('Nothing was changed');
	expect(await violations(page)).toEqual([]);
});

test('the editor has no axe violations, and a value that is not a number changes nothing', async ({
	page
}) => {
	await page.getByRole('button', { name: '+ Your own workload' }).click();
	const e = page.getByRole('dialog', { name: /Your own workload/ });
	expect(await violations(page)).toEqual([]);
	await e.getByLabel('Name').fill('Checkout');
	await e.getByRole('button', { name: 'Create' }).click();
	await expect(e.getByRole('heading')).toHaveText('Your own workload: Checkout');
	await e.getByText('Measurements from a real system').click();
	expect(await violations(page)).toEqual([]);

	const start = e.getByLabel('App start time');
	await start.fill('');
	await start.press('Enter');
	await expect(e.getByRole('status')).toHaveText('App start time is empty; nothing was changed.');
	await e.getByRole('button', { name: 'Done' }).click();
	// One undo takes back the creation itself: the refused value left no step.
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('button', { name: 'Edit your workload Checkout' })).toHaveCount(0);
});
