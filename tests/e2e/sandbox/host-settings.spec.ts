/**
 * The host and group settings in the built app: networking, guest memory, a Kubernetes node, a
 * group's CPU demand, guest OS and isolation, macOS's hidden Linux VM. Each, set on the page,
 * changes the figure on screen the way the model says, and undo and the link keep it. The settings'
 * choices and figures themselves are unit-checked (tests/unit/choices.test.ts, cpu.test.ts,
 * memory.test.ts, kubernetes-host.test.ts, explain-host.test.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import {
	DEFAULT_HOST,
	defaultScenario,
	evaluate,
	formatCores,
	formatCount,
	formatMiB,
	formatMs,
	maxInstances,
	type Group,
	type Host,
	type Scenario
} from '../../../src/lib/model';
import { guestOsChoices } from '../../../src/lib/model/choices';
import { explain } from '../../../src/lib/model/explain';
import { decodeLink } from '../../../src/lib/scenario/link';
import { linkOf, v1Link } from '../fixtures/helpers';

const card = (page: Page, name: string) => page.locator('li.card', { hasText: name });
const fitRow = (page: Page, kind: string) =>
	page.getByRole('region', { name: 'What fits on an empty host' }).locator(`tr[data-kind=${kind}]`);
const undo = (page: Page) => page.locator('header').getByRole('button', { name: /Undo/ }).click();

function scenario(host: Partial<Host>, groups: Group[]): Scenario {
	return {
		...defaultScenario(),
		name: 'host settings',
		host: { ...DEFAULT_HOST, ...host },
		groups
	};
}
async function open(page: Page, s?: Scenario) {
	await page.goto(s ? `/?s=${v1Link({ scenario: s })}` : '/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
}
/** The host the page's link holds now (undefined until it holds one). */
function linkedHost(page: Page): Host | undefined {
	const s = new URL(page.url()).searchParams.get('s');
	const d = s ? decodeLink(s) : null;
	return d?.ok ? d.state.scenario.host : undefined;
}
/** The link once the address bar holds the host setting just made: a condition, polled. */
async function linkWith(page: Page, key: keyof Host, value: unknown): Promise<string> {
	await expect.poll(() => linkedHost(page)?.[key]).toEqual(value);
	return linkOf(page);
}
async function openTopic(page: Page, topic: 'memory-network' | 'kubernetes') {
	const details = page.locator(`[data-topic=${topic}]`);
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
		await details.locator('summary').click();
	return details;
}
async function openSettings(page: Page, name: string) {
	const c = card(page, name);
	await c.getByText('Settings', { exact: true }).click();
	await expect(c.getByRole('textbox', { name: 'CPU demand (cores)' })).toBeVisible();
	return c;
}

test('host networking lowers the containers’ CPU figure and guest memory backed on touch shows promised against resident, as the model says; undo and the link keep them', async ({
	page
}) => {
	const groups: Group[] = [
		{ id: 'g1', kind: 'container', workload: 'redis', count: 20 },
		{ id: 'g2', kind: 'vm', workload: 'nginx', count: 4 }
	];
	const bridge = scenario({}, groups);
	const hostNet = scenario({ containerNetwork: 'host' }, groups);
	const before = formatCores(evaluate(bridge).cpu.demandCores);
	const after = formatCores(evaluate(hostNet).cpu.demandCores);
	expect(after).not.toBe(before);

	await open(page, bridge);
	const cpu = page.locator('[data-figure=cpu]');
	await expect(cpu).toContainText(`${before} of`);
	const section = await openTopic(page, 'memory-network');
	await section.getByRole('radio', { name: 'Host network' }).check();
	await expect(cpu).toContainText(`${after} of`);
	await expect(section.locator('[data-setting=network] [data-meaning]')).toContainText(
		'share the host’s ports'
	);
	const link = await linkWith(page, 'containerNetwork', 'host');

	// Guest memory backed when first touched: what was promised against what is in use, and the risk.
	const promised = page.locator('[data-promised]');
	await expect(promised).toHaveCount(0);
	await section.getByRole('radio', { name: 'Backed when first touched' }).check();
	const r = evaluate(scenario({ containerNetwork: 'host', guestMemory: 'onTouch' }, groups));
	await expect(promised).toContainText(`Guest RAM promised: ${formatMiB(r.memory.promisedMiB)}`);
	await expect(promised).toContainText(`${formatMiB(r.memory.usedMiB)} in use`);
	await expect(promised.locator('[data-risk]')).toContainText(/swaps.*out-of-memory killer/);

	// Undo takes back one setting at a time.
	await undo(page);
	await expect(promised).toHaveCount(0);
	await undo(page);
	await expect(cpu).toContainText(`${before} of`);
	await expect(section.getByRole('radio', { name: 'Bridge (NAT)' })).toBeChecked();

	await page.goto(link);
	await expect(page.locator('[data-figure=cpu]')).toContainText(`${after} of`);
	await expect(page.getByRole('radio', { name: 'Host network' })).toBeChecked();
});

test('a Kubernetes node: a preset sizes the host and sets the platform as one undoable step; few max pods (clamped past the limit) make pods the limit in the summary and What fits', async ({
	page
}) => {
	await open(page);
	const section = await openTopic(page, 'kubernetes');
	await section.getByRole('switch', { name: 'This host is a Kubernetes node' }).check();
	const platform = section.getByRole('combobox', { name: 'Platform' });

	// A preset: one step sets the size and the platform, with the model's pod limit as the default.
	await section.getByRole('button', { name: 'EKS t3.medium' }).click();
	await expect(platform).toHaveValue('eks');
	await expect(page.getByRole('textbox', { name: 'CPU cores' })).toHaveValue('2');
	// A managed node runs containerd, and the scheduler does not overcommit CPU.
	await expect(page.getByRole('combobox', { name: 'Container engine' })).toHaveValue('containerd');
	await expect(page.getByRole('textbox', { name: 'vCPUs per core' })).toHaveValue('1');
	// t3.medium: 3 ENIs × (6 − 1) + 2 = 17, the model's ENI-based limit.
	const preset: Host = {
		...DEFAULT_HOST,
		cpuCores: 2,
		memoryMiB: 4096,
		engine: 'containerd',
		cpuOvercommit: 1,
		kubernetes: { platform: 'eks', instanceType: 't3.medium' }
	};
	const r = evaluate({ ...defaultScenario(), host: preset });
	await expect(section.locator('[data-pods-default]')).toContainText(
		`default: ${formatCount(r.kubernetes!.maxPods)} pods`
	);
	await undo(page);
	await expect(page.getByRole('textbox', { name: 'CPU cores' })).toHaveValue(
		String(DEFAULT_HOST.cpuCores)
	);
	await expect(page.getByRole('combobox', { name: 'Container engine' })).toHaveValue(
		DEFAULT_HOST.engine
	);

	// An EKS node of the default size with few max pods: pods run out first.
	await platform.selectOption('eks');
	const pods = section.getByRole('textbox', { name: 'Max pods' });
	// A bad value is clamped, and said so.
	await pods.fill('5000');
	await pods.press('Enter');
	await expect(section).toContainText('Max pods goes from 1 to 1,000 pods; set to 1,000.');

	await pods.fill('5');
	await pods.press('Enter');
	await expect(page.locator('[data-figure=fits]')).toContainText(
		'Pods per Amazon EKS node is the limit'
	);
	const host: Host = { ...DEFAULT_HOST, kubernetes: { platform: 'eks', maxPods: 5 } };
	const d = maxInstances(host, { kind: 'container', workload: 'nginx' });
	// aws-node and kube-proxy take 2 of the 5 slots (eks-eni-max-pods: "+2 … host-networking").
	expect(d.count).toBe(5 - 2);
	await expect(fitRow(page, 'container')).toContainText(formatCount(d.count));
	await expect(fitRow(page, 'container').locator('+ tr')).toContainText(
		'“Pods per Amazon EKS node” is the limit'
	);

	// Each reservation shows the formula its explanation gives.
	await section.getByText('What the platform reserves, and why').click();
	const s = { ...defaultScenario(), host };
	for (const figure of ['memoryReserved', 'eviction', 'cpuReserved'] as const)
		await expect(section.locator(`[data-reservation=${figure}]`)).toContainText(
			explain(s, { type: 'node', figure })!.formula
		);
});

test('a group’s settings: its CPU demand changes what fits (a bad value clamped with a message, undoable); a microVM’s guest select offers Linux guests only, a distribution booting slower', async ({
	page
}) => {
	await open(page);
	const row = fitRow(page, 'container');
	const plain = maxInstances(DEFAULT_HOST, { kind: 'container', workload: 'nginx' });
	const busy = maxInstances(DEFAULT_HOST, { kind: 'container', workload: 'nginx', demandCores: 2 });
	expect(busy.count).not.toBe(plain.count);
	await expect(row).toContainText(formatCount(plain.count));

	const c = await openSettings(page, 'nginx as containers');
	const demand = c.getByRole('textbox', { name: 'CPU demand (cores)' });
	await demand.fill('2');
	await demand.press('Enter');
	await expect(row).toContainText(formatCount(busy.count));
	await expect(row).toContainText('CPU');

	await demand.fill('5000');
	await demand.press('Enter');
	await expect(c).toContainText('CPU demand goes from 0 to 768 cores per instance; set to 768.');
	await demand.fill('lots');
	await demand.press('Enter');
	await expect(c).toContainText('“lots” is not a number; kept 768 cores.');

	await undo(page);
	await undo(page);
	await expect(row).toContainText(formatCount(plain.count));

	// The guest select offers the default, then exactly guestOsChoices(microvm, linux): no Windows
	// (the list itself is unit-checked in tests/unit/choices.test.ts).
	const m = await openSettings(page, 'nginx as microVMs');
	const guest = m.getByRole('combobox', { name: 'Guest OS' });
	const choices = guestOsChoices('microvm', 'linux');
	await expect(guest.locator('option')).toHaveText(['Default', ...choices.map((o) => o.label)]);
	expect((await guest.locator('option').allTextContents()).join()).not.toMatch(/Windows/);
	// A select cannot wrap: the default guest's full name is said under it, whole, within the card.
	const named = m.locator('[data-guest-name]');
	await expect(named).toHaveText(`${choices[0]!.label}, the default for this kind`);
	const [card, text] = [(await m.boundingBox())!, (await named.boundingBox())!];
	expect(text.x + text.width).toBeLessThanOrEqual(card.x + card.width);

	await guest.selectOption('ubuntu-24.04');
	const s = defaultScenario();
	s.groups[1] = { ...s.groups[1]!, guestOs: 'ubuntu-24.04' };
	await expect(m.locator('.facts')).toContainText(
		`ready in ${formatMs(evaluate(s).groups[1]!.startup.readyMs)}`
	);
});

test('Windows containers get the isolation select; Hyper-V isolation costs the memory the model says', async ({
	page
}) => {
	const iis = (isolation?: 'hyperv') =>
		scenario({ os: 'windows', hypervisor: 'hyperv' }, [
			{
				id: 'g1',
				kind: 'container',
				workload: 'windows-iis',
				count: 2,
				...(isolation && { isolation })
			}
		]);
	await open(page, iis());
	const c = await openSettings(page, 'IIS');
	await expect(c.locator('[data-isolation-help]')).toContainText('client editions');
	await c.getByRole('combobox', { name: 'Isolation' }).selectOption('hyperv');
	const each = formatMiB(evaluate(iis('hyperv')).groups[0]!.memory.perInstanceMiB);
	expect(each).not.toBe(formatMiB(evaluate(iis()).groups[0]!.memory.perInstanceMiB));
	await expect(c.locator('.facts')).toContainText(`${each} each`);
});

test('on macOS, the hidden Linux VM’s memory limit can be set, with its idle use from the report', async ({
	page
}) => {
	const s = scenario({ os: 'macos', hypervisor: 'apple-vz' }, [
		{ id: 'g1', kind: 'container', workload: 'redis', count: 2 }
	]);
	await open(page, s);
	const section = await openTopic(page, 'memory-network');
	const r = evaluate(s);
	await expect(section.locator('[data-utility-idle]')).toContainText(
		`It holds ${formatMiB(r.utilityVm!.idleMiB)} on its own`
	);
	const limit = section.getByRole('textbox', { name: 'Linux VM memory limit' });
	await expect(limit).toHaveValue(String(r.utilityVm!.limitMiB / 1024));
	await limit.fill('4');
	await limit.press('Enter');
	await expect(section.getByRole('button', { name: 'Use the default' })).toBeVisible();
	const link = await linkWith(page, 'utilityVmMemoryMiB', 4096);
	await page.goto(link);
	await expect(page.getByRole('textbox', { name: 'Linux VM memory limit' })).toHaveValue('4');
});
