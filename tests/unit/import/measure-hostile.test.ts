/**
 * Pasted measurements against hostile and unusual input: Windows and Podman output, odd JSON
 * lines, absurd figures, and inputs built to make a backtracking reader take seconds (each reader
 * is linear: the property checks that doubling an input does not much more than double its time
 * in the number of word visits, counted, not timed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMeasurement } from '$lib/import/measure';
import { matchRow, type Column } from '$lib/import/measure/table';
import { HISTORY_COLUMNS } from '$lib/import/measure/dockerHistory';
import { IMAGES_COLUMNS } from '$lib/import/measure/dockerImages';
import { measuredChoices, needsProcessors } from '$lib/workloads/measurement';
import { INPUT_LIMITS } from '$lib/model/limits';

const WINDOWS_TABLE = `PS C:\\> docker stats --no-stream
CONTAINER ID   NAME      CPU %     PRIV WORKING SET   NET I/O           BLOCK I/O
3f2a9c1b7d4e   iis-1     12.50%    96.5MiB            1.2MB / 3.4MB     12MB / 4.1MB
9b8c7d6e5f4a   old-1     --        -- / --            --                --
`;

describe('Windows docker stats', () => {
	it('reads the table with PRIV WORKING SET, CPU % as a share of all processors', () => {
		const r = readMeasurement(WINDOWS_TABLE);
		if (!r.ok) throw new Error(r.error.message);
		expect(r.measurement.kind).toBe('docker-stats');
		const rows = r.measurement.kind === 'docker-stats' ? r.measurement.rows : [];
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			name: 'iis-1',
			engine: 'docker-windows',
			cpuCores: null,
			cpuShareOfProcessors: 0.125,
			memoryMiB: 96.5,
			memoryLimitMiB: null
		});
		// docker/cli calculateCPUPercentWindows: 12.5 % of 8 processors is one core.
		expect(measuredChoices(r.measurement, 8)[0]!.cpuCores).toBe(1);
		expect(measuredChoices(r.measurement)[0]!.cpuCores).toBeUndefined();
		expect(needsProcessors(r.measurement)).toBe(true);
		// The stopped container's row says so.
		expect(r.notes.map((n) => n.message).join(' ')).toContain('old-1 is not running');
	});

	it('reads Windows JSON lines (memory without a limit) the same way', () => {
		const json = `{"BlockIO":"12MB / 4.1MB","CPUPerc":"25.00%","Container":"iis","ID":"3f2a9c1b7d4e","MemPerc":"--","MemUsage":"96.5MiB","Name":"iis-1","NetIO":"1.2MB / 3.4MB","PIDs":"--"}`;
		const r = readMeasurement(json);
		if (!r.ok || r.measurement.kind !== 'docker-stats') throw new Error('not read');
		expect(r.measurement.rows[0]).toMatchObject({ cpuShareOfProcessors: 0.25, cpuCores: null });
		expect(measuredChoices(r.measurement, 4)[0]!.cpuCores).toBe(1);
	});
});

describe('podman stats', () => {
	it('reads its headers (ID, NET IO, BLOCK IO, CPU TIME, AVG CPU %) with 100 % as one core', () => {
		const text = `ID            NAME        CPU %       MEM USAGE / LIMIT  MEM %       NET IO           BLOCK IO    PIDS        CPU TIME    AVG CPU %
a1b2c3d4e5f6  web         150.00%     52.43MB / 16.68GB  0.31%       1.2kB / 3.4kB    0B / 0B     3           1.234s      0.52%
`;
		const r = readMeasurement(text);
		if (!r.ok || r.measurement.kind !== 'docker-stats') throw new Error('not read');
		expect(r.measurement.rows[0]).toMatchObject({
			name: 'web',
			engine: 'podman',
			cpuCores: 1.5
		});
		expect(r.measurement.rows[0]!.memoryMiB).toBeCloseTo(52.43e6 / 2 ** 20, 6);
	});
});

describe('one odd line in a docker stats --format json paste', () => {
	it('reads the rows that parse and names the one that does not', () => {
		const good = (name: string) =>
			`{"CPUPerc":"1.00%","MemUsage":"10MiB / 1GiB","Name":"${name}","ID":"abc"}`;
		const text = [good('a'), '{"CPUPerc":"1.00%", broken', good('b'), '{"Name":"c"}'].join('\n');
		const r = readMeasurement(text);
		if (!r.ok || r.measurement.kind !== 'docker-stats') throw new Error('not read');
		expect(r.measurement.rows.map((x) => x.name)).toEqual(['a', 'b']);
		const said = r.notes.map((n) => n.message).join(' ');
		expect(said).toContain('line 2');
		expect(said).toContain('line 4');
	});
});

describe('absurd figures are refused per row with the editor’s limits', () => {
	it('a 400-digit size, a 9,000 % CPU and a size past the limit each name their row', () => {
		const huge = '9'.repeat(400);
		const text = `NAME   CPU %     MEM USAGE / LIMIT
ok     1.00%     10MiB / 1GiB
big    1.00%     ${huge}MiB / 1GiB
busy   90000.00% 10MiB / 1GiB
wide   1.00%     30TiB / 64TiB
`;
		const r = readMeasurement(text);
		if (!r.ok || r.measurement.kind !== 'docker-stats') throw new Error('not read');
		expect(r.measurement.rows.map((x) => x.name)).toEqual(['ok']);
		const said = r.notes.map((n) => n.message);
		expect(said.find((m) => m.includes('line 3'))).toContain('big');
		expect(said.find((m) => m.includes('line 4'))).toContain(`${INPUT_LIMITS.demandCores.max}`);
		expect(said.find((m) => m.includes('line 5'))).toContain('Working set');
		for (const row of r.measurement.rows) expect(Number.isFinite(row.memoryMiB)).toBe(true);
	});

	it('an image past the largest layer the editor takes is left out, not clamped', () => {
		const r = readMeasurement(
			`REPOSITORY TAG IMAGE ID CREATED SIZE\nhuge latest abc123 2 days ago 9000TB\nok latest def456 2 days ago 12MB\n`
		);
		if (!r.ok || r.measurement.kind !== 'docker-images') throw new Error('not read');
		expect(r.measurement.rows.map((x) => x.repository)).toEqual(['ok']);
		expect(r.notes[0]!.message).toContain('line 2');
	});
});

/** Counts the word visits of one row match: linear means visits per word stay flat. */
function visitsPerWord(cols: Column[], words: string[]): number {
	let visits = 0;
	const counted = new Proxy(words, {
		get(target, key, receiver) {
			if (typeof key === 'string' && /^\d+$/.test(key)) visits++;
			return Reflect.get(target, key, receiver);
		}
	});
	matchRow(counted, cols);
	return visits / words.length;
}

describe('every table row is matched in linear time', () => {
	it('docker history with runs of “ago”, sizes and words: visits per word stay flat as it grows', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom('ago', '2', 'days', '12MB', '/bin/sh', '-c', 'x', '1.5', 'kB'), {
					minLength: 1,
					maxLength: 12
				}),
				(unit) => {
					const small = Array.from({ length: 50 }, (_, i) => unit[i % unit.length]!);
					const large = Array.from({ length: 1600 }, (_, i) => unit[i % unit.length]!);
					for (const cols of [HISTORY_COLUMNS, IMAGES_COLUMNS]) {
						const a = visitsPerWord(cols, small);
						const b = visitsPerWord(cols, large);
						// 32× the words: a quadratic reader would visit ~32× as often per word.
						expect(b).toBeLessThan(a * 2 + 20);
					}
				}
			),
			{ numRuns: 60 }
		);
	});

	it('the 2 KB paste that took 6 s, and a 1 MB one, read with the expected rows', () => {
		const line = (n: number) =>
			`sha256:abc  ${'ago '.repeat(n)}x ${'1.5 kB '.repeat(n)}/bin/sh -c ${'2 days ago '.repeat(n)}`;
		const small = `IMAGE  CREATED  CREATED BY  SIZE  COMMENT\n${line(60)}\n`;
		const r = readMeasurement(small);
		expect(r.ok).toBe(true);
		const big = `IMAGE  CREATED  CREATED BY  SIZE  COMMENT\n${line(30_000).slice(0, 1_000_000)}\n`;
		const r2 = readMeasurement(big);
		expect(r2.ok || r2.error.code).toBeTruthy();
	});
});
