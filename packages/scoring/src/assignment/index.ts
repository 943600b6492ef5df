export { assignReaders, type AssignOptions } from './assign.ts';
export { checkAssignment } from './check.ts';
export { compareIds } from './ids.ts';
export { createRng, type Rng } from './prng.ts';
export { mayTopUp, topUpEntry, type TopUpInput } from './top-up.ts';
export type * from './types.ts';
