/**
 * @module lineage — the lineage graph over stored citations: resolution of cited nodes, and up/down queries.
 * A top-level folder, not part of `core/`: it runs the resolver of `ingest/references`, and `core/` depends on no stage.
 */
export {
  findStart,
  type LineageDirection,
  type LineageEdge,
  type LineageGraph,
  type LineageNode,
  type LineageOptions,
  lineage,
  MAX_DEPTH,
} from './lineage.ts';
export { documentIdOfNode, documentNodeId, targetNodeId } from './node-id.ts';
