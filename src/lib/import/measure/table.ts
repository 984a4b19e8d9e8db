/**
 * Reading a pasted command table: find the header among prompt lines and banners, learn which
 * columns it has (a custom `--format table …` may drop some), and match each row with a pattern
 * per column — so extra or collapsed spaces, CRLF and a trailing prompt line do no harm. The
 * `--format json` / `{{json .}}` forms (one object per line) give the same cells by key.
 */

export interface Column {
	/** The header exactly as the command prints it (single spaces inside). */
	header: string;
	/** Pattern (source) for one cell. */
	value: string;
	/** The key of the same cell in the command's JSON output. */
	json?: string;
	/** A last column that may be empty. */
	optional?: boolean;
}

export type Cells = Record<string, string>;

export interface TableRead {
	rows: Cells[];
	/** Lines after the header that matched no row (prompt lines excluded). */
	skipped: number;
}

/** Lines that are a shell prompt or a command, not output. */
export const isPromptLine = (line: string): boolean =>
	/^\s*(?:PS [A-Z]:\\[^>]*>|[\w.@:~/-]*[$#%>]\s)/.test(line) ||
	/^\s*(docker|kubectl|sudo)\s/.test(line);

/** The columns a header line names, in order, or null when it is not this command's header. */
export function headerColumns(line: string, columns: readonly Column[]): Column[] | null {
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

function rowPattern(cols: readonly Column[]): RegExp {
	let source = '';
	cols.forEach((c, i) => {
		const cell = `(${c.value})`;
		if (i === 0) source += cell;
		else if (c.optional && i === cols.length - 1) source += `(?:\\s+${cell})?`;
		else source += `\\s+${cell}`;
	});
	return new RegExp(`^${source}$`);
}

/** Read a table whose header uses these columns; null when no header line is found. */
export function readTable(lines: readonly string[], columns: readonly Column[]): TableRead | null {
	for (let h = 0; h < lines.length; h++) {
		const cols = headerColumns(lines[h]!, columns);
		if (!cols) continue;
		const pattern = rowPattern(cols);
		const rows: Cells[] = [];
		let skipped = 0;
		for (const line of lines.slice(h + 1)) {
			const text = line.trim();
			if (!text || isPromptLine(line)) continue;
			const m = pattern.exec(text);
			if (!m) {
				skipped++;
				continue;
			}
			const cells: Cells = {};
			cols.forEach((c, i) => (cells[c.header] = (m[i + 1] ?? '').trim()));
			rows.push(cells);
		}
		return { rows, skipped };
	}
	return null;
}

/** Read one-object-per-line JSON whose keys include `required`; null when it is not that. */
export function readJsonLines(
	lines: readonly string[],
	columns: readonly Column[],
	required: readonly string[]
): TableRead | null {
	const objects = lines.map((l) => l.trim()).filter((l) => l.startsWith('{'));
	if (objects.length === 0) return null;
	const rows: Cells[] = [];
	let skipped = 0;
	for (const text of objects) {
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch {
			skipped++;
			continue;
		}
		if (typeof parsed !== 'object' || parsed === null) {
			skipped++;
			continue;
		}
		const obj = parsed as Record<string, unknown>;
		if (!required.every((k) => k in obj)) return null;
		const cells: Cells = {};
		for (const c of columns) if (c.json && c.json in obj) cells[c.header] = String(obj[c.json]);
		rows.push(cells);
	}
	return rows.length ? { rows, skipped } : null;
}

/** Split pasted text into lines, CRLF and all. */
export const linesOf = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');
