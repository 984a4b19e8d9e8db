import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Globals the pure model may never touch: it runs the same in node and in the browser. */
const browserOnlyGlobals = [
	'window',
	'document',
	'localStorage',
	'sessionStorage',
	'navigator',
	'location',
	'history'
];

/**
 * What a view may import from the model, besides types: formatters, labels and names, the choices
 * a person may make (with their labels), the input limits, and the lists of ids to iterate. Nothing
 * that evaluates, counts, explains or reads the catalog: the page's answers (state/answers.svelte.ts)
 * compute those once per change, and views read them.
 */
export const VIEW_MODEL_NAMES = [
	// format.ts
	'formatNumber',
	'formatMiB',
	'formatMs',
	'formatCores',
	'formatVcpus',
	'formatPercent',
	'formatRatio',
	'formatQuantity',
	'formatCount',
	'ordinal',
	// labels.ts and names.ts
	'LAYER_LABEL',
	'PHASE_LABEL',
	'RESOURCE_LABEL',
	'START_LIMIT_LABEL',
	'KERNEL_LABEL',
	'capitalise',
	'KIND_LABEL',
	'KIND_PLURAL',
	'templateName',
	'groupName',
	'workloadNameIn',
	// choices.ts
	'HOST_OS_CHOICES',
	'ENGINE_CHOICES',
	'IMAGE_CACHE_CHOICES',
	'HYPERVISOR_CHOICES',
	'CONTAINER_NETWORK_CHOICES',
	'GUEST_MEMORY_CHOICES',
	'ISOLATION_CHOICES',
	'KUBE_PLATFORM_CHOICES',
	'NODE_PRESET_CHOICES',
	'guestOsChoices',
	'guestOsName',
	'utilityVmChoice',
	'defaultMaxPods',
	'defaultDemandCores',
	// limits.ts
	'INPUT_LIMITS',
	'TEXT_LIMITS',
	'FORMAT_LIMITS',
	// the ids to iterate (types.ts)
	'KINDS',
	'LAYERS',
	'PHASES',
	'RESOURCES'
];
/** The model's files a view may import from directly: the same allowed parts, by file. */
const VIEW_MODEL_FILES = ['format', 'labels', 'names', 'choices', 'limits'];
const reportDoor =
	'Views read the page’s answers (sandbox.answers: the report, the per-kind table, the spectrum, explanations); from the model they import only types, formatters, labels, names, choices and limits. See ARCHITECTURE.md, “What a view may import”.';

/** The view folders that must go through the report. */
export const VIEW_FILES = [
	'src/lib/sandbox/**',
	'src/lib/charts/**',
	'src/lib/teach/**',
	'src/lib/compare/**',
	'src/lib/share/**',
	'src/routes/**'
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'reports/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The model is pure: no framework, no DOM, no browser storage. Enforced, not hoped for.
		files: ['src/lib/model/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'The model is pure TypeScript: no svelte.' },
						{
							group: ['$app/*', '@sveltejs/*'],
							message: 'The model is pure TypeScript: no SvelteKit.'
						},
						{
							group: ['d3-selection', 'd3-transition', 'd3'],
							message: 'The model may use D3 maths only, never DOM modules.'
						},
						{
							group: [
								'$lib/state/*',
								'$lib/charts/*',
								'$lib/sandbox/*',
								'$lib/teach/*',
								'**/state/*',
								'**/charts/*',
								'**/sandbox/*',
								'**/teach/*'
							],
							message: 'The model may not import view or state code.'
						}
					]
				}
			],
			'no-restricted-globals': ['error', ...browserOnlyGlobals]
		}
	},
	{
		// The report is the only door: views never evaluate, count, explain or read the catalog
		// themselves. An allow-list: anything not named here is refused, so a new model function is
		// closed to views until someone decides it is presentation.
		files: VIEW_FILES,
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					paths: ['$lib/model', '$lib/model/index', '$lib/model/index.ts'].map((name) => ({
						name,
						allowImportNames: VIEW_MODEL_NAMES,
						allowTypeImports: true,
						message: reportDoor
					})),
					patterns: [
						{
							regex: `^(\\$lib|(\\.\\./)+(lib/)?)/?model/(?!(${VIEW_MODEL_FILES.join('|')})(\\.ts)?$)`,
							allowTypeImports: true,
							message: reportDoor
						}
					]
				}
			]
		}
	}
);
