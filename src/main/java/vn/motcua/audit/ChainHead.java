package vn.motcua.audit;

/** The last sequence number and hash of the chain, kept in one row that every append locks. */
record ChainHead(long lastSequence, String lastHash) {
}
