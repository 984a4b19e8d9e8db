export * from './cited';
export * from './sources';
export * from './guestOs';
export * from './workloads';
export * from './platform';
