import { expect, test } from '../fixtures/app';
import type { Locator, Page } from '@playwright/test';
import { evaluate } from '../../../src/lib/model';
import { lessonById } from '../../../src/lib/teach/lessons';

/**
 * The lesson pictures agree with their captions and the model (issue 13): the density bars, the
 * hidden VM of Docker on a Mac, the order of the layers in the two stacks. What the captions claim
 * about the numbers is the model's, checked in tests/unit/teach/lessons.test.ts; here, that the
 * picture draws them. Presenting is presenter.spec.ts; the quiz is quiz.spec.ts.
 */

const stepOf = (id: string, n: number) => lessonById(id)!.steps[n - 1]!;
const caption = (page: Page) => page.locator('[data-caption]');

/** Click Next and wait for step `n` of lesson `id`. */
async function nextStep(page: Page, id: string, n: number) {
	await page.getByRole('button', { name: 'Next →' }).click();
	await expect(page.locator('[data-step-of]')).toHaveText(new RegExp(`^${n} of `));
	await expect(caption(page)).toContainText(stepOf(id, n).caption);
}

test('density: the bars draw each group’s memory on one scale, and a bar over the host’s memory is full and marked', async ({
	app,
	page
}) => {
	const step = stepOf('density', 2);
	const report = evaluate(step.scenario);
	await app.openLessonStep('density', 2);
	await expect(caption(page)).toContainText(step.caption);
	/** The filled share of a row's track, 0 to 1. */
	const filled = (row: Locator) =>
		row.locator('.bar').evaluate((bar) => {
			const fill = bar.firstElementChild!.getBoundingClientRect().width;
			return fill / bar.getBoundingClientRect().width;
		});
	const share = (id: string) =>
		report.groups.find((g) => g.id === id)!.memory.totalMiB / report.memory.capacityMiB;
	// Drawn to the model's numbers (a 2 px sliver at least). The caption's "ten VMs about a third
	// of the memory, ten containers less than one VM" is the model's: lessons.test.ts, density step 2.
	expect(await filled(page.locator('[data-density="vms"]'))).toBeCloseTo(share('vms'), 2);
	expect(
		Math.abs((await filled(page.locator('[data-density="cts"]'))) - share('cts'))
	).toBeLessThan(0.01);
	await expect(page.locator('.density .scale')).toContainText('a whole bar is this host’s 32 GiB');

	// Fifty VMs need more than the host has: that bar is full and marked.
	await nextStep(page, 'density', 3);
	await expect(page.locator('[data-density="vms"] .bar')).toHaveClass(/over/);
	await expect(page.locator('[data-density="vms"]')).toContainText('more than the host’s 32 GiB');
	await expect(page.locator('[data-density="cts"] .bar')).not.toHaveClass(/over/);
});

test('Docker on a Mac: the containers share the hidden Linux VM’s kernel, where on Linux they use the host’s', async ({
	app,
	page
}) => {
	await app.openLessonStep('laptop', 4);
	await expect(caption(page)).toContainText(stepOf('laptop', 4).caption);
	const stack = page.locator('[data-stack="container"]');
	const inside = stack.locator('[data-inside="utility-vm"]');
	await expect(inside).toContainText('Inside the hidden Linux VM');
	await expect(inside.locator('.card')).toContainText('it shares the hidden VM’s Linux kernel');
	await expect(inside).toContainText('Container engine');
	await expect(inside).toContainText('macOS has no Linux kernel');
	await expect(stack).not.toContainText('uses the host’s kernel');

	// On Linux the container does use the host's kernel, and there is no hidden VM.
	await app.openLessonStep('stacks', 1);
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

test('Two stacks: the picture stacks the layers in the caption’s order, and frames KVM’s kernel as the type-1 hypervisor', async ({
	app,
	page
}) => {
	const step = stepOf('stacks', 1);
	await app.openLessonStep('stacks', 1);
	await expect(caption(page)).toContainText(step.caption);
	const vm = page.locator('[data-stack="vm"]');
	const ct = page.locator('[data-stack="container"]');
	await expect(vm.locator('.block').first()).toBeVisible();

	// The caption's stacks (the words themselves: lessons.test.ts, two stacks step 1).
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
	// KVM: the host OS and the hypervisor are framed as one kernel, and the picture says why that
	// makes it type 1 (the caption says so too: lessons.test.ts).
	const base = vm.locator('[data-base="kernel"]');
	await expect(base).toContainText('Hypervisor, type 1');
	await expect(base).toContainText('with KVM, its kernel is the hypervisor');

	// VirtualBox: hardware → host OS → hypervisor, an application on it.
	await nextStep(page, 'stacks', 2);
	await expect(page.locator('[data-stack="vm"] [data-base="hosted"]')).toBeVisible();
	const hosted = await bottomUp(vm);
	expect(hosted.slice(0, 3)).toEqual(['Hardware', 'Host OS', 'Hypervisor, type 2']);
	// ESXi: the hypervisor is the host; there is no host OS under the VMs.
	await nextStep(page, 'stacks', 3);
	await expect(page.locator('[data-stack="vm"] [data-base="bare"]')).toBeVisible();
	const bare = await bottomUp(vm);
	expect(bare.slice(0, 2)).toEqual(['Hardware', 'Hypervisor, type 1']);
	expect(bare).not.toContain('Host OS');
});
