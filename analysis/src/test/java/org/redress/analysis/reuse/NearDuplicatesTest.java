package org.redress.analysis.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    static final String EMAIL = "From the regional office to headquarters. The subject attended the vigil at the"
            + " courthouse with about forty people and spoke about the detention contract. Her vehicle registration"
            + " was checked through the motor vehicle database and the address was forwarded to the field unit for"
            + " follow up. The informant reported that the group will meet again on Thursday at the church hall and"
            + " plans a press conference next week. Please advise whether surveillance should continue.";

    @Test
    void reReleasedWithOtherRedactionsIsOneGroupAndTheMarksThatChangedAreReported() {
        String first = EMAIL.replace("Her vehicle registration", "(b)(6) vehicle registration");
        String second = EMAIL.replace("Her vehicle registration", "(b)(6) vehicle registration")
                .replace("The informant reported", "(b)(7)(C) reported");
        String other = "Budget memorandum for the fiscal year, appropriations for training, travel and equipment of"
                + " the division, with the schedule of the quarterly review and the names of the approving officers"
                + " in the finance unit, none of which concerns any investigation or operation of the field office.";
        NearDuplicates d = new NearDuplicates();
        d.add(first);
        d.add(other);
        d.add(second);

        List<NearDuplicates.Group> groups = d.groups();
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).members()).containsExactly(0, 2);
        MarkChanges.Change change = MarkChanges.between(MarkChanges.in(first), MarkChanges.in(second));
        assertThat(change.added()).containsExactly("(b)(7)(C)");
        assertThat(change.removed()).isEmpty();
    }

    @Test
    void marksAreWrittenOneWay() {
        // The marking stage's recogniser: printed forms written one way, a bare "B6" outside a redaction box is not
        // one.
        assertThat(MarkChanges.in("withheld (b) (6); (b)(7)(c) and (bX5); vitamin B6 daily"))
                .containsExactly("(b)(6)", "(b)(7)(C)", "(b)(5)");
    }
}
