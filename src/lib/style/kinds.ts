import { capitalise, KIND_LABEL, type Kind } from '$lib/model';

/** Point shapes that tell kinds apart without colour. */
export const MARKERS = ['circle', 'square', 'diamond', 'triangle', 'hexagon'] as const;
export type Marker = (typeof MARKERS)[number];

export interface KindStyle {
	/** A kind as a badge or a table's row heading: "VM", "Kata pod". */
	label: string;
	/** A kind in a narrow column: "VM", "µVM". */
	short: string;
	/** Its colour: 4.5:1 or more against white, so its name can be written in it. */
	color: string;
	/** Its line's dash, so lines differ without colour (VM solid, container dotted). */
	dash: string;
	/** A badge's or chip's border, the dash's twin in CSS: solid, dashed or dotted. */
	border: 'solid' | 'dashed' | 'dotted';
	marker: Marker;
}

/** How every view draws a kind: the one presentation table (names come from the model). */
export const KIND_STYLE: Record<Kind, KindStyle> = {
	vm: {
		label: capitalise(KIND_LABEL.vm),
		short: 'VM',
		color: '#B8460B',
		dash: '',
		border: 'solid',
		marker: 'square'
	},
	microvm: {
		label: KIND_LABEL.microvm,
		short: 'µVM',
		color: '#8E3B84',
		dash: '9 5',
		border: 'dashed',
		marker: 'diamond'
	},
	kata: {
		label: KIND_LABEL.kata,
		short: 'Kata',
		color: '#4B4FA8',
		dash: '12 3 2 3',
		border: 'solid',
		marker: 'hexagon'
	},
	gvisor: {
		label: KIND_LABEL.gvisor,
		short: 'gVisor',
		color: '#2D7A52',
		dash: '6 2 2 2',
		border: 'solid',
		marker: 'triangle'
	},
	container: {
		label: capitalise(KIND_LABEL.container),
		short: 'CT',
		color: '#0072B2',
		dash: '3 4',
		border: 'dotted',
		marker: 'circle'
	}
};
