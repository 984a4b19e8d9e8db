/** The numbers behind a chart, as one table: shown as an HTML <table> and exported as CSV. */
import { csvNumber, num1 } from './format';

export type Cell = string | number;

export interface Column {
	label: string;
	/** Numbers are right-aligned and formatted; the unit goes in the header, e.g. "MiB". */
	unit?: string;
}

export interface TableData {
	columns: Column[];
	/** The first cell of each row names the row. */
	rows: Cell[][];
}

export const headerText = (c: Column): string => (c.unit ? `${c.label} (${c.unit})` : c.label);

/** What a cell shows on screen: numbers to one decimal with thousands separators. */
export const cellText = (c: Cell): string => (typeof c === 'number' ? num1(c) : c);

/**
 * Text a spreadsheet would run as a formula: it starts with =, +, -, @, a tab or a carriage
 * return (OWASP's list for CSV injection). A label from a link may hold `=HYPERLINK(…)`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text made safe from formulas: a leading apostrophe, which spreadsheets show as text and hide. */
export const neutralised = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The table as CSV (RFC 4180, CRLF line ends): raw numbers, units in the header, no formulas. */
export function toCsv(table: TableData): string {
	// Text cells (names, labels, headers) are neutralised; numbers are written as numbers.
	const lines = [table.columns.map((c) => csvField(neutralised(headerText(c))))];
	for (const row of table.rows)
		lines.push(row.map((c) => csvField(typeof c === 'number' ? csvNumber(c) : neutralised(c))));
	return lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}
