/** Pasted measurements set an own workload's memory, CPU and image, and sit beside the model's figures. */
import { describe, expect, it } from 'vitest';
import { readMeasurement } from '$lib/import/measure';
import { evaluate, defaultScenario, type OwnWorkload, type Scenario } from '$lib/model';
import { ownBaseLayer, UNPACK_RATIO, workloadFigures } from '$lib/model/workloadFigures';
import {
	applyMeasurement,
	bestChoice,
	differenceInWords,
	measuredChoices,
	modelInputsOf,
	modelVsMeasured
} from '$lib/workloads/measurement';
import { formatMiB } from '$lib/model/format';

const STATS = `CONTAINER ID   NAME          CPU %     MEM USAGE / LIMIT     MEM %     NET I/O          BLOCK I/O        PIDS
3f1c2a9b8d7e   shop-api-1    12.50%    183.4MiB / 512MiB     35.82%    1.2MB / 800kB    0B / 0B          11
9a8b7c6d5e4f   shop-db-1     2.00%     420MiB / 2GiB         20.51%    5MB / 4MB        10MB / 50MB      20`;

const IMAGES = `REPOSITORY              TAG       IMAGE ID       CREATED        SIZE
ghcr.io/acme/shop-api   latest    0123456789ab   2 days ago     412MB`;

const shop: OwnWorkload = {
	id: 'own-shop-api',
	name: 'shop-api',
	family: 'linux',
	base: 'python-api'
};
const inputsFor = (w: OwnWorkload) => modelInputsOf(w, [w]);
function read(text: string) {
	const r = readMeasurement(text);
	if (!r.ok) throw new Error(r.error.message);
	return r.measurement;
}

describe('modelInputsOf', () => {
	it('reads the own workload’s libraries and base layer as the model has them', () => {
		expect(modelInputsOf(shop, [shop])).toEqual({
			binsLibsMiB: workloadFigures(shop.id, [shop])!.binsLibsMiB.value,
			baseLayerUnpackedMiB: ownBaseLayer(shop)!.unpackedMiB,
			unpackRatio: UNPACK_RATIO.value
		});
		// Its own libraries figure, where it sets one, wins over the base's.
		const mine = { ...shop, binsLibsMiB: 99 };
		expect(modelInputsOf(mine, [mine]).binsLibsMiB).toBe(99);
	});
});

describe('measuredChoices and bestChoice', () => {
	it('lists each container of docker stats with its memory and CPU, and picks the one named like the workload', () => {
		const choices = measuredChoices(read(STATS));
		expect(choices.map((c) => c.label)).toEqual(['shop-api-1', 'shop-db-1']);
		expect(choices[0]!.cpuCores).toBeCloseTo(0.125, 6);
		expect(choices[0]!.memoryMiB).toBeCloseTo(183.4, 6);
		expect(bestChoice(choices, 'Shop DB')).toBe(1);
		expect(bestChoice(choices, 'nothing alike')).toBe(0);
	});

	it('lists images of docker image ls with their size on disk', () => {
		const [img] = measuredChoices(read(IMAGES));
		expect(img!.label).toBe('ghcr.io/acme/shop-api:latest');
		expect(img!.imageMiB).toBeCloseTo((412 * 1e6) / 1048576, 3);
	});
});

describe('applyMeasurement', () => {
	const inputs = inputsFor(shop);

	it('sets the working set to the measured memory less the libraries, and the CPU as measured', () => {
		const [api] = measuredChoices(read(STATS));
		const { workload, said } = applyMeasurement(shop, api!, 'docker stats: shop-api-1', inputs);
		expect(workload.appMiB).toBeCloseTo(183.4 - inputs.binsLibsMiB, 6);
		expect(workload.demandCores).toBeCloseTo(0.125, 6);
		expect(workload.measured).toEqual({
			source: 'docker stats: shop-api-1',
			memoryMiB: api!.memoryMiB,
			cpuCores: api!.cpuCores
		});
		expect(said[0]).toContain(formatMiB(inputs.binsLibsMiB));
	});

	it('turns a measured image into compressed own layers above the base, through the unpack ratio', () => {
		const [img] = measuredChoices(read(IMAGES));
		const { workload } = applyMeasurement(shop, img!, 'docker image ls', inputs);
		expect(workload.layers).toHaveLength(1);
		expect(workload.layers![0]!.compressedMiB).toBeCloseTo(
			(img!.imageMiB! - inputs.baseLayerUnpackedMiB) / inputs.unpackRatio,
			6
		);
		// The model's image on disk then equals the measured one.
		const s: Scenario = {
			...defaultScenario(),
			groups: [{ id: 'a', kind: 'container', workload: shop.id, count: 1 }],
			workloads: [workload]
		};
		const g = evaluate(s).groups[0]!;
		expect(g.image.reduce((n, l) => n + l.unpackedMiB, 0)).toBeCloseTo(img!.imageMiB!, 6);
	});

	it('only records the figures when asked to compare, leaving the model alone', () => {
		const [api] = measuredChoices(read(STATS));
		const { workload } = applyMeasurement(shop, api!, 'docker stats', inputs, false);
		expect(workload.appMiB).toBeUndefined();
		expect(workload.demandCores).toBeUndefined();
		expect(workload.measured?.memoryMiB).toBe(api!.memoryMiB);
	});

	it('clamps a working set that would go below zero', () => {
		const { workload } = applyMeasurement(shop, { label: 'tiny', memoryMiB: 1 }, 'x', inputs);
		expect(workload.appMiB).toBe(0);
	});
});

describe('modelVsMeasured', () => {
	it('puts the report’s per-instance app and library memory beside the measured figure, the difference in words', () => {
		const measuredOnly: OwnWorkload = {
			...shop,
			measured: { source: 'docker stats', memoryMiB: 300, cpuCores: 0.1 }
		};
		const s: Scenario = {
			...defaultScenario(),
			groups: [{ id: 'a', kind: 'container', workload: shop.id, count: 2 }],
			workloads: [measuredOnly]
		};
		const g = evaluate(s).groups[0]!;
		const rows = modelVsMeasured(measuredOnly, g);
		const model = g.memory.perInstance.app + g.memory.perInstance.binsLibs;
		expect(rows[0]!.model).toBe(formatMiB(model));
		expect(rows[0]!.measured).toBe('300 MiB');
		expect(rows[0]!.difference).toMatch(
			model < 300 ? /below what was measured/ : /above what was measured/
		);
		expect(rows).toHaveLength(2);
	});
});

describe('differenceInWords', () => {
	it.each([
		[110, 100, 'The model is 10 MiB (10 %) above what was measured.'],
		[90, 100, 'The model is 10 MiB (10 %) below what was measured.'],
		[100.5, 100, 'The same, within 1 %.'],
		[5, 0, 'The model is 5 MiB above what was measured.'],
		[0, 0, 'The same.']
	])('differenceInWords(%d, %d) is “%s”', (model, measured, words) => {
		expect(differenceInWords(model, measured, formatMiB)).toBe(words);
	});
});
