export { createEmitter } from './emitter';
export { DEFAULT_MOUNT_OPTIONS, mergeMountOptions } from './mount-options';
export type { MountOptions, MountOptionsInput, NetworkMapEvents } from './mount-options';
