/**
 * Reading a pasted command table: find the header among prompt lines and banners, learn which
 * columns it has (a custom `--format table …` may drop some), and match each row's words to the
 * columns — so extra or collapsed spaces, CRLF and a trailing prompt line do no harm. The
 * `--format json` / `{{json .}}` forms (one object per line) give the same cells by key.
 *
 * Every step is linear in the input: a row is split into words once, and the columns are matched
 * by a reachability pass over those words (one array per column) and one walk back, never by a
 * backtracking regular expression over the whole line (a pasted line of "ago ago ago …" or of
 * sizes took seconds per KB that way).
 */

/** What one cell holds, as a run of words. */
export type CellKind =
	/** One word, optionally checked by `test` (a pattern anchored on that word alone). */
	| 'word'
	/** A Docker size: `7.5MiB`, or `7.5 MiB` as two words. */
	| 'size'
	/** Two sizes with a slash: `7.5MiB / 1.9GiB` (either may be `--`), in one to seven words. */
	| 'pair'
	/** `go-units` "… ago", a timestamp, or N/A. */
	| 'created'
	/** Any words, possibly none. */
	| 'text';

export interface Column {
	/** The header exactly as the command prints it (single spaces inside). */
	header: string;
	cell: CellKind;
	/** For `word` cells: what the word must look like. */
	test?: RegExp;
	/** The key of the same cell in the command's JSON output. */
	json?: string;
	/** A last column that may be missing. */
	optional?: boolean;
	/** A `text` column that takes as many words as it can (the others take as few). */
	greedy?: boolean;
}

export type Cells = Record<string, string>;

export interface TableRead {
	rows: Cells[];
	/** Each row's line number in the paste (1-based). */
	rowLines: number[];
	/** Lines after the header that matched no row (prompt lines excluded). */
	skipped: number;
	/** The first few lines left out, by line number (1-based), with why. */
	skippedLines: string[];
}

/** How many left-out lines are named one by one. */
const NAMED_SKIPS = 5;

/** Lines that are a shell prompt or a command, not output. */
export const isPromptLine = (line: string): boolean =>
	/^\s*(?:PS [A-Z]:\\[^>]*>|[\w.@:~/-]*[$#%>]\s)/.test(line) ||
	/^\s*(docker|kubectl|podman|sudo)\s/.test(line);

/** The columns a header line names, in order, or null when it is not this command's header. */
export function headerColumns(line: string, columns: readonly Column[]): Column[] | null {
	// A header is short; a long line is not one (and is not scanned column by column).
	if (line.length > 400) return null;
	const byLength = [...columns].sort((a, b) => b.header.length - a.header.length);
	const found: Column[] = [];
	let rest = line.trim();
	while (rest) {
		const col = byLength.find(
			(c) => rest.startsWith(c.header) && /^(\s|$)/.test(rest.slice(c.header.length))
		);
		if (!col || found.includes(col)) return null;
		found.push(col);
		rest = rest.slice(col.header.length).trimStart();
	}
	return found.length >= 2 ? found : null;
}

const SIZE_WORD = /^(?:\d+(?:\.\d+)?[kKMGTP]?i?B|--)$/;
const NUMBER_WORD = /^\d+(?:\.\d+)?$/;
const UNIT_WORD = /^[kKMGTP]?i?B$/;
const PAIR_TEXT =
	/^(?:\d+(?:\.\d+)?\s?[kKMGTP]?i?B|--)\s*\/\s*(?:\d+(?:\.\d+)?\s?[kKMGTP]?i?B|--)$/;
const DATE_WORD = /^\d{4}-\d\d-\d\d(?:T\S+)?$/;
const TIME_WORD = /^\d\d:\d\d(?::\d\d(?:\.\d+)?)?$/;
const OFFSET_WORD = /^[+-]\d{4}$/;
/** Longest word a pair or size cell holds; longer words are not sizes (and are not joined). */
const SHORT = 512;

/** The ends (exclusive word index) a cell of `col` may have when it starts at word `s`. */
function endsFrom(col: Column, w: readonly string[], s: number): number[] {
	const n = w.length;
	switch (col.cell) {
		case 'word':
			return s < n && (!col.test || col.test.test(w[s]!)) ? [s + 1] : [];
		case 'size': {
			const ends: number[] = [];
			if (s < n && SIZE_WORD.test(w[s]!)) ends.push(s + 1);
			if (s + 1 < n && NUMBER_WORD.test(w[s]!) && UNIT_WORD.test(w[s + 1]!)) ends.push(s + 2);
			// A container that is not running: "-- / --" (docker/cli prints it for any memory cell).
			if (s + 2 < n && w[s] === '--' && w[s + 1] === '/' && w[s + 2] === '--') ends.push(s + 3);
			return ends;
		}
		case 'pair': {
			// "--" alone: docker/cli's NET I/O and BLOCK I/O of a container that is not running.
			const ends: number[] = s < n && w[s] === '--' ? [s + 1] : [];
			let joined = '';
			for (let k = s; k < Math.min(n, s + 7); k++) {
				if (w[k]!.length > SHORT) break;
				joined = k === s ? w[k]! : `${joined} ${w[k]}`;
				if (PAIR_TEXT.test(joined)) ends.push(k + 1);
			}
			return ends;
		}
		case 'created': {
			if (s >= n) return [];
			const first = w[s]!;
			if (first === 'N/A') return [s + 1];
			if (DATE_WORD.test(first)) {
				const ends = [s + 1];
				if (s + 1 < n && TIME_WORD.test(w[s + 1]!)) {
					ends.push(s + 2);
					if (s + 3 < n && OFFSET_WORD.test(w[s + 2]!)) ends.push(s + 4);
				}
				return ends;
			}
			return []; // "… ago" is handled by the callers, which see every 'ago' at once
		}
		case 'text':
			return []; // handled by the callers
	}
}

/**
 * Match a row's words to the columns: `reach[c][i]` says columns before `c` can take exactly
 * the first `i` words. Each column's pass is linear (a `text` or "ago" cell by a running flag),
 * so a row costs columns × words.
 */
export function matchRow(w: readonly string[], cols: readonly Column[]): string[] | null {
	const n = w.length;
	const reach: Uint8Array[] = [new Uint8Array(n + 1)];
	reach[0]![0] = 1;
	for (let c = 0; c < cols.length; c++) {
		const from = reach[c]!;
		const to = new Uint8Array(n + 1);
		const col = cols[c]!;
		if (col.cell === 'text') {
			let any = 0;
			for (let i = 0; i <= n; i++) to[i] = any = any | from[i]!;
		} else {
			if (col.cell === 'created') {
				// `.+ ago`: at least one word, then "ago".
				let any = 0;
				for (let k = 0; k < n; k++) {
					if (any && w[k] === 'ago') to[k + 1] = 1;
					if (from[k]) any = 1;
				}
			}
			for (let s = 0; s <= n; s++) if (from[s]) for (const e of endsFrom(col, w, s)) to[e] = 1;
		}
		reach.push(to);
	}
	const last = cols.length;
	const optionalLast = cols[last - 1]?.optional === true;
	let upTo: number;
	if (reach[last]![n]) upTo = last;
	else if (optionalLast && reach[last - 1]![n]) upTo = last - 1;
	else return null;
	// Walk back: each column takes as few words as it can, a greedy one as many.
	const cells = Array<string>(last).fill('');
	let end = n;
	for (let c = upTo - 1; c >= 0; c--) {
		const col = cols[c]!;
		const start = startOf(col, w, reach[c]!, end);
		cells[c] = w.slice(start, end).join(' ');
		end = start;
	}
	return cells;
}

/** Where a cell of `col` ending at `end` starts, given the starts the columns before it reach. */
function startOf(col: Column, w: readonly string[], from: Uint8Array, end: number): number {
	if (col.cell === 'text') {
		if (col.greedy) {
			for (let s = 0; s <= end; s++) if (from[s]) return s;
		} else for (let s = end; s >= 0; s--) if (from[s]) return s;
	} else {
		for (let s = end - 1; s >= Math.max(0, end - 7); s--)
			if (from[s] && endsFrom(col, w, s).includes(end)) return s;
		if (col.cell === 'created' && end >= 2 && w[end - 1] === 'ago')
			for (let s = end - 2; s >= 0; s--) if (from[s]) return s;
	}
	throw new Error('unreachable: the forward pass found this end');
}

/** Words of a line (any run of spaces or tabs splits them). */
const wordsOf = (text: string): string[] => text.split(/[ \t]+/).filter(Boolean);

/** Read a table whose header uses these columns; null when no header line is found. */
export function readTable(lines: readonly string[], columns: readonly Column[]): TableRead | null {
	for (let h = 0; h < lines.length; h++) {
		const cols = headerColumns(lines[h]!, columns);
		if (!cols) continue;
		const rows: Cells[] = [];
		const rowLines: number[] = [];
		const skippedLines: string[] = [];
		let skipped = 0;
		for (let i = h + 1; i < lines.length; i++) {
			const line = lines[i]!;
			const text = line.trim();
			if (!text || isPromptLine(line)) continue;
			const m = matchRow(wordsOf(text), cols);
			if (!m) {
				skipped++;
				if (skippedLines.length < NAMED_SKIPS)
					skippedLines.push(`line ${i + 1} (“${clip(text)}”) does not fit the header’s columns`);
				continue;
			}
			const cells: Cells = {};
			cols.forEach((c, k) => (cells[c.header] = m[k] ?? ''));
			rows.push(cells);
			rowLines.push(i + 1);
		}
		return { rows, rowLines, skipped, skippedLines };
	}
	return null;
}

/** A line shortened for a message. */
export const clip = (text: string, max = 40): string =>
	text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * Read one-object-per-line JSON whose keys include `required`; null when no line is such an
 * object. Lines that are not JSON, or objects without those keys, are left out and named.
 */
export function readJsonLines(
	lines: readonly string[],
	columns: readonly Column[],
	required: readonly string[]
): TableRead | null {
	const rows: Cells[] = [];
	const rowLines: number[] = [];
	const skippedLines: string[] = [];
	let skipped = 0;
	let objects = 0;
	const skip = (i: number, text: string, why: string) => {
		skipped++;
		if (skippedLines.length < NAMED_SKIPS)
			skippedLines.push(`line ${i + 1} (“${clip(text)}”) ${why}`);
	};
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i]!.trim();
		if (!text.startsWith('{')) continue;
		objects++;
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch {
			skip(i, text, 'is not a complete JSON object');
			continue;
		}
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
			skip(i, text, 'is not a JSON object');
			continue;
		}
		const obj = parsed as Record<string, unknown>;
		if (!required.every((k) => k in obj)) {
			skip(i, text, `lacks ${required.filter((k) => !(k in obj)).join(' and ')}`);
			continue;
		}
		const cells: Cells = {};
		for (const c of columns) if (c.json && c.json in obj) cells[c.header] = String(obj[c.json]);
		rows.push(cells);
		rowLines.push(i + 1);
	}
	// No object with the keys at all: this is some other command's JSON (or not JSON).
	return objects && rows.length ? { rows, rowLines, skipped, skippedLines } : null;
}

/** Split pasted text into lines, CRLF and all. */
export const linesOf = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');
