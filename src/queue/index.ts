/** @module The scan queue: durable jobs in the store, one per repo at a time, retried with backoff. */
export { ScanQueue, type JobRunner, type QueueLog, type QueueOptions } from './queue.js'
export { backoff, classify, DEFAULT_BACKOFF, requestedWait, type BackoffOptions, type RetryDecision } from './retry.js'
