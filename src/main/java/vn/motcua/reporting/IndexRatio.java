package vn.motcua.reporting;

/** A service index input counted from the system's records: numerator over denominator. */
record IndexRatio(long numerator, long denominator) {
}
