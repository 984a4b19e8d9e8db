/**
 * Pasted measurements: `docker stats --no-stream`, `docker image ls`, `docker history` and
 * `kubectl top pods`, as tables or one-JSON-object-per-line. The command is told from the header
 * (or the JSON keys); rows that cannot be read are counted and said, never guessed.
 */
import { formatCount } from '../format';
import type { ImportNote } from '../types';
import { decodeInput, DEFAULT_LIMITS } from '../input';
import {
	HISTORY_COLUMNS,
	HISTORY_JSON_KEYS,
	historyTotalProblem,
	layerFromCells
} from './dockerHistory';
import {
	IMAGES_COLUMNS,
	IMAGES_COLUMNS_29,
	IMAGES_JSON_KEYS,
	imageFromCells
} from './dockerImages';
import {
	PODMAN_STATS_COLUMNS,
	STATS_COLUMNS,
	STATS_JSON_KEYS,
	WINDOWS_STATS_COLUMNS,
	statFromCells
} from './dockerStats';
import { usageFromCells, TOP_COLUMNS } from './kubectlTop';
import {
	linesOf,
	readJsonLines,
	readTable,
	type Cells,
	type Column,
	type TableRead
} from './table';
import type { Measurement, MeasurementKind, MeasurementResult } from './types';

export type * from './types';

/** Largest paste read: command output for a few hundred containers is far smaller. */
export const MAX_MEASUREMENT_BYTES = 1024 * 1024;

/** Rows left out that are named one by one; past these, a count. */
const NAMED_ROWS = 20;

interface Command {
	kind: MeasurementKind;
	label: string;
	tables: Column[][];
	json?: readonly string[];
	row: (c: Cells) => object | string;
	build: (rows: never[]) => Measurement;
}

const COMMANDS: Command[] = [
	{
		kind: 'docker-stats',
		label: 'docker stats',
		tables: [STATS_COLUMNS, WINDOWS_STATS_COLUMNS, PODMAN_STATS_COLUMNS],
		json: STATS_JSON_KEYS,
		row: statFromCells,
		build: (rows) => ({ kind: 'docker-stats', rows })
	},
	{
		kind: 'docker-history',
		label: 'docker history',
		tables: [HISTORY_COLUMNS],
		json: HISTORY_JSON_KEYS,
		row: layerFromCells,
		build: (layers) => ({
			kind: 'docker-history',
			layers,
			totalDiskMiB: (layers as { diskMiB: number }[]).reduce((s, l) => s + l.diskMiB, 0)
		})
	},
	{
		kind: 'docker-images',
		label: 'docker image ls',
		tables: [IMAGES_COLUMNS, IMAGES_COLUMNS_29],
		json: IMAGES_JSON_KEYS,
		row: imageFromCells,
		build: (rows) => ({ kind: 'docker-images', rows })
	},
	{
		kind: 'kubectl-top',
		label: 'kubectl top pods',
		tables: [TOP_COLUMNS],
		row: usageFromCells,
		build: (rows) => ({ kind: 'kubectl-top', rows })
	}
];

const UNKNOWN =
	'This is not output of docker stats --no-stream (Linux or Windows), podman stats --no-stream, docker image ls, docker history or kubectl top pods: no header line such as “CONTAINER ID   NAME   CPU %” was found. Paste the whole output, header included.';

function tableOf(lines: string[], cmd: Command): TableRead | null {
	for (const cols of cmd.tables) {
		const t = readTable(lines, cols);
		if (t) return t;
	}
	return cmd.json ? readJsonLines(lines, cmd.tables[0]!, cmd.json) : null;
}

/** Read pasted output; `expect` restricts it to one command. */
export function readMeasurement(text: string, expect?: MeasurementKind): MeasurementResult {
	const decoded = decodeInput(text, { ...DEFAULT_LIMITS, maxBytes: MAX_MEASUREMENT_BYTES });
	if (!decoded.ok) return decoded;
	const lines = linesOf(decoded.text);
	for (const cmd of COMMANDS.filter((c) => !expect || c.kind === expect)) {
		const table = tableOf(lines, cmd);
		if (!table) continue;
		const notes: ImportNote[] = [];
		const rows: object[] = [];
		const reasons: string[] = [];
		table.rows.forEach((cells, i) => {
			const row = cmd.row(cells);
			if (typeof row === 'string') reasons.push(`line ${table.rowLines[i]}: ${row}`);
			else rows.push(row);
		});
		for (const reason of reasons.slice(0, NAMED_ROWS))
			notes.push({ level: 'warning', topic: 'left-out', message: `Left out ${reason}.` });
		if (reasons.length > NAMED_ROWS)
			notes.push({
				level: 'warning',
				topic: 'left-out',
				message: `… and ${formatCount(reasons.length - NAMED_ROWS, 'more row')} left out.`
			});
		if (table.skipped)
			notes.push({
				level: 'warning',
				topic: 'left-out',
				message: `${formatCount(table.skipped, 'line')} after the header ${table.skipped === 1 ? 'was' : 'were'} not understood and left out: ${table.skippedLines.join('; ')}${table.skipped > table.skippedLines.length ? '; …' : ''}.`
			});
		if (rows.length === 0)
			return {
				ok: false,
				error: {
					code: 'nothing-to-run',
					message: `This is ${cmd.label} output, but no row could be read.${notes.map((n) => ` ${n.message}`).join('')}`
				}
			};
		const measurement = cmd.build(rows as never[]);
		if (measurement.kind === 'docker-history') {
			const problem = historyTotalProblem(measurement.totalDiskMiB);
			if (problem)
				return {
					ok: false,
					error: {
						code: 'nothing-to-run',
						message: `The layers add up past the limit: ${problem}.`
					}
				};
		}
		return { ok: true, measurement, notes };
	}
	return { ok: false, error: { code: 'unknown-format', message: UNKNOWN } };
}
