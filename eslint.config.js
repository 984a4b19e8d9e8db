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
	}
);
