/**
 * @module lineage/node-id
 * How the lineage graph names its nodes. A stored document is `doc:<documentId>` — whatever keys
 * its citations use (`81-KL/TW`, `27-CTr/TU@can-tho`, `LUAT:...`), they all resolve to it through
 * `doc_nodes.document_id` — and a cited document not in the store is its node key. When a cited
 * document is ingested later its node gains a `document_id`, so its edges follow it (promotion).
 */

const DOC = 'doc:';

/** `doc:cong-van-1032` for a stored document. */
export function documentNodeId(documentId: string): string {
  return `${DOC}${documentId}`;
}

/** The document id a node id names, or null for an external node. */
export function documentIdOfNode(nodeId: string): string | null {
  return nodeId.startsWith(DOC) ? nodeId.slice(DOC.length) : null;
}

/** The graph node a citation's target is: its document when the node resolved to one, else the key. */
export function targetNodeId(targetKey: string, targetDocumentId: string | null): string {
  return targetDocumentId ? documentNodeId(targetDocumentId) : targetKey;
}
