import { group, scenario, stepsShowing } from './build';
import { SERVER } from './hosts';
import type { Lesson } from './types';

const java = (n: number) => group('java', 'container', 'java-api', n, 'Java API containers');
const step = stepsShowing('layers', 'java-api');

export const layersLesson: Lesson = {
	id: 'layers',
	title: 'Image layers',
	summary:
		'alpine → JRE → app.jar → entrypoint → read-write layer; what ten containers and ten VMs store.',
	view: 'layers',
	steps: [
		step(
			'A container image is a stack of read-only layers: the alpine base, the JRE, app.jar and the entry point. Starting a container adds one thin read-write layer on top for whatever it changes.',
			scenario('Image layers: one Java container', SERVER, [java(1)])
		),
		step(
			'Ten containers of the same image share its read-only layers: they are stored on disk once and their file pages are shared in memory. Each container adds only its own read-write layer.',
			scenario('Image layers: ten Java containers', SERVER, [java(10)])
		),
		step(
			'Ten VMs of the same app each carry a full disk image with a whole guest OS inside — gigabytes each, unless they are linked clones of one base disk.',
			scenario('Image layers: ten containers, ten VMs', SERVER, [
				java(10),
				group('javavm', 'vm', 'java-api', 10, 'Java API VMs')
			])
		),
		step(
			'Two different images built on the same alpine base share that base layer’s bytes on disk; only the layers that differ are stored twice.',
			scenario('Image layers: two images, one base', SERVER, [
				java(10),
				group('hello', 'container', 'hello', 10, 'Hello containers')
			])
		)
	]
};
