export {
  type ArticleRecord,
  clusterRecords,
  type ParsedRecords,
  parseRecordLines,
  streamOrder,
} from './cluster-records';
export { createClusterer } from './clusterer';
export { type DocTerms, extractTerms, type TermOptions } from './text-terms';
export { type ClusterTuning, DEFAULT_TUNING } from './tuning';
export type {
  Assignment,
  ClusterChanges,
  Clusterer,
  ClusterMemory,
  ClusterOptions,
  StoryMemory,
  StoryMerge,
} from './types';
