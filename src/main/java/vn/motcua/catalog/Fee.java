package vn.motcua.catalog;

/** A fee or charge (phí, lệ phí) of a procedure, in Vietnamese đồng. */
public record Fee(String name, long amount) {
}
