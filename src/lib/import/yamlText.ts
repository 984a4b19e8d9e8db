/**
 * Parse YAML safely: stop after a number of documents, cap what aliases expand to (YAML "billion
 * laughs": the nodes the documents hold once every alias is replaced by what it names, so 900
 * services sharing one `<<: *base` read, and nine nested lists of nine do not), name an alias with
 * no anchor as such, and refuse nesting deep enough to exhaust the stack. Every refusal is a sentence for
 * a person, never the library's own message. (Size and binary checks come first, in input.ts.)
 */
import {
	Composer,
	isAlias,
	isCollection,
	isPair,
	LineCounter,
	Parser,
	type Document,
	type ErrorCode
} from 'yaml';
import { formatCount } from './format';
import { DEFAULT_LIMITS } from './input';
import type { ImportError, ImportLimits, ImportNote } from './types';

export { decodeInput, DEFAULT_LIMITS } from './input';

export interface YamlDocument {
	/** 1-based position in the stream. */
	index: number;
	/** 1-based line the document starts on. */
	line: number;
	value: unknown;
}

export type YamlResult =
	{ ok: true; documents: YamlDocument[]; notes: ImportNote[] } | { ok: false; error: ImportError };

const PLAIN: Partial<Record<ErrorCode, string>> = {
	TAB_AS_INDENT: 'a tab is used for indentation; YAML indents with spaces',
	BAD_INDENT: 'the indentation does not line up',
	DUPLICATE_KEY: 'the same key appears twice in one map',
	MISSING_CHAR: 'a closing quote or bracket is missing',
	MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line (a missing “:” or quote?)',
	BLOCK_AS_IMPLICIT_KEY: 'a key runs over more than one line (a missing “:” or quote?)',
	BAD_ALIAS: 'an alias (*name) is malformed',
	BAD_SCALAR_START: 'a value starts with a character YAML reserves (quote it)',
	UNEXPECTED_TOKEN: 'something unexpected stands here',
	BAD_DQ_ESCAPE: 'a double-quoted string has an invalid escape',
	TAG_RESOLVE_FAILED: 'a tagged value (!!tag) could not be read'
};

/** The YAML library's error in plain words: an unclosed flow list or map says so, not "indentation". */
function plainProblem(error: { code: ErrorCode; message: string }): string {
	if (error.code === 'BAD_INDENT' && /^Flow sequence/.test(error.message))
		return 'a list opened with “[” is not closed with “]”';
	if (error.code === 'BAD_INDENT' && /^Flow map/.test(error.message))
		return 'a map opened with “{” is not closed with “}”';
	return PLAIN[error.code] ?? 'the YAML is not well formed here';
}

/** A phrase as a sentence of its own: capitalised, with its full stop. */
const sentence = (phrase: string) => `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;

const aliasBomb = (max: number): ImportError => ({
	code: 'alias-bomb',
	message: `This YAML uses aliases (*name) that expand to more than ${formatCount(max, 'value')} — the “billion laughs” pattern. It was not read.`
});

/** An alias (`*name`) with no anchor (`&name`) before it. */
class UndefinedAlias extends Error {
	constructor(
		readonly alias: string,
		readonly offset: number
	) {
		super(alias);
	}
}
class TooExpanded extends Error {}

/** Expanded nodes any stream may reach, however small (a base shared by a thousand services). */
export const EXPANSION_FLOOR = 200_000;
/** Past the floor: expanded nodes per node the stream itself holds. */
export const EXPANSION_RATIO = 100;

/**
 * Nodes a document holds with every alias replaced by what it names, added to `budget.used`;
 * throws TooExpanded past `budget.max`, UndefinedAlias for an alias with no anchor. Linear in
 * the document's nodes: each anchor's expanded size is computed once and reused.
 */
export function expandedNodes(
	doc: Document,
	budget: { used: number; own: number; max: number }
): void {
	const anchors = new Map<string, { size: number }>();
	const add = (n: number) => {
		budget.used += n;
		if (budget.used > budget.max) throw new TooExpanded();
	};
	const size = (node: unknown): number => {
		if (node === null || node === undefined) return 1;
		if (isAlias(node)) {
			const target = anchors.get(node.source);
			if (!target) throw new UndefinedAlias(node.source, node.range?.[0] ?? 0);
			add(target.size);
			return target.size;
		}
		// The anchor is known inside its own node (an alias to it there is a cycle, one node).
		const anchor = (node as { anchor?: string }).anchor;
		const entry = anchor ? { size: 1 } : null;
		if (anchor) anchors.set(anchor, entry!);
		let total = 1;
		budget.own++;
		add(1);
		if (isCollection(node))
			for (const item of node.items)
				total += isPair(item) ? size(item.key) + size(item.value) : size(item);
		if (entry) entry.size = total;
		return total;
	};
	size(doc.contents);
}

const tooDeep = (max: number): ImportError => ({
	code: 'too-deep',
	message: `This YAML is nested more than ${formatCount(max, 'level')} deep; compose files and manifests need far fewer. It was not read.`
});

/** Deepest nesting of maps and lists, walked without recursion; stops once past `max`. */
export function depthOf(value: unknown, max: number): number {
	let deepest = 0;
	const stack: [unknown, number][] = [[value, 0]];
	const seen = new Set<object>();
	while (stack.length) {
		const [v, d] = stack.pop()!;
		if (d > deepest) deepest = d;
		if (deepest > max) return deepest;
		if (v && typeof v === 'object' && !seen.has(v)) {
			seen.add(v);
			for (const child of Object.values(v)) stack.push([child, d + 1]);
		}
	}
	return deepest;
}

/** Parse a YAML stream (one or more `---` documents) within the limits. */
export function loadYaml(text: string, limits: ImportLimits = DEFAULT_LIMITS): YamlResult {
	const lines = new LineCounter();
	const composer = new Composer({ merge: true, prettyErrors: false, logLevel: 'error' });
	const documents: YamlDocument[] = [];
	const notes: ImportNote[] = [];
	const lineOf = (offset: number) => lines.linePos(offset).line;
	let firstProblem: string | undefined;
	let seen = 0;
	const budget = { used: 0, own: 0, max: limits.maxExpandedNodes };
	try {
		const stream = composer.compose(new Parser(lines.addNewLine).parse(text), false);
		for (const doc of stream) {
			if (seen >= limits.maxDocuments) {
				notes.push({
					level: 'warning',
					topic: 'left-out',
					message: `Only the first ${formatCount(limits.maxDocuments, 'document')} were read; the rest of the input was left out.`
				});
				break;
			}
			const index = ++seen;
			const line = lineOf(doc.range[0]);
			if (doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION'))
				return { ok: false, error: tooDeep(limits.maxDepth) };
			const error = doc.errors[0];
			if (error) {
				const where = `line ${lineOf(error.pos[0])}`;
				const problem = plainProblem(error);
				firstProblem ??= `${problem} (${where})`;
				notes.push({
					level: 'error',
					topic: 'problem',
					message: `Document ${index} could not be read: ${problem} (${where}). It was left out.`,
					where
				});
				continue;
			}
			try {
				expandedNodes(doc, budget);
				// Sharing is fine, multiplying is not: past a floor, aliases may expand the stream to at
				// most EXPANSION_RATIO times the nodes it holds (a 6-level bomb of 300 bytes is 500,000).
				if (budget.used > Math.max(EXPANSION_FLOOR, EXPANSION_RATIO * budget.own))
					throw new TooExpanded();
			} catch (e) {
				if (!(e instanceof UndefinedAlias)) throw e;
				const where = `line ${lineOf(e.offset)}`;
				const problem = `the alias *${e.alias} names no anchor (&${e.alias}) defined before it — a typo?`;
				firstProblem ??= `${problem} (${where})`;
				notes.push({
					level: 'error',
					topic: 'problem',
					message: `Document ${index} could not be read: ${problem} (${where}). It was left out.`,
					where
				});
				continue;
			}
			// Expansion is already capped above; the library's own alias count would refuse shared bases.
			const value = doc.toJS({ maxAliasCount: -1 });
			if (depthOf(value, limits.maxDepth) > limits.maxDepth)
				return { ok: false, error: tooDeep(limits.maxDepth) };
			documents.push({ index, line, value });
		}
	} catch (e) {
		if (e instanceof TooExpanded) return { ok: false, error: aliasBomb(limits.maxExpandedNodes) };
		if (e instanceof RangeError) return { ok: false, error: tooDeep(limits.maxDepth) };
		return {
			ok: false,
			error: { code: 'not-yaml', message: 'This input could not be read as YAML.' }
		};
	}
	if (documents.length === 0 && firstProblem)
		return {
			ok: false,
			// The dialog's heading already says "This is not valid YAML": the message says why.
			error: { code: 'not-yaml', message: sentence(firstProblem) }
		};
	return { ok: true, documents, notes };
}
