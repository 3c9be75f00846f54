/** @module What the webhook handlers need from the rest of the server: the store and a way to persist a scan job. */
import type { JobInput, JobRecord, Store } from '../store/types.js'

/** Persist a scan job (resolves once it is in the store); ScanQueue.enqueue fits. */
export type Enqueue = (input: JobInput) => Promise<{ job: JobRecord; created: boolean }>

export type AppDeps = { store: Store; enqueue: Enqueue }

/** The hidden marker that identifies the checklist issue, and the rescan checkbox inside it (the renderer writes both). */
export { ISSUE_MARKER, RESCAN_MARKER } from '../render/markdown.js'

/** A ticked rescan box: `- [x] <!-- rescan -->` (any list bullet, x or X). */
export const RESCAN_TICKED = /^\s*[-*+] \[[xX]\] <!-- rescan -->/m
