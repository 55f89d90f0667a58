package vn.motcua.organization;

import java.util.List;

/** A unit with its sub-units, for showing the tree. */
public record UnitNode(Unit unit, List<UnitNode> children) {
}
