/** Every kind, one module each: the model asks the module, never which kind it holds. */
import type { Kind } from '../types';
import { container } from './container';
import { gvisor } from './gvisor';
import { kata } from './kata';
import { microvm } from './microvm';
import type { KindModule } from './types';
import { vm } from './vm';

export const KIND_MODULES: Record<Kind, KindModule> = { vm, microvm, kata, gvisor, container };

export const kindModule = (kind: Kind): KindModule => KIND_MODULES[kind];

/** "VM", "gVisor sandbox": one instance of a kind, in a sentence. */
export const kindName = (kind: Kind): string => KIND_MODULES[kind].name;

export type { KindModule, InstanceMemory, HostNeeds, Isolation } from './types';
