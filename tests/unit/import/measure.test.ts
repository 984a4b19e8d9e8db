/** Pasted command output: docker stats, docker image ls, docker history and kubectl top pods. */
import { describe, expect, it } from 'vitest';
import { readMeasurement, type Measurement } from '$lib/import/measure';
import { dockerSizeMiB } from '$lib/import/measure/units';

const MB = 1e6 / 2 ** 20;

function measured<K extends Measurement['kind']>(text: string, kind: K) {
	const r = readMeasurement(text);
	if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
	expect(r.measurement.kind).toBe(kind);
	return { m: r.measurement as Extract<Measurement, { kind: K }>, notes: r.notes };
}

const DOCKER_STATS = `me@laptop:~/shop$ docker stats --no-stream
CONTAINER ID   NAME             CPU %     MEM USAGE / LIMIT     MEM %     NET I/O           BLOCK I/O         PIDS
3f2a9c1b7d4e   shop-proxy-1     0.02%     7.527MiB / 128MiB     5.88%     1.2MB / 3.4MB     0B / 12.3kB       3
9b8c7d6e5f4a   shop-api-1       12.35%    287.4MiB / 512MiB     56.13%    45.6MB / 38.1MB   1.05MB / 0B       23
a1b2c3d4e5f6   shop-db-1        1.05%     1.021GiB / 7.667GiB   13.32%    2.3MB / 1.9MB     52.4MB / 210MB    9
me@laptop:~/shop$ `;

describe('readMeasurement: docker stats --no-stream', () => {
	it('reads each container’s CPU in cores and memory in MiB, past prompt lines', () => {
		const { m, notes } = measured(DOCKER_STATS, 'docker-stats');
		expect(m.rows.map((r) => r.name)).toEqual(['shop-proxy-1', 'shop-api-1', 'shop-db-1']);
		expect(m.rows[1]!.cpuCores).toBeCloseTo(0.1235, 6);
		expect(m.rows[1]!.memoryMiB).toBeCloseTo(287.4, 6);
		expect(m.rows[1]!.memoryLimitMiB).toBe(512);
		expect(m.rows[2]!.memoryMiB).toBeCloseTo(1.021 * 1024, 6);
		expect(m.rows[0]).toMatchObject({ id: '3f2a9c1b7d4e', pids: 3 });
		expect(notes).toEqual([]);
	});

	it('survives CRLF, collapsed spaces and tabs', () => {
		const messy = DOCKER_STATS.replace(/ {2,}/g, (s) => (s.length % 2 ? '\t' : ' ')).replace(
			/\n/g,
			'\r\n'
		);
		const { m } = measured(messy, 'docker-stats');
		expect(m.rows).toHaveLength(3);
		expect(m.rows[2]!.memoryMiB).toBeCloseTo(1045.5, 1);
	});

	it('reads a custom table with fewer columns', () => {
		const { m } = measured(
			'NAME          CPU %     MEM USAGE / LIMIT\nweb           150.00%   1.5GiB / 4GiB\n',
			'docker-stats'
		);
		expect(m.rows[0]).toMatchObject({
			name: 'web',
			cpuCores: 1.5,
			memoryMiB: 1536,
			id: null,
			pids: null
		});
	});

	it('reads the --format json lines', () => {
		const json = `{"BlockIO":"0B / 0B","CPUPerc":"0.50%","Container":"web","ID":"3f2a9c1b7d4e","MemPerc":"1.20%","MemUsage":"95.5MiB / 7.667GiB","Name":"web","NetIO":"1kB / 0B","PIDs":"5"}
{"BlockIO":"0B / 0B","CPUPerc":"2.00%","Container":"db","ID":"a1b2c3d4e5f6","MemPerc":"3.00%","MemUsage":"230MiB / 7.667GiB","Name":"db","NetIO":"1kB / 0B","PIDs":"9"}`;
		const { m } = measured(json, 'docker-stats');
		expect(m.rows.map((r) => [r.name, r.cpuCores, r.memoryMiB])).toEqual([
			['web', 0.005, 95.5],
			['db', 0.02, 230]
		]);
	});

	it('leaves out a stopped container with a note', () => {
		const { m, notes } = measured(
			'CONTAINER ID   NAME   CPU %   MEM USAGE / LIMIT   MEM %   NET I/O   BLOCK I/O   PIDS\n0123456789ab   old    --      -- / --             --      -- / --   -- / --     --\n9b8c7d6e5f4a   web    1.00%   10MiB / 1GiB        1%      0B / 0B   0B / 0B     2\n',
			'docker-stats'
		);
		expect(m.rows.map((r) => r.name)).toEqual(['web']);
		expect(notes[0]!.message).toContain('old is not running');
	});
});

describe('readMeasurement: docker image ls', () => {
	it('reads the classic listing in decimal megabytes', () => {
		const { m } = measured(
			`$ docker image ls
REPOSITORY               TAG           IMAGE ID       CREATED          SIZE
ghcr.io/acme/shop-api    2.3.1         4bcff63911fc   2 days ago       231MB
nginx                    1.27-alpine   b887aca7aed6   3 weeks ago      47.9MB
postgres                 16            a8d4b0f2c3e1   About an hour ago   432MB
<none>                   <none>        1d2e3f4a5b6c   5 months ago     1.2GB
`,
			'docker-images'
		);
		expect(m.rows.map((r) => r.repository)).toEqual([
			'ghcr.io/acme/shop-api',
			'nginx',
			'postgres',
			'<none>'
		]);
		expect(m.rows[0]).toMatchObject({ tag: '2.3.1', id: '4bcff63911fc', contentMiB: null });
		expect(m.rows[0]!.diskMiB).toBeCloseTo(231 * MB, 6);
		expect(m.rows[2]!.diskMiB).toBeCloseTo(432 * MB, 6);
		expect(m.rows[3]).toMatchObject({ tag: null });
		expect(m.rows[3]!.diskMiB).toBeCloseTo(1.2e9 / 2 ** 20, 6);
	});

	it('reads Docker 29’s listing with disk usage and content size', () => {
		const { m } = measured(
			`IMAGE                 ID             DISK USAGE   CONTENT SIZE   EXTRA
nginx:1.27            b887aca7aed6       192MB         52.1MB    U
ghcr.io/acme/api:2    4bcff63911fc       231MB         80.5MB
`,
			'docker-images'
		);
		expect(m.rows[0]).toMatchObject({ repository: 'nginx', tag: '1.27', id: 'b887aca7aed6' });
		expect(m.rows[0]!.contentMiB).toBeCloseTo(52.1 * MB, 6);
		expect(m.rows[1]).toMatchObject({ repository: 'ghcr.io/acme/api', tag: '2' });
	});

	it('reads {{json .}} lines', () => {
		const { m } = measured(
			'{"Containers":"N/A","CreatedAt":"2024-05-01 10:00:00 +0000 UTC","CreatedSince":"2 weeks ago","Digest":"<none>","ID":"b887aca7aed6","Repository":"nginx","SharedSize":"N/A","Size":"192MB","Tag":"latest","UniqueSize":"N/A","VirtualSize":"192.4MB"}',
			'docker-images'
		);
		expect(m.rows[0]).toMatchObject({ repository: 'nginx', tag: 'latest' });
		expect(m.rows[0]!.diskMiB).toBeCloseTo(192 * MB, 6);
	});
});

describe('readMeasurement: docker history', () => {
	const HISTORY = `PS C:\\Users\\me> docker history ghcr.io/acme/shop-api:2.3.1
IMAGE          CREATED       CREATED BY                                      SIZE      COMMENT
4bcff63911fc   2 days ago    CMD ["node" "server.js"]                        0B        buildkit.dockerfile.v0
<missing>      2 days ago    COPY . /app # buildkit                          12.4MB    buildkit.dockerfile.v0
<missing>      2 days ago    RUN /bin/sh -c npm ci --omit=dev # 10MB cache   48.7MB    buildkit.dockerfile.v0
<missing>      3 weeks ago   /bin/sh -c #(nop)  CMD ["node"]                 0B
<missing>      3 weeks ago   /bin/sh -c #(nop) ADD file:5d8a in /            74.8MB
`;

	it('reads each layer’s size and step, the last size on a line being the layer’s', () => {
		const { m } = measured(HISTORY, 'docker-history');
		expect(m.layers).toHaveLength(5);
		expect(m.layers[0]).toMatchObject({
			id: '4bcff63911fc',
			diskMiB: 0,
			createdBy: 'CMD ["node" "server.js"]',
			comment: 'buildkit.dockerfile.v0'
		});
		expect(m.layers[2]!.createdBy).toBe('RUN /bin/sh -c npm ci --omit=dev # 10MB cache');
		expect(m.layers[2]!.diskMiB).toBeCloseTo(48.7 * MB, 6);
		expect(m.layers[3]).toMatchObject({ id: null, createdBy: 'CMD ["node"]', comment: null });
		expect(m.layers[4]!.createdBy).toBe('ADD file:5d8a in /');
		expect(m.totalDiskMiB).toBeCloseTo((12.4 + 48.7 + 74.8) * MB, 6);
	});

	it('reads --format json lines', () => {
		const { m } = measured(
			'{"Comment":"buildkit.dockerfile.v0","CreatedAt":"2024-05-01T10:00:00Z","CreatedBy":"COPY . /app # buildkit","CreatedSince":"2 days ago","ID":"<missing>","Size":"12.4MB"}',
			'docker-history'
		);
		expect(m.layers[0]).toMatchObject({ id: null, createdBy: 'COPY . /app # buildkit' });
	});
});

describe('readMeasurement: kubectl top pods', () => {
	it('reads millicores and Mi', () => {
		const { m } = measured(
			`$ kubectl top pods -n shop
NAME                        CPU(cores)   MEMORY(bytes)
api-7d9f8b6c5-2xkqp         187m         301Mi
api-7d9f8b6c5-9wzlm         203m         296Mi
db-0                        1            1843Mi
`,
			'kubectl-top'
		);
		expect(m.rows.map((r) => [r.pod, r.cpuCores, r.memoryMiB])).toEqual([
			['api-7d9f8b6c5-2xkqp', 0.187, 301],
			['api-7d9f8b6c5-9wzlm', 0.203, 296],
			['db-0', 1, 1843]
		]);
		expect(m.rows[0]).toMatchObject({ namespace: null, container: null });
	});

	it('reads -A with namespaces and --containers', () => {
		const { m } = measured(
			`NAMESPACE   POD                   NAME          CPU(cores)   MEMORY(bytes)
shop        api-7d9f8b6c5-2xkqp   api           180m         280Mi
shop        api-7d9f8b6c5-2xkqp   log-shipper   7m           21Mi
`,
			'kubectl-top'
		);
		expect(m.rows[1]).toEqual({
			namespace: 'shop',
			pod: 'api-7d9f8b6c5-2xkqp',
			container: 'log-shipper',
			cpuCores: 0.007,
			memoryMiB: 21
		});
	});
});

describe('readMeasurement refuses what it cannot read, clearly', () => {
	it('says when no known header is found', () => {
		const r = readMeasurement('total 12\ndrwxr-xr-x 2 me me 4096 .\n');
		expect(!r.ok && r.error.code).toBe('unknown-format');
		expect(!r.ok && r.error.message).toContain('header');
	});

	it('says when the header is there but no row reads', () => {
		const r = readMeasurement('NAME   CPU(cores)   MEMORY(bytes)\nweb    lots         1Gi\n');
		expect(!r.ok && r.error.message).toContain('kubectl top pods output, but no row could be read');
	});

	it('counts lines it did not understand', () => {
		const r = readMeasurement(
			'NAME   CPU(cores)   MEMORY(bytes)\nweb    5m   10Mi\nerror: metrics not available yet for pod x\n'
		);
		expect(r.ok && r.notes[0]!.message).toMatch(
			/^1 line after the header was not understood and left out: line 3 \(“error: metrics/
		);
	});

	it('refuses a huge paste and binary text', () => {
		const big = readMeasurement('x'.repeat(2 * 1024 * 1024));
		expect(!big.ok && big.error.code).toBe('too-large');
		const bin = readMeasurement('\u0000\u0001\u0002binary');
		expect(!bin.ok && bin.error.code).toBe('binary');
	});

	it('restricts to one command when asked', () => {
		const r = readMeasurement(DOCKER_STATS, 'kubectl-top');
		expect(!r.ok && r.error.code).toBe('unknown-format');
	});
});

describe('dockerSizeMiB', () => {
	it.each([
		['0B', 0],
		['7.5MiB', 7.5],
		['1GiB', 1024],
		['512KiB', 0.5],
		['12.3kB', 12300 / 2 ** 20],
		['45MB', 45e6 / 2 ** 20],
		['1.2GB', 1.2e9 / 2 ** 20],
		['1 GB', 1e9 / 2 ** 20]
	])('dockerSizeMiB(%s) = %f', (text, mib) => {
		expect(dockerSizeMiB(text)).toBeCloseTo(mib, 9);
	});

	it.each([['12'], ['MB'], ['1.2.3MB'], ['--']])('dockerSizeMiB(%s) is null', (text) => {
		expect(dockerSizeMiB(text)).toBeNull();
	});
});
