import type { WorkloadId } from '$lib/model';
import { group, scenario, stepsShowing } from './build';
import { SERVER } from './hosts';
import type { Lesson } from './types';

const three = (w: WorkloadId, name: string) => [
	group('vm', 'vm', w, 1, `${name} VM`),
	group('mvm', 'microvm', w, 1, `${name} microVM`),
	group('ct', 'container', w, 1, `${name} container`)
];
const COLD = { ...SERVER, imageCache: 'cold' as const };
const nginx = stepsShowing('bootRace', 'nginx');
const java = stepsShowing('bootRace', 'java-api');

export const raceLesson: Lesson = {
	id: 'boot-race',
	title: 'Boot race',
	summary:
		'A VM, a microVM and a container start side by side, phase by phase; cold and warm image cache.',
	view: 'bootRace',
	steps: [
		nginx(
			'Press play. The VM goes firmware → bootloader → kernel → init before nginx can start. The microVM skips firmware and bootloader: a minimal kernel and a single-purpose init, so it is ready about as soon as the container, which only sets up its namespaces and cgroups, then starts nginx.',
			scenario('Boot race: nginx, warm cache', SERVER, three('nginx', 'nginx'))
		),
		nginx(
			'With a cold image cache the container must first pull and unpack its image layers, so the race gets closer. Each layer is pulled once per host: the next container of this image starts warm.',
			scenario('Boot race: nginx, cold cache', COLD, three('nginx', 'nginx'))
		),
		java(
			'A Java app takes seconds to start wherever it runs, and a cold pull of the JRE comes first: here the container is ready after the microVM, whose disk is already in place. Slow motion shows where the time goes.',
			scenario('Boot race: Java, cold cache', COLD, three('java-api', 'Java'))
		),
		java(
			'Once the image is cached, the container and the microVM finish close together: only their setup and the JVM’s own start remain. The VM still boots a whole OS before the JVM begins.',
			scenario('Boot race: Java, warm cache', SERVER, three('java-api', 'Java'))
		)
	]
};
