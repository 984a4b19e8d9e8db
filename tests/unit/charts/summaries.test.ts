/**
 * The one-sentence summary under each chart, for the default scenario (nginx three ways on the
 * default host): what a person reads first, and a screen reader's text alternative.
 */
import { describe, expect, it } from 'vitest';
import { densitySeries, densitySummary } from '$lib/charts/densityData';
import { diskLayout, diskSummary } from '$lib/charts/diskData';
import { memoryRows, memorySummary } from '$lib/charts/memoryData';
import { startupRows, startupSummary } from '$lib/charts/startupData';
import { defaultScenario, evaluate, kindTable, workloadNameIn } from '$lib/model';

const scenario = defaultScenario();
const report = evaluate(scenario);
const kinds = kindTable(scenario, 'nginx');
const name = workloadNameIn(report, 'nginx');

describe('the default scenario’s chart summaries', () => {
	it('memorySummary(report, rows) gives the host’s memory in use of its capacity', () => {
		expect(memorySummary(report, memoryRows(report, scenario))).toContain(
			'of its 64 GiB of memory'
		);
	});

	it('densitySummary(series, name, capacity) says how many of the workload fit', () => {
		expect(name).toBe('nginx web server');
		expect(densitySummary(densitySeries(kinds), name, scenario.host.memoryMiB)).toContain(
			'nginx web server fits'
		);
	});

	it('startupSummary(rows, name) names the image cache a container starts from', () => {
		expect(startupSummary(startupRows(kinds), name)).toContain('from a cold image cache');
	});

	it('diskSummary(layout, disk) counts the container images and gives the host’s disk', () => {
		const summary = diskSummary(diskLayout(report), report.disk);
		expect(summary).toContain('1 container image');
		expect(summary).toContain('of 1,000 GiB');
	});
});
