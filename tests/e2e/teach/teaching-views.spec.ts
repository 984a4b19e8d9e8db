import { expect, test, type Locator, type Page } from '@playwright/test';
import { evaluate } from '../../../src/lib/model';
import { lessonById } from '../../../src/lib/teach/lessons';

/**
 * The classroom, as a teacher meets it (issue 13): the quiz by keyboard and the host it asks
 * about, and lesson pictures that agree with their captions and the model. Presenting — a
 * clicker, a phone, a long name, the race's colour key, the text size — is classroom-present.spec.
 */

// Several pages and key presses per test, on a machine other suites may be loading too.
test.describe.configure({ timeout: 60_000 });

const stepOf = (id: string, n: number) => lessonById(id)!.steps[n - 1]!;
const caption = (page: Page) => page.locator('[data-caption]');

async function openLive(page: Page, url: string) {
	await page.goto(url);
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
}

test.describe('the quiz by keyboard (item 2)', () => {
	async function classic(page: Page) {
		await openLive(page, '/');
		await page.getByRole('button', { name: 'Quiz' }).click();
		const next = page.getByRole('button', { name: 'Next question →' });
		while (await next.isEnabled()) await next.click();
		const q = page.locator('[data-question="classic"]');
		await expect(q).toBeVisible();
		return q;
	}

	test('arrows move between the answers without answering; Enter answers the one chosen', async ({
		page
	}) => {
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
		await expect(page.locator('[data-score]')).toHaveText('Score: 0 of 0');

		await page.keyboard.press('Enter');
		await expect(q.locator('[data-explanation]')).toHaveCount(4);
		await expect(page.locator('[data-score]')).toHaveText('Score: 0 of 1');
		await expect(q.locator('li.chosen')).toHaveAttribute('data-choice', 'any-os');

		// Once answered, the arrows change neither the answer nor the score.
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Enter');
		await expect(q.locator('li.chosen')).toHaveAttribute('data-choice', 'any-os');
		await expect(radios.nth(2)).toBeChecked();
		await expect(page.locator('[data-score]')).toHaveText('Score: 0 of 1');
	});

	test('Space answers the answer under the focus; a click answers at once', async ({ page }) => {
		const q = await classic(page);
		const radios = q.getByRole('radio');
		await radios.first().focus();
		await page.keyboard.press(' ');
		await expect(q.locator('li.chosen')).toHaveAttribute('data-choice', 'light');
		await expect(page.locator('[data-score]')).toHaveText('Score: 1 of 1');

		await page.reload();
		const again = await classic(page);
		await again.getByText('They need no operating system at all.').click();
		await expect(again.locator('li.chosen')).toHaveAttribute('data-choice', 'no-os');
		await expect(again.locator('[data-explanation]')).toHaveCount(4);
		await expect(page.locator('[data-score]')).toHaveText('Score: 1 of 2');
	});
});

test('the quiz says which host it asks about, also in presentation mode (item 14)', async ({
	page
}) => {
	await openLive(page, '/?present');
	await page.getByRole('button', { name: 'Quiz' }).click();
	const host = page.locator('[data-quiz-host]');
	await expect(host).toHaveText(
		'This host: 16 cores · 64 GiB memory · 1,000 GiB disk · Linux, KVM (QEMU), Docker Engine'
	);
	await expect(host).toBeInViewport();
	// Another host, another line: the Mac laptop of the Docker lesson.
	await openLive(page, '/?present&lesson=laptop&step=2');
	await page.getByRole('button', { name: 'Quiz' }).click();
	await expect(host).toContainText('8 cores · 16 GiB memory · 512 GiB disk · macOS');
});

test('density, step 2: the bars are each group’s memory on one scale, as the caption says (item 7)', async ({
	page
}) => {
	const step = stepOf('density', 2);
	const report = evaluate(step.scenario);
	await page.goto('/?lesson=density&step=2');
	await expect(caption(page)).toContainText(step.caption);
	/** The filled share of a row's track, 0 to 1. */
	const filled = (row: Locator) =>
		row.locator('.bar').evaluate((bar) => {
			const fill = bar.firstElementChild!.getBoundingClientRect().width;
			return fill / bar.getBoundingClientRect().width;
		});
	const share = (id: string) =>
		report.groups.find((g) => g.id === id)!.memory.totalMiB / report.memory.capacityMiB;
	const vms = await filled(page.locator('[data-density="vms"]'));
	const cts = await filled(page.locator('[data-density="cts"]'));
	// Drawn to the model's numbers (a 2 px sliver at least).
	expect(vms).toBeCloseTo(share('vms'), 2);
	expect(Math.abs(cts - share('cts'))).toBeLessThan(0.01);
	// The caption: ten VMs about a third of the memory, ten containers less than one VM.
	expect(vms).toBeGreaterThan(0.25);
	expect(vms).toBeLessThan(0.42);
	expect(cts).toBeLessThan(vms / 10);
	await expect(page.locator('.density .scale')).toContainText('a whole bar is this host’s 32 GiB');

	// Fifty VMs need more than the host has: that bar is full and marked.
	await page.goto('/?lesson=density&step=3');
	await expect(page.locator('[data-density="vms"] .bar')).toHaveClass(/over/);
	await expect(page.locator('[data-density="vms"]')).toContainText('more than the host’s 32 GiB');
	await expect(page.locator('[data-density="cts"] .bar')).not.toHaveClass(/over/);
});

test('Docker on a laptop, step 4: on macOS the containers share the hidden VM’s kernel, not the host’s (item 8)', async ({
	page
}) => {
	await page.goto('/?lesson=laptop&step=4');
	await expect(caption(page)).toContainText(stepOf('laptop', 4).caption);
	const stack = page.locator('[data-stack="container"]');
	const inside = stack.locator('[data-inside="utility-vm"]');
	await expect(inside).toContainText('Inside the hidden Linux VM');
	await expect(inside.locator('.card')).toContainText('it shares the hidden VM’s Linux kernel');
	await expect(inside).toContainText('Container engine');
	await expect(inside).toContainText('macOS has no Linux kernel');
	await expect(stack).not.toContainText('uses the host’s kernel');

	// On Linux the container does use the host's kernel, and there is no hidden VM.
	await page.goto('/?lesson=stacks&step=1');
	const linux = page.locator('[data-stack="container"]');
	await expect(linux.locator('[data-inside="host"]')).toContainText('It uses the host’s kernel');
	await expect(linux).not.toContainText('hidden');
});

/** The stack's block names from the bottom of the screen up. */
const bottomUp = (stack: Locator) =>
	stack.locator('.block').evaluateAll((blocks) =>
		blocks
			.map((b) => ({
				name: b.querySelector('.name')!.textContent!.trim(),
				y: b.getBoundingClientRect().top
			}))
			.sort((a, b) => b.y - a.y)
			.map((b) => b.name)
	);

/** "hardware → host OS → hypervisor → …" as a caption writes a stack, each name in lower case. */
function captionStack(text: string, kind: 'A VM stacks' | 'a container,'): string[] {
	const from = text.indexOf(kind) + kind.length;
	return text
		.slice(from)
		.split(/[;.]/)[0]!
		.split('→')
		.map((s) => s.trim().toLowerCase());
}

test('Two stacks: the picture stacks the layers in the caption’s order, and says why KVM is type 1 (item 17)', async ({
	page
}) => {
	const step = stepOf('stacks', 1);
	await page.goto('/?lesson=stacks&step=1');
	await expect(caption(page)).toContainText(step.caption);
	const vm = page.locator('[data-stack="vm"]');
	const ct = page.locator('[data-stack="container"]');
	await expect(vm.locator('.block').first()).toBeVisible();

	for (const [stack, kind] of [
		[vm, 'A VM stacks'],
		[ct, 'a container,']
	] as const) {
		const words = captionStack(step.caption, kind);
		expect(words[0]).toBe('hardware');
		expect(words.at(-1)).toBe('app');
		// Each layer the caption names is a block, and the blocks rise in the caption's order.
		const names = (await bottomUp(stack)).map((n) => n.toLowerCase());
		const at = words.map((w) => names.findIndex((n) => n.includes(w)));
		expect(at, `${kind}: ${names.join(' / ')}`).not.toContain(-1);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
	}
	// KVM: the host OS and the hypervisor are framed as one kernel, and both the picture and the
	// caption say why that makes it type 1.
	const base = vm.locator('[data-base="kernel"]');
	await expect(base).toContainText('Hypervisor, type 1');
	await expect(base).toContainText('with KVM, its kernel is the hypervisor');
	expect(step.caption).toMatch(/kernel itself becomes the hypervisor, so KVM is type 1/);

	// VirtualBox: hardware → host OS → hypervisor, an application on it.
	const vmStackOf = async (n: number) => {
		await page.goto(`/?lesson=stacks&step=${n}`);
		await expect(caption(page)).toContainText(stepOf('stacks', n).caption);
		await expect(page.locator('[data-stack="vm"] .block').first()).toBeVisible();
		return bottomUp(page.locator('[data-stack="vm"]'));
	};
	const hosted = await vmStackOf(2);
	expect(hosted.slice(0, 3)).toEqual(['Hardware', 'Host OS', 'Hypervisor, type 2']);
	// ESXi: the hypervisor is the host; there is no host OS under the VMs.
	const bare = await vmStackOf(3);
	expect(bare.slice(0, 2)).toEqual(['Hardware', 'Hypervisor, type 1']);
	expect(bare).not.toContain('Host OS');
});
