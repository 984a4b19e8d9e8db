/**
 * A Kubernetes node judged as the scheduler judges it (issue 20): pods that request more than the
 * node's allocatable do not fit, whatever the catalog says they use, and the node's panel says
 * which answer limits, with what the pods request and how many slots its system pods hold.
 */
import { DEFAULT_HOST, evaluate, formatCount, type Scenario } from '../../../src/lib/model';
import { expect, test } from '../fixtures/app';

const scenario: Scenario = {
	version: 1,
	name: 'Requests on a GKE node',
	host: {
		...DEFAULT_HOST,
		cpuCores: 4,
		memoryMiB: 16384,
		engine: 'containerd',
		cpuOvercommit: 1,
		kubernetes: { platform: 'gke' }
	},
	groups: [
		{
			id: 'r',
			kind: 'container',
			workload: 'redis',
			count: 4,
			requestMiB: 2048,
			requestCores: 0.5
		},
		{
			id: 'p',
			kind: 'container',
			workload: 'postgres',
			count: 2,
			requestMiB: 4096,
			requestCores: 2
		}
	]
};

test('pods requesting 16 GiB on a 16 GiB GKE node do not fit, and the panel says requests limit', async ({
	app,
	page
}) => {
	const report = evaluate(scenario);
	// The check can fail: by usage alone (the catalog's redis and postgres) these pods would fit.
	expect(report.kubernetes!.fit).toMatchObject({ byRequests: false, byUsage: true });
	await app.open({ scenario });
	await page.locator('[data-topic=kubernetes] > summary').click();
	const fit = page.locator('[data-node-fit]');
	await expect(fit).toHaveAttribute('data-node-fit', 'requests');
	await expect(fit).toHaveText(report.kubernetes!.fit.summary);
	await expect(page.locator('[data-pods]')).toContainText(
		`${formatCount(report.kubernetes!.systemPods)} of its ${formatCount(report.kubernetes!.maxPods)} slots`
	);
	await expect(app.figure('fits')).not.toContainText('Yes');
});
