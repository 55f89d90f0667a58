package vn.motcua.organization.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.motcua.organization.UnitNode;

/** A unit in a drop-down list, indented by its depth in the tree so that the list reads like the tree. */
record UnitOption(UUID id, String name, int depth) {

	/** Every unit of the tree, each followed by the units below it. */
	static List<UnitOption> of(List<UnitNode> roots) {
		List<UnitOption> options = new ArrayList<>();
		add(roots, 0, options);
		return options;
	}

	private static void add(List<UnitNode> nodes, int depth, List<UnitOption> options) {
		for (UnitNode node : nodes) {
			options.add(new UnitOption(node.unit().id(), node.unit().name(), depth));
			add(node.children(), depth + 1, options);
		}
	}

	/** The name after one dash per level, as the option's text. */
	public String label() {
		return "— ".repeat(depth) + name;
	}
}
