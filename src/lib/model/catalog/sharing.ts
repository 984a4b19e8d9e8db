import { cited, estimate } from './cited';

export const SHARING = {
	/** Of a guest's kernel, OS-service and library pages, the share KSM/TPS merges between identical guests. */
	pageShareFraction: estimate(
		0.8,
		'ratio',
		'Code and read-only pages of identical guests are identical; some differ (address-space randomisation, private data).',
		'waldspurger-2002'
	),
	/** Of the RAM a guest was given and never used, the share that is still zero pages and merges into one. */
	zeroPageShareFraction: estimate(
		0.7,
		'ratio',
		'RAM a booted guest never used is mostly zero pages, which page sharing stores once; some has been dirtied during boot and freed. Only when guest RAM is committed up front: memory backed on touch has no untouched pages resident.',
		'vmware-memory-sharing'
	),
	/** VMware: what sharing frees for nearly identical VMs, and for diverse ones (checks, not inputs). */
	identicalVmsShare: cited(
		0.3,
		'ratio',
		'vmware-memory-sharing',
		'Nearly identical VMs “might free up more than thirty percent” of memory.'
	),
	diverseVmsShare: cited(
		0.05,
		'ratio',
		'vmware-memory-sharing',
		'Diverse workloads free “less than five percent”.'
	),
	/** CPU ksmd spends scanning for identical pages. */
	ksmdCores: estimate(
		0.05,
		'cores',
		'ksmd scanning with default settings uses a few per cent of one core.'
	),
	/** A linked clone starts as a small delta over a shared base image. */
	linkedCloneDeltaMiB: estimate(
		256,
		'MiB',
		'A fresh linked clone’s delta disk: logs, package caches, machine identity.'
	)
};

/** Why page sharing is off unless chosen. */
export const PAGE_SHARING_DEFAULT =
	'Off by default: ESXi has salted pages since 5.5 Update 2d and 6.0 so that VMs no longer share with each other, KSM runs on Linux only when enabled, and large (huge) pages defeat sharing.';
