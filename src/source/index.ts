/** @module Repository sources: where a Snapshot comes from. */
export { LocalSource } from './local.js'
export { isVendored, VENDORED_DIRS, DEPENDENCY_DIRS } from './vendored.js'
export type { RepoSource, Snapshot, FileEntry } from '../types.js'
