package vn.motcua.organization;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tree of units as a rule: what lies below a unit, and the order of each level. */
@Tag("rule")
class UnitTreeTests {

	private final UUID agency = UUID.randomUUID();
	private final Unit market = Unit.create(agency, null, "Chi cục", UnitKind.SUB_DEPARTMENT, 0);
	private final Unit team = Unit.create(agency, market.id(), "Đội 1", UnitKind.TEAM, 1);
	private final Unit squad = Unit.create(agency, team.id(), "Tổ 1", UnitKind.TEAM, 2);
	private final Unit office = Unit.create(agency, null, "Văn phòng", UnitKind.OFFICE, 3);
	private final UnitTree tree = new UnitTree(List.of(market, team, squad, office));

	@Test
	void aUnitIsBelowItselfAndItsAncestorsButNotBelowItsSiblingsOrDescendants() {
		assertThat(tree.isSameOrBelow(market.id(), market.id())).isTrue();
		assertThat(tree.isSameOrBelow(market.id(), squad.id())).isTrue();
		assertThat(tree.isSameOrBelow(team.id(), squad.id())).isTrue();
		assertThat(tree.isSameOrBelow(squad.id(), market.id())).isFalse();
		assertThat(tree.isSameOrBelow(market.id(), office.id())).isFalse();
	}

	@Test
	void theSubtreeHoldsTheUnitAndEverythingBelowIt() {
		assertThat(tree.subtree(market.id())).containsExactlyInAnyOrder(market.id(), team.id(), squad.id());
		assertThat(tree.subtree(office.id())).containsExactly(office.id());
	}

	@Test
	void rootsComeInTheGivenOrderWithTheirChildren() {
		assertThat(tree.roots()).extracting(node -> node.unit().name()).containsExactly("Chi cục", "Văn phòng");
		assertThat(tree.roots().get(0).children().get(0).children()).extracting(node -> node.unit().name())
			.containsExactly("Tổ 1");
	}
}
