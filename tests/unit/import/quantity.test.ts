/** Kubernetes quantities and Compose byte values and cpus, table by table. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeBytesMiB, composeCpus } from '$lib/import/composeValues';
import {
	cpuCores,
	formatCpuQuantity,
	formatMemoryQuantity,
	memoryMiB,
	parseQuantity
} from '$lib/import/quantity';

const MIB = 2 ** 20;

describe('parseQuantity follows Kubernetes’ grammar', () => {
	it.each([
		['512Mi', 512 * MIB],
		['1Ki', 1024],
		['2Gi', 2 * 2 ** 30],
		['1Ti', 2 ** 40],
		['1G', 1e9],
		['100M', 1e8],
		['1k', 1000],
		['1e3', 1000],
		['1E3', 1000],
		['1.5e2', 150],
		['1e-3', 0.001],
		['1E', 1e18],
		['500m', 0.5],
		['0.5', 0.5],
		['.5', 0.5],
		['5.', 5],
		['+2', 2],
		['-1', -1],
		['0', 0],
		['1.5Gi', 1.5 * 2 ** 30],
		[0.25, 0.25],
		[2, 2],
		[1073741824, 2 ** 30]
	] as [string | number, number][])('parseQuantity(%j) = %d', (input, expected) => {
		const q = parseQuantity(input);
		expect(q.ok).toBe(true);
		if (q.ok) expect(q.value).toBeCloseTo(expected, 9);
	});

	it.each([
		['1 Gi', 'contains a space'],
		[' 1Gi', 'contains a space'],
		['1gi', 'did you mean 1Gi?'],
		['1MI', 'did you mean 1Mi?'],
		['512MB', 'without “B”'],
		['2GiB', 'without “B”'],
		['1KB', 'write 1k'],
		['1e', 'unknown suffix “e”'],
		['12x', 'unknown suffix “x”'],
		['abc', 'not a Kubernetes quantity'],
		['1.2.3', 'not a Kubernetes quantity'],
		['', 'empty'],
		['Mi', 'not a Kubernetes quantity'],
		[null, 'missing'],
		[true, 'not a number'],
		[Infinity, 'not a finite number'],
		['1e400', 'too large']
	] as [unknown, string][])('parseQuantity(%j) is refused: %s', (input, reason) => {
		const q = parseQuantity(input);
		expect(q.ok).toBe(false);
		if (!q.ok) expect(q.reason).toContain(reason);
	});
});

describe('memoryMiB and cpuCores', () => {
	it.each([
		['512Mi', 512],
		['1Gi', 1024],
		['1G', 1e9 / MIB],
		['128974848', 123],
		['129e6', 129e6 / MIB]
	] as [string, number][])('memoryMiB(%j) = %f', (input, mib) => {
		const r = memoryMiB(input);
		expect(r.ok && r.value).toBeCloseTo(mib, 6);
		expect(r.ok && r.warning).toBeFalsy();
	});

	it('warns that 500m memory is half a byte, the usual slip for 500Mi', () => {
		const r = memoryMiB('500m');
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.warning).toContain('500Mi');
	});

	it('warns that a plain small number is bytes', () => {
		const r = memoryMiB(512);
		expect(r.ok && r.warning).toContain('bytes');
	});

	it('refuses negative memory and CPU', () => {
		expect(memoryMiB('-1Gi').ok).toBe(false);
		expect(cpuCores('-100m').ok).toBe(false);
	});

	it.each([
		['500m', 0.5],
		['250m', 0.25],
		['1', 1],
		[0.5, 0.5],
		['2', 2],
		['1500m', 1.5]
	] as [unknown, number][])('cpuCores(%j) = %f', (input, cores) => {
		const r = cpuCores(input);
		expect(r.ok && r.value).toBeCloseTo(cores, 9);
	});
});

describe('formatting quantities round-trips through parseQuantity', () => {
	it.each([
		[512 * MIB, '512Mi'],
		[2 ** 30, '1Gi'],
		[1536 * 1024, '1536Ki'],
		[1000, '1000'],
		[0, '0']
	])('formatMemoryQuantity(%d) = %s', (bytes, text) => {
		expect(formatMemoryQuantity(bytes)).toBe(text);
	});

	it('any whole number of Ki, Mi, Gi or Ti parses back to the same bytes', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1_000_000 }),
				fc.constantFrom(2 ** 10, 2 ** 20, 2 ** 30, 2 ** 40),
				(n, factor) => {
					const bytes = n * factor;
					const q = parseQuantity(formatMemoryQuantity(bytes));
					expect(q.ok && q.value).toBe(bytes);
				}
			)
		);
	});

	it('any number of millicores parses back to the same cores', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 256_000 }), (milli) => {
				const cores = milli / 1000;
				const q = parseQuantity(formatCpuQuantity(cores));
				expect(q.ok && q.value).toBeCloseTo(cores, 9);
			})
		);
	});

	it('a number with any suffix is that number times the suffix’s factor', () => {
		const factors: Record<string, number> = {
			Ki: 2 ** 10,
			Mi: 2 ** 20,
			Gi: 2 ** 30,
			k: 1e3,
			M: 1e6,
			G: 1e9,
			m: 1e-3
		};
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 100_000 }),
				fc.constantFrom(...Object.keys(factors)),
				(n, s) => {
					const q = parseQuantity(`${n}${s}`);
					expect(q.ok && q.value).toBeCloseTo(n * factors[s]!, 6);
				}
			)
		);
	});
});

describe('composeBytesMiB reads Docker’s byte values as powers of 1,024', () => {
	it.each([
		['512m', 512],
		['512M', 512],
		['1g', 1024],
		['1gb', 1024],
		['1GB', 1024],
		['1gib', 1024],
		['1024k', 1],
		['1024kb', 1],
		['2.5g', 2560],
		['512 m', 512],
		['1048576', 1],
		['1048576b', 1],
		[1048576, 1],
		[268435456, 256]
	] as [unknown, number][])('composeBytesMiB(%j) = %f MiB', (input, mib) => {
		const r = composeBytesMiB(input);
		expect(r.ok && r.value).toBeCloseTo(mib, 9);
	});

	it.each([
		['lots', 'is not a size'],
		['1x', 'is not a size'],
		['1.5', 'must be whole'],
		['12ib', 'is not a size'],
		[-5, 'not a size in bytes'],
		[{}, 'not a size']
	] as [unknown, string][])('composeBytesMiB(%j) is refused', (input, reason) => {
		const r = composeBytesMiB(input);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toContain(reason);
	});

	it('warns that a small plain number is bytes', () => {
		const r = composeBytesMiB(512);
		expect(r.ok && r.warning).toContain('bytes');
	});
});

describe('composeCpus', () => {
	it.each([
		[0.5, 0.5],
		['1.5', 1.5],
		['0.50', 0.5],
		[2, 2],
		['.25', 0.25],
		[0, 0]
	] as [unknown, number][])('composeCpus(%j) = %f', (input, cores) => {
		const r = composeCpus(input);
		expect(r.ok && r.value).toBe(cores);
	});

	it.each([['half'], ['-1'], [-1], ['1,5'], [null]])('composeCpus(%j) is refused', (input) => {
		const r = composeCpus(input);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toContain('not a number of cores');
	});
});
