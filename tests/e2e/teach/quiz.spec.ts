import { expect, test, type Page } from '@playwright/test';
import { LINK_IN_URL, NGINX_VMS } from '../fixtures/helpers';

/** Open the sandbox and wait until the page is live (it has written its first link). */
async function open(page: Page) {
	await page.goto('/');
	await expect(page).toHaveURL(LINK_IN_URL);
}

const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
const fitCount = (page: Page, kind: string) => page.locator(`tr[data-kind="${kind}"] td.num`);

const ORDER = ['fit-containers', 'fit-vms', 'boot-vm', 'spectrum-memory', 'classic'];

/** Go forward, one question at a time, until question `id` is on screen. */
async function show(page: Page, id: string) {
	const counter = page.locator('[data-question-of]');
	const at = Number((await counter.textContent())!.match(/Question (\d+)/)![1]);
	for (let n = at; n < ORDER.indexOf(id) + 1; n++) {
		await page.getByRole('button', { name: 'Next question →' }).click({ timeout: 5000 });
		await expect(counter).toHaveText(`Question ${n + 1} of ${ORDER.length}`);
	}
	const q = question(page, id);
	await expect(q).toBeVisible();
	return q;
}

async function reveal(page: Page, id: string, guess: string) {
	const q = await show(page, id);
	await q.getByRole('spinbutton').fill(guess);
	await q.getByRole('button', { name: 'Reveal' }).click();
	return q.locator('[data-answer]');
}

test('predict, then reveal: the answer is the what-fits panel’s number, with how close the guess was', async ({
	page
}) => {
	await open(page);
	await page.getByRole('button', { name: 'Quiz' }).click();
	await expect(question(page, 'fit-containers')).toContainText(
		'How many nginx web server containers fit'
	);
	await expect(
		question(page, 'fit-containers').getByRole('button', { name: 'Reveal' })
	).toBeDisabled();

	const answer = await reveal(page, 'fit-containers', '100');
	await expect(answer).toHaveText((await fitCount(page, 'container').textContent())!.trim());
	await expect(question(page, 'fit-containers')).toContainText('too low');

	const vms = await reveal(page, 'fit-vms', String(NGINX_VMS));
	await expect(vms).toHaveText((await fitCount(page, 'vm').textContent())!.trim());
	await expect(question(page, 'fit-vms')).toContainText('Exactly right');

	// The questions read the live scenario: another workload, another answer.
	await page
		.getByRole('region', { name: 'What fits on an empty host' })
		.getByRole('combobox')
		.selectOption('postgres');
	await expect(question(page, 'fit-vms')).toContainText('PostgreSQL database VMs');
	await expect(vms).toHaveText((await fitCount(page, 'vm').textContent())!.trim());
});

test('the classic question explains the answer chosen, and every other', async ({ page }) => {
	await open(page);
	await page.getByRole('button', { name: 'Quiz' }).click();
	await expect(page.locator('[data-question-of]')).toHaveText(`Question 1 of ${ORDER.length}`);
	await show(page, 'classic');
	await expect(page.locator('[data-question-of]')).toHaveText(
		`Question ${ORDER.length} of ${ORDER.length}`
	);
	await expect(
		page.getByText('What is the main advantage of containers over virtual machines?')
	).toBeVisible();
	await expect(page.locator('[data-explanation]')).toHaveCount(0);
	await page.getByLabel('They isolate applications more strongly than VMs.').check();
	await expect(page.locator('[data-explanation="isolation"]')).toContainText(
		'that is where VMs win'
	);
	await expect(page.locator('[data-explanation="light"]')).toContainText(
		'share the host’s kernel and carry no guest OS'
	);
	await expect(page.locator('[data-explanation]')).toHaveCount(4);
	await expect(page.locator('[data-score]')).toHaveText('Score: 0 of 1');
});

test('the score is kept in this browser across a reload', async ({ page }) => {
	await open(page);
	await page.getByRole('button', { name: 'Quiz' }).click();
	await reveal(page, 'fit-vms', '56');
	await show(page, 'classic');
	await page.getByLabel('They are lighter and start faster, so many more fit on one host.').check();
	await expect(page.locator('[data-score]')).toHaveText('Score: 2 of 2');
	expect(await page.evaluate(() => localStorage.getItem('overhead-sandbox:quiz'))).toBe(
		JSON.stringify({ answered: 2, points: 2 })
	);
	await page.reload();
	// A click before the page is live is lost: retry until the quiz opens.
	await expect(async () => {
		if (!(await page.locator('[data-score]').isVisible()))
			await page.getByRole('button', { name: 'Quiz' }).click();
		await expect(page.locator('[data-score]')).toBeVisible({ timeout: 1000 });
	}).toPass();
	await expect(page.locator('[data-score]')).toHaveText('Score: 2 of 2');
	await page.getByRole('button', { name: 'Reset score' }).click();
	await expect(page.locator('[data-score]')).toHaveText('Score: 0 of 0');
});

test('with storage blocked (private mode) the quiz still works', async ({ page }) => {
	await page.addInitScript(() => {
		const refuse = () => {
			throw new DOMException('blocked', 'SecurityError');
		};
		Object.defineProperty(window, 'localStorage', { get: refuse });
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await open(page);
	await page.getByRole('button', { name: 'Quiz' }).click();
	await reveal(page, 'fit-containers', '700');
	await expect(page.locator('[data-score]')).toHaveText('Score: 1 of 1');
	expect(errors).toEqual([]);
});
