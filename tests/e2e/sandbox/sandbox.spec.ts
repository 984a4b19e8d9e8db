/**
 * The sandbox's main loop in the built app: drag workloads onto the host, undo and redo, an
 * overfull host said in words and drawn, typed values checked, and the "?" that explains a figure.
 * The keyboard path of each task is in keyboard.spec.ts.
 */
import { expect, test } from '../fixtures/app';
import { NGINX_VMS, QEMU_FORMULA } from '../fixtures/helpers';

test.beforeEach(async ({ app }) => {
	await app.open();
	await expect(app.page.locator('li.card')).toHaveCount(3);
});

test('dragging palette chips onto the host with the mouse places instances and changes the figures; a Windows container on a Linux host is refused with the reason', async ({
	app,
	page
}) => {
	const memoryBefore = await app.figure('memory').textContent();
	await app.drag(app.chip('Redis cache VM'), app.host);
	await expect(app.card('Redis cache VMs')).toBeVisible();
	await expect(app.count('Redis cache VMs')).toHaveValue('1');
	await expect(app.figure('memory')).not.toHaveText(memoryBefore!);
	await expect(app.figure('vcpus')).toHaveText('9 of 64');

	// A second drop of the same workload and kind joins the same group.
	await app.drag(app.chip('Redis cache VM'), app.host);
	await expect(app.count('Redis cache VMs')).toHaveValue('2');

	// A Windows app as a container on a Linux host is refused, and says why; as a VM it is placed.
	await app.drag(app.chip('Legacy Windows app (IIS) container'), app.host);
	await expect(page.getByRole('alert')).toContainText('needs a Windows kernel');
	await expect(page.locator('li.card')).toHaveCount(4);
	await app.drag(app.chip('Legacy Windows app (IIS) VM'), app.host);
	await expect(app.card('Legacy Windows app (IIS) VMs')).toBeVisible();
	await expect(page.locator('li.card')).toHaveCount(5);
});

test('undo and redo restore every edit, from buttons and keys; a slider drag is one undo step', async ({
	app,
	page
}) => {
	const undo = page.getByRole('button', { name: /Undo/ });
	await app.card('nginx as VMs').getByRole('button', { name: 'One more' }).click();
	await expect(app.count('nginx as VMs')).toHaveValue('5');
	await page.keyboard.press('Control+z');
	await expect(app.count('nginx as VMs')).toHaveValue('4');
	await page.keyboard.press('Control+Shift+z');
	await expect(app.count('nginx as VMs')).toHaveValue('5');
	await undo.click();
	await expect(app.count('nginx as VMs')).toHaveValue('4');

	// The memory slider moved ten steps lowers what fits; one undo puts all ten back.
	const vmFit = page.locator('tr[data-kind="vm"] td.num');
	const memory = page.getByLabel('Memory', { exact: true });
	await expect(vmFit).toHaveText(String(NGINX_VMS));
	await page.getByRole('slider', { name: 'Memory slider' }).focus();
	for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
	await expect.poll(async () => Number(await vmFit.textContent())).toBeLessThan(NGINX_VMS);
	await expect.poll(async () => Number(await memory.inputValue())).toBeLessThan(64);
	await undo.click();
	await expect(memory).toHaveValue('64');
	await expect(vmFit).toHaveText(String(NGINX_VMS));

	// Reset is an edit too: it can be undone.
	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(undo).toBeEnabled();
});

test('an overfull host names the group that does not fit by its human name, draws the overflow, and flags every resource over capacity', async ({
	app,
	page
}) => {
	const summary = page.locator('#host-dropzone-summary');
	const notes = page.getByRole('region', { name: 'Notes' });
	// A palette-placed group is named by workload and kind, never by its id.
	await app.drop('PostgreSQL database VM');
	await app.setCount('PostgreSQL database VMs', 200);
	await expect(summary).toContainText(
		/The \d+(st|nd|rd|th) VM of “PostgreSQL database VMs” does not fit: it needs .* more memory/
	);
	await expect(notes).toContainText('“PostgreSQL database VMs”');
	await expect(summary).not.toContainText(/“g\d+”/);
	await expect(notes).not.toContainText(/“g\d+”/);
	await expect(app.figure('fits')).toContainText('No — memory runs out');
	await expect(page.locator('rect.overflow')).toHaveCount(1);

	// Far over: every resource over capacity is flagged, and said in words.
	await app.setCount('nginx as VMs', 500);
	for (const f of ['memory', 'vcpus', 'cpu', 'disk']) {
		await expect(app.figure(f)).toHaveClass(/bad/);
		await expect(app.figure(f)).toContainText('over capacity');
	}
	await expect(app.figure('fits')).toHaveText(
		'No — memory runs out first; disk, vCPUs and CPU time are over capacity too'
	);
});

test('typed values are checked: out of range is clamped, a fraction of a whole number rounded, a word refused, each with a message; the 1-core host is said in words', async ({
	app,
	page
}) => {
	const cores = page.getByRole('textbox', { name: 'CPU cores' });
	await cores.fill('0');
	await cores.press('Enter');
	await expect(page.getByText('CPU cores goes from 1 to 4,096 cores; set to 1.')).toBeVisible();
	await expect(cores).toHaveValue('1');
	// One core is said in the singular; what runs out is said in words, never as a model id.
	await expect(app.figure('cpu')).toContainText('of 1 core');
	await expect(app.figure('fits')).not.toContainText(/\bcpu\b/);
	const fit = page.getByRole('region', { name: 'What fits on an empty host' });
	for (const cell of await fit.locator('tr[data-kind] td:last-child').allTextContents())
		expect(cell.trim()).not.toMatch(/^(limit|cpu)$/);
	await cores.fill('lots');
	await cores.press('Enter');
	await expect(page.getByText('“lots” is not a number')).toBeVisible();
	await cores.fill('2.7');
	await cores.press('Enter');
	await expect(cores).toHaveValue('3');
	await expect(
		page.getByRole('status').filter({ hasText: '2.7 cores rounds to 3 cores' })
	).toBeVisible();

	// A group's vCPUs, in its card's settings, round the same way.
	const vm = app.card('nginx as VMs');
	await vm.locator('summary').click();
	const vcpus = vm.getByRole('spinbutton').nth(1);
	await vcpus.fill('2.5');
	await vcpus.press('Enter');
	await expect(vm.getByRole('status')).toContainText('2.5 vCPUs rounds to 3 vCPUs');
	await expect(vcpus).toHaveValue('3');
});

test('the "?" beside a VM’s memory breaks the card’s number into its parts; a part gives its formula and sources in plain labels', async ({
	app,
	page
}) => {
	// Each kind's parts and their values are unit-checked (tests/unit/words.test.ts, "explain(instance)").
	const card = app.card('nginx as VMs');
	const each = (await card.locator('.facts').textContent())!.match(/([\d.,]+ [KMGT]iB) each/)![1]!;
	await card.getByRole('button', { name: /^Explain the memory of one instance/ }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('.value')).toContainText(each);
	for (const part of ['Hypervisor', 'Guest kernel', 'Guest OS services', 'App'])
		await expect(dialog.getByRole('rowheader', { name: part })).toBeVisible();

	// A part opens its own explanation: the formula, its sources, labels rather than model ids.
	await dialog.getByRole('button', { name: /^Explain Hypervisor:/ }).click();
	await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
		/^Hypervisor memory of one nginx web server/
	);
	await expect(dialog).toContainText(QEMU_FORMULA);
	await expect(dialog).toContainText('KubeVirt renderresources.go');
	await expect(dialog).not.toContainText(/\bratio\b|guestKernel|binsLibs|hostOs/);

	// Back returns to the whole; Escape closes, and so does Close.
	await dialog.getByRole('button', { name: /^← Back to Memory of one/ }).click();
	await expect(dialog.locator('.value')).toContainText(each);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await card.getByRole('button', { name: /^Explain the memory of one instance/ }).click();
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});
