package org.redress.core.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Roles, parts and weights as people type them in imports, forms and the command line. */
class CodesTest {

    @Test
    void rolesReadTheirFourCodesAndBlankIsOther() {
        assertThat(Role.fromCode("subject")).isEqualTo(Role.SUBJECT);
        assertThat(Role.fromCode(" Official ")).isEqualTo(Role.OFFICIAL);
        assertThat(Role.fromCode("WITNESS")).isEqualTo(Role.WITNESS);
        assertThat(Role.fromCode("other")).isEqualTo(Role.OTHER);
        assertThat(Role.fromCode(null)).isEqualTo(Role.OTHER);
        assertThat(Role.fromCode("  ")).isEqualTo(Role.OTHER);
        assertThatThrownBy(() -> Role.fromCode("member"))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("'member' is not a role: use subject, official, witness or other");
    }

    @Test
    void partsReadTheirThreeCodesAndBlankIsTarget() {
        assertThat(Part.fromCode("target")).isEqualTo(Part.TARGET);
        assertThat(Part.fromCode(" Actor")).isEqualTo(Part.ACTOR);
        assertThat(Part.fromCode("WITNESS ")).isEqualTo(Part.WITNESS);
        assertThat(Part.fromCode(null)).isEqualTo(Part.TARGET);
        assertThat(Part.fromCode("")).isEqualTo(Part.TARGET);
        assertThatThrownBy(() -> Part.fromCode("victim"))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("'victim' is not a part in an event: use target, actor or witness");
    }

    @Test
    void weightsReadTheirCodesTheirWordsAndTheShortForms() {
        assertThat(Weight.SUPPORTS_STRONGLY.code()).isEqualTo("supports-strongly");
        assertThat(Weight.WEAKLY.code()).isEqualTo("weakly");
        for (String s :
                new String[] {"strong", "strongly", "supports-strongly", "Supports Strongly", "SUPPORTS_STRONGLY"}) {
            assertThat(Weight.fromCode(s)).as(s).isEqualTo(Weight.SUPPORTS_STRONGLY);
        }
        for (String s : new String[] {"supports", "support", " Supports "}) {
            assertThat(Weight.fromCode(s)).as(s).isEqualTo(Weight.SUPPORTS);
        }
        for (String s : new String[] {"weak", "weakly", "weakly supports", "supports-weakly", "Weakly_Supports"}) {
            assertThat(Weight.fromCode(s)).as(s).isEqualTo(Weight.WEAKLY);
        }
        for (String s : new String[] {"contradicts", "contradict", "CONTRADICTS"}) {
            assertThat(Weight.fromCode(s)).as(s).isEqualTo(Weight.CONTRADICTS);
        }
        assertThatThrownBy(() -> Weight.fromCode("maybe"))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("'maybe' is not a weight: use supports-strongly, supports, weakly or contradicts");
        assertThatThrownBy(() -> Weight.fromCode(null)).isInstanceOf(CaseModelException.class);
        assertThatThrownBy(() -> Weight.fromCode("")).isInstanceOf(CaseModelException.class);
    }

    @Test
    void onlyContradictingEvidenceDoesNotSupport() {
        assertThat(Weight.SUPPORTS_STRONGLY.supports()).isTrue();
        assertThat(Weight.SUPPORTS.supports()).isTrue();
        assertThat(Weight.WEAKLY.supports()).isTrue();
        assertThat(Weight.CONTRADICTS.supports()).isFalse();
    }

    /** What a store writes (the code) and what a page shows (the words) both read back, in any case. */
    @Property
    void everyWeightReadsBackFromItsCodeAndItsWords(@ForAll Weight w, @ForAll("cases") Casing casing) {
        assertThat(Weight.fromCode(casing.apply(w.code()))).isEqualTo(w);
        assertThat(Weight.fromCode(casing.apply(w.words()))).isEqualTo(w);
    }

    @Property
    void everyRoleAndPartReadsBackFromItsCode(@ForAll Role r, @ForAll Part p, @ForAll("cases") Casing casing) {
        assertThat(Role.fromCode(casing.apply(r.code()))).isEqualTo(r);
        assertThat(Part.fromCode(casing.apply(p.code()))).isEqualTo(p);
    }

    enum Casing {
        LOWER,
        UPPER,
        TITLE,
        PADDED;

        String apply(String s) {
            return switch (this) {
                case LOWER -> s.toLowerCase(Locale.ROOT);
                case UPPER -> s.toUpperCase(Locale.ROOT);
                case TITLE -> s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
                case PADDED -> "  " + s + "\t";
            };
        }
    }

    @Provide
    Arbitrary<Casing> cases() {
        return Arbitraries.of(Casing.class);
    }
}
