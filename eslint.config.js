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

/** Names views may not import from the model: the page's state owns the one evaluation, and views read the report. */
const modelDoorNames = [
	'evaluate',
	'maxInstances',
	'WORKLOADS',
	'WORKLOAD_IDS',
	'IMAGE_LAYERS',
	'GUEST_OSES',
	'GUEST_OS_IDS',
	'HYPERVISOR_INFO',
	'HYPERVISORS',
	'HOST_OS_INFO',
	'HOST_OSES',
	'ENGINE_INFO',
	'ENGINES',
	'SOURCES',
	'IMAGE_CACHES'
];
const reportDoor =
	'Views read the report (sandbox.report, kindTable, report fields): see DESIGN.md, "The report is the only door".';

/** The view folders that must go through the report. */
export const VIEW_FILES = [
	'src/lib/sandbox/**',
	'src/lib/charts/**',
	'src/lib/teach/**',
	'src/lib/compare/**',
	'src/lib/share/**'
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
		// The report is the only door: views never evaluate, count or read the catalog themselves.
		files: VIEW_FILES,
		ignores: [
			// Removed by issue-11u (host controls move their choices to model/choices.ts).
			'src/lib/sandbox/HostControls.svelte',
			'src/lib/sandbox/hostChoices.ts',
			'src/lib/sandbox/GroupSettings.svelte',
			// Removed by issue-15u (the palette lists the report's workloads).
			'src/lib/sandbox/Palette.svelte'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: ['$lib/model', '$lib/model/index', '$lib/model/index.ts'].map((name) => ({
						name,
						importNames: modelDoorNames,
						message: reportDoor
					})),
					patterns: [
						{
							group: ['$lib/model/catalog', '$lib/model/catalog/*', '**/model/catalog*'],
							message: reportDoor
						},
						{
							group: [
								'$lib/model/evaluate',
								'$lib/model/density',
								'**/model/evaluate',
								'**/model/density'
							],
							message: reportDoor
						}
					]
				}
			]
		}
	}
);
