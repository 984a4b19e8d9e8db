import { expect, test } from '../fixtures/app';
import type { Page } from '@playwright/test';
import { NGINX_VMS } from '../fixtures/helpers';
import { expectNoScroll, expectOnScreen, smallText } from './screen';

const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
const fitCount = (page: Page, kind: string) => page.locator(`tr[data-kind="${kind}"] td.num`);
const score = (page: Page) => page.locator('[data-score]');

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
	app,
	page
}) => {
	await app.open('/');
	await page.getByRole('button', { name: 'Quiz' }).click();
	await expect(question(page, 'fit-containers')).toContainText(
		'How many nginx web server containers fit'
	);
	await expect(
		question(page, 'fit-containers').getByRole('button', { name: 'Reveal' })
	).toBeDisabled();

	const answer = await reveal(page, 'fit-containers', '100');
	await expect(answer).toHaveText(
		`${(await fitCount(page, 'container').textContent())!.trim()} containers`
	);
	await expect(question(page, 'fit-containers')).toContainText('too low');

	const vms = await reveal(page, 'fit-vms', String(NGINX_VMS));
	await expect(vms).toHaveText(`${(await fitCount(page, 'vm').textContent())!.trim()} VMs`);
	await expect(question(page, 'fit-vms')).toContainText('Exactly right');

	// The questions read the live scenario: another workload, another answer.
	await page
		.getByRole('region', { name: 'What fits on an empty host' })
		.getByRole('combobox')
		.selectOption('postgres');
	await expect(question(page, 'fit-vms')).toContainText('PostgreSQL database VMs');
	await expect(vms).toHaveText(`${(await fitCount(page, 'vm').textContent())!.trim()} VMs`);
});

test.describe('the classic question', () => {
	/** Open the quiz and go on to the classic question, the last. */
	async function classic(page: Page) {
		await page.getByRole('button', { name: 'Quiz' }).click();
		await expect(page.locator('[data-question-of]')).toHaveText(`Question 1 of ${ORDER.length}`);
		const q = await show(page, 'classic');
		await expect(page.locator('[data-question-of]')).toHaveText(
			`Question ${ORDER.length} of ${ORDER.length}`
		);
		return q;
	}

	test('a click on an answer answers at once, and explains the answer chosen and every other', async ({
		app,
		page
	}) => {
		await app.open('/');
		const q = await classic(page);
		await expect(
			page.getByText('What is the main advantage of containers over virtual machines?')
		).toBeVisible();
		await expect(q.locator('[data-explanation]')).toHaveCount(0);
		await q.getByText('They isolate applications more strongly than VMs.').click();
		await expect(q.getByLabel('They isolate applications more strongly than VMs.')).toBeChecked();
		await expect(q.locator('li.chosen')).toHaveAttribute('data-choice', 'isolation');
		await expect(q.locator('[data-explanation="isolation"]')).toContainText(
			'that is where VMs win'
		);
		await expect(q.locator('[data-explanation="light"]')).toContainText(
			'share the host’s kernel and carry no guest OS'
		);
		await expect(q.locator('[data-explanation]')).toHaveCount(4);
		await expect(score(page)).toHaveText('Score: 0 of 1');
	});

	test('the arrow keys move between the answers without answering; Enter answers the one chosen', async ({
		app,
		page
	}) => {
		await app.open('/');
		const q = await classic(page);
		const radios = q.getByRole('radio');
		await radios.first().focus();
		await page.keyboard.press('ArrowDown');
		await expect(radios.nth(1)).toBeChecked();
		await expect(radios.nth(1)).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(radios.nth(2)).toBeChecked();
		// Moving scored nothing and revealed nothing.
		await expect(q.locator('[data-explanation]')).toHaveCount(0);
		await expect(score(page)).toHaveText('Score: 0 of 0');

		await page.keyboard.press('Enter');
		await expect(q.locator('[data-explanation]')).toHaveCount(4);
		await expect(score(page)).toHaveText('Score: 0 of 1');
		await expect(q.locator('li.chosen')).toHaveAttribute('data-choice', 'any-os');

		// Once answered, the arrows change neither the answer nor the score.
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Enter');
		await expect(q.locator('li.chosen')).toHaveAttribute('data-choice', 'any-os');
		await expect(radios.nth(2)).toBeChecked();
		await expect(score(page)).toHaveText('Score: 0 of 1');
	});

	test('Space answers the answer under the focus', async ({ app, page }) => {
		await app.open('/');
		const q = await classic(page);
		await q.getByRole('radio').first().focus();
		await page.keyboard.press(' ');
		await expect(q.locator('li.chosen')).toHaveAttribute('data-choice', 'light');
		await expect(q.locator('[data-explanation]')).toHaveCount(4);
		await expect(score(page)).toHaveText('Score: 1 of 1');
	});
});

test('the score is kept in this browser across a reload', async ({ app, page }) => {
	await app.open('/');
	await page.getByRole('button', { name: 'Quiz' }).click();
	await reveal(page, 'fit-vms', '56');
	await show(page, 'classic');
	await page.getByLabel('They are lighter and start faster, so many more fit on one host.').check();
	await expect(score(page)).toHaveText('Score: 2 of 2');
	expect(await page.evaluate(() => localStorage.getItem('overhead-sandbox:quiz'))).toBe(
		JSON.stringify({ answered: 2, points: 2 })
	);
	await page.reload();
	// A click before the page is live is lost: retry until the quiz opens.
	await expect(async () => {
		if (!(await score(page).isVisible())) await page.getByRole('button', { name: 'Quiz' }).click();
		await expect(score(page)).toBeVisible({ timeout: 1000 });
	}).toPass();
	await expect(score(page)).toHaveText('Score: 2 of 2');
	await page.getByRole('button', { name: 'Reset score' }).click();
	await expect(score(page)).toHaveText('Score: 0 of 0');
});

test('with storage blocked (private mode) the quiz still works', async ({ app, page }) => {
	await page.addInitScript(() => {
		const refuse = () => {
			throw new DOMException('blocked', 'SecurityError');
		};
		Object.defineProperty(window, 'localStorage', { get: refuse });
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await app.open('/');
	await page.getByRole('button', { name: 'Quiz' }).click();
	await reveal(page, 'fit-containers', '700');
	await expect(score(page)).toHaveText('Score: 1 of 1');
	expect(errors).toEqual([]);
});

test.describe('in presentation mode at 1024×768', () => {
	test.use({ viewport: { width: 1024, height: 768 } });

	test('the quiz names the host it asks about, and every question, answered, fits the screen', async ({
		app,
		page
	}) => {
		// Every question answered and measured, on a machine that may be busy.
		test.setTimeout(90_000);
		await app.open('/?present');
		await expect(page.locator('html.presenting')).toHaveCount(1);
		await page.getByRole('button', { name: 'Quiz' }).click();
		// The host the quiz asks about, in words (the words themselves: hostInWords, unit-tested).
		const host = page.locator('[data-quiz-host]');
		await expect(host).toHaveText(
			'This host: 16 cores · 64 GiB memory · 1,000 GiB disk · Linux, KVM (QEMU), Docker Engine'
		);
		await expect(host).toBeInViewport();
		const counter = page.locator('[data-question-of]');
		await expect(counter).toHaveText(/^Question 1 of (\d+)$/);
		const total = Number((await counter.textContent())!.match(/of (\d+)/)![1]);
		for (let n = 1; n <= total; n++) {
			const q = page.locator('.question:not([hidden])');
			const what = `quiz question ${n}`;
			await expectNoScroll(page, `${what}, unanswered`);
			if (n < total) {
				await q.getByRole('spinbutton').fill('100');
				await q.getByRole('button', { name: 'Reveal' }).click();
				await expect(q.locator('[data-answer]')).toBeVisible();
				// The answer says its unit once: "150 MiB more.", never "150 MiB more MiB."
				await expect(q.locator('.answer')).not.toHaveText(/(\b\w+\b)(?: more)? \1\./);
			} else {
				await q.getByRole('radio').first().click();
				await expect(q.locator('[data-explanation]')).toHaveCount(4);
			}
			await expectNoScroll(page, what);
			await expectOnScreen(
				page.locator('.quiz [data-quiz-host], .question:not([hidden]) :is(label, p, legend, li)'),
				what
			);
			await expectOnScreen(page.locator('.quiz .nav > *'), `${what}, buttons`);
			expect(await smallText(page.locator('section.quiz')), `${what}: small text`).toEqual([]);
			if (n < total) {
				await page.getByRole('button', { name: 'Next question →' }).click();
				await expect(counter).toHaveText(`Question ${n + 1} of ${total}`);
			}
		}
	});
});
