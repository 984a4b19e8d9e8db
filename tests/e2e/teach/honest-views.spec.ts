/**
 * What the lessons and the sandbox say, against the model: the isolation spectrum on a Windows
 * host, the spectrum table's summary, the image-layers step's baselines, the sandbox presented on
 * a projector, and the density chart's labels on a phone.
 */
import { expect, test } from '../fixtures/app';
import { evaluate, formatMiB, HOST_OS_INFO, kindTable } from '../../../src/lib/model';
import { isolationSpectrum, spectrumSummary } from '../../../src/lib/model/reportSpectrum';
import { lessonById } from '../../../src/lib/teach/lessons';
import { scrollToCharts, showCharts } from '../fixtures/helpers';
import { drawn, smallText } from './screen';

const spectrum = lessonById('spectrum')!;

test('the Windows spectrum step: Linux kinds run in the WSL 2 VM, Windows containers are kept apart by Windows’ own mechanisms', async ({
	app,
	page
}) => {
	const n = spectrum.steps.findIndex((s) => s.scenario.host.os === 'windows') + 1;
	await app.openLessonStep('spectrum', n);
	const rows = page.locator('[data-spectrum] li[data-entry]');
	await expect(rows.first()).toBeVisible();
	// Nothing Linux is drawn as sharing the Windows host's kernel: each says where it runs.
	const vm = HOST_OS_INFO.windows.utilityVmShortName;
	for (const id of ['container', 'gvisor']) {
		const row = page.locator(`[data-spectrum] li[data-entry="${id}"]`);
		await expect(row).toHaveAttribute('data-runs-in', vm);
		await expect(row.locator('[data-where]')).toHaveText(`in ${vm}`);
	}
	const sharing = await page
		.locator('[data-spectrum] li[data-kernel="host"]:not([data-runs-in])')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-entry')));
	expect(sharing).toEqual(['container-process']);
	// The process-isolated Windows container: silos and job objects, none of Linux's mechanisms.
	const detail = page.locator('[data-spectrum] li[data-entry="container-process"] [data-detail]');
	await expect(detail).toContainText('shares the host’s Windows kernel');
	await expect(detail).toContainText('server silo');
	await expect(detail).toContainText('job object');
	for (const linux of ['cgroups', 'seccomp', 'namespaces,'])
		await expect(detail).not.toContainText(linux);
});

test('the spectrum table says what its own figures show about cost against isolation', async ({
	app,
	page
}) => {
	const n = spectrum.steps.findIndex((s) => s.show === 'spectrumTable') + 1;
	const step = spectrum.steps[n - 1]!;
	await app.openLessonStep('spectrum', n);
	const entries = isolationSpectrum(step.scenario, step.fitWorkload ?? 'nginx');
	const summary = spectrumSummary(entries);
	expect(summary).not.toBe('');
	await expect(page.locator('[data-spectrum-summary]')).toHaveText(summary);
	// The figures it rests on are the table's: the fastest kind is ready before the container.
	const ready = (id: string) => entries.find((e) => e.id === id)!.readyMs;
	const fastest = entries.reduce((a, b) => (b.readyMs < a.readyMs ? b : a));
	if (fastest.id !== 'container' && ready(fastest.id) < ready('container'))
		await expect(page.locator('[data-spectrum-summary]')).toContainText(
			'Startup does not rise at every step'
		);
	await expect(page.locator('[data-caption]')).not.toContainText('memory and startup each');
});

test('the image-layers step names each baseline apart', async ({ app, page }) => {
	const layers = lessonById('layers')!;
	const n =
		layers.steps.findIndex((s) => new Set(s.scenario.groups.map((g) => g.workload)).size > 1) + 1;
	const s = layers.steps[n - 1]!.scenario;
	await app.openLessonStep('layers', n);
	const report = evaluate(s);
	const together = report.groups.reduce((t, g) => t + g.diskMiB.total, 0);
	let apart = 0;
	let copies = 0;
	for (const g of s.groups) {
		const alone = kindTable(s, g.workload).find((k) => k.kind === 'container')!.alone.group;
		apart += alone.diskMiB.perInstance + (g.count - 1) * alone.marginal.diskMiB;
		copies += g.count * alone.diskMiB.perInstance;
	}
	const text = page.locator('[data-disk="images"]');
	await expect(text).toContainText(`use ${formatMiB(together)} of disk.`);
	await expect(text).toContainText(`A copy of its image for each would take ${formatMiB(copies)}`);
	await expect(text).toContainText(`saves ${formatMiB(copies - together)}`);
	await expect(text).toContainText(
		`${formatMiB(apart - together)} of it the base the images share`
	);
});

test.describe('the sandbox presented on a 1024×768 projector', () => {
	test.use({ viewport: { width: 1024, height: 768 } });
	test('no text under 20px; the charts wait under their button, and come back on request', async ({
		app,
		page
	}) => {
		await app.open('/?present');
		await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
		expect(await smallText(page.locator('main'))).toEqual([]);
		const height = () => page.evaluate(() => document.documentElement.scrollHeight);
		// The charts load as they come near the screen: scroll down to them.
		await scrollToCharts(page);
		const shown = page.getByRole('button', { name: 'Show charts' });
		await expect(shown).toBeVisible();
		const closed = await height();
		await shown.click();
		await expect(page.locator('[data-chart-id="density"]')).toBeAttached();
		await expect.poll(height).toBeGreaterThan(closed);
		// Leaving presentation, the charts stay as the person chose; a fresh page outside it shows them.
		await app.open('/');
		await scrollToCharts(page);
		await expect(page.getByRole('button', { name: 'Hide charts' })).toBeVisible();
	});
});

test.describe('the density chart on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('its end labels cover neither each other nor any marker', async ({ app, page }) => {
		// Markers glide to a new scale; with reduced motion they jump, so what is measured is final.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await app.open('/');
		await showCharts(page);
		const chart = page.locator('[data-chart-id="density"]');
		await chart.scrollIntoViewIfNeeded();
		await expect(chart.locator('text[data-end-label]').first()).toBeVisible();
		for (const scale of ['Log', 'Linear']) {
			await chart.getByRole('radio', { name: scale }).check();
			await drawn(page);
			const boxes = await chart.evaluate((el) => {
				const box = (e: Element) => {
					const r = e.getBoundingClientRect();
					return { l: r.left, r: r.right, t: r.top, b: r.bottom };
				};
				return {
					labels: [...el.querySelectorAll('text[data-end-label]')].map(box),
					markers: [...el.querySelectorAll('g.point')].map(box),
					plot: box(el.querySelector('svg[data-chart]')!)
				};
			});
			const apart = (
				a: { l: number; r: number; t: number; b: number },
				b: { l: number; r: number; t: number; b: number }
			) => a.r <= b.l || b.r <= a.l || a.b <= b.t || b.b <= a.t;
			expect(boxes.labels.length).toBeGreaterThan(0);
			for (const [i, a] of boxes.labels.entries()) {
				expect(a.l, `${scale}: label ${i} left`).toBeGreaterThanOrEqual(boxes.plot.l);
				expect(a.r, `${scale}: label ${i} right`).toBeLessThanOrEqual(boxes.plot.r);
				for (const b of boxes.labels.slice(i + 1))
					expect(apart(a, b), `${scale}: labels`).toBe(true);
				for (const m of boxes.markers)
					expect(apart(a, m), `${scale}: label ${i} on a marker`).toBe(true);
			}
		}
	});
});
