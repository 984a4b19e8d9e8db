export * from './cited';
// The sources' texts are read by the explain dialog only (loaded on first use): types here, the
// table from './sources' directly, so the main route's JavaScript does not carry it.
export type { Source, SourceId } from './sources';
export * from './guestOs';
export * from './workloads';
export * from './hostOs';
export * from './hypervisors';
export * from './microvm';
export * from './engines';
export * from './containers';
export * from './sharing';
export * from './concurrency';
export * from './felter';
export * from './kata';
export * from './gvisor';
