package vn.motcua.catalog;

/** A field of state management (lĩnh vực), such as electricity or petroleum; ordered by position. */
public record Sector(String code, String name, int position) {
}
