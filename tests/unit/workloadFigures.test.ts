/** workloadFigures, baseLayerChoices, ownBaseLayer: what the own-workload editor reads from the model. */
import { describe, expect, it } from 'vitest';
import { IMAGE_LAYERS, WORKLOADS, unpackedMiB, type OwnWorkload } from '$lib/model';
import {
	baseLayerChoices,
	OWN_FIGURES,
	ownBaseLayer,
	UNPACK_RATIO,
	workloadFigures
} from '$lib/model/workloadFigures';

const mine: OwnWorkload = {
	id: 'own-mine',
	name: 'Mine',
	family: 'linux',
	base: 'node-api',
	appMiB: 300,
	ioShare: 0.2
};

describe('workloadFigures', () => {
	it('gives the person’s figures as theirs and the rest from the base, with the base’s notes', () => {
		const f = workloadFigures('own-mine', [mine])!;
		expect(f.appMiB).toMatchObject({ value: 300, yours: true, estimate: false });
		expect(f.ioShare).toMatchObject({ value: 0.2, yours: true });
		const base = WORKLOADS['node-api'];
		expect(f.binsLibsMiB).toEqual({
			value: base.binsLibsMiB.value,
			yours: false,
			estimate: base.binsLibsMiB.estimate,
			note: base.binsLibsMiB.note
		});
		expect(f.appStartMs.value).toBe(base.appStartMs.value);
		expect(Object.keys(f).sort()).toEqual([...OWN_FIGURES].sort());
	});

	it('gives a catalog workload’s own figures, and nothing for an unknown id', () => {
		expect(workloadFigures('redis', undefined)!.appMiB.value).toBe(WORKLOADS.redis.appMiB.value);
		expect(workloadFigures('own-gone', [mine])).toBeUndefined();
	});
});

describe('base layers', () => {
	it('lists every catalog base layer and only those, with sizes compressed and unpacked', () => {
		const choices = baseLayerChoices();
		const bases = Object.entries(IMAGE_LAYERS).filter(([, l]) => l.base);
		expect(choices.map((c) => c.id)).toEqual(bases.map(([id]) => id));
		for (const c of choices) {
			expect(c.unpackedMiB).toBeCloseTo(unpackedMiB(c.id), 9);
			expect(c.unpackedMiB).toBeCloseTo(c.compressedMiB * UNPACK_RATIO.value, 9);
		}
	});

	it('ownBaseLayer is the one named, else the base workload’s', () => {
		expect(ownBaseLayer(mine)!.id).toBe(
			WORKLOADS['node-api'].layers.find((id) => IMAGE_LAYERS[id].base)
		);
		expect(ownBaseLayer({ ...mine, baseLayer: 'alpine-3' })!.id).toBe('alpine-3');
	});
});
