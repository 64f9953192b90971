package org.redress.core.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RequestStatusTest {

    @Test
    void readsTheFourSpellingsOfAStatus() {
        for (String s : new String[] {"fee_dispute", "fee-dispute", "fee dispute", "FEE_DISPUTE", "  Fee Dispute  "}) {
            assertThat(RequestStatus.parse(s)).as(s).isEqualTo(RequestStatus.FEE_DISPUTE);
        }
        assertThat(RequestStatus.parse("in-litigation")).isEqualTo(RequestStatus.IN_LITIGATION);
        assertThat(RequestStatus.parse("Completed")).isEqualTo(RequestStatus.COMPLETED);
    }

    @Test
    void aMissingOrUnknownStatusIsRefusedListingTheStatuses() {
        String all =
                "draft, filed, acknowledged, processing, fee_dispute, partial_release, completed, no_records, denied, appealed, "
                        + "in_litigation, withdrawn";
        assertThat(RequestStatus.ids()).isEqualTo(all);
        assertThatThrownBy(() -> RequestStatus.parse(null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("status: a status is required: one of " + all);
        assertThatThrownBy(() -> RequestStatus.parse(" ")).isInstanceOf(InvalidRequestException.class);
        for (String bad : new String[] {"closed", "fee__dispute", "fee.dispute", "partial release!"}) {
            assertThatThrownBy(() -> RequestStatus.parse(bad))
                    .as(bad)
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("status: '" + bad + "' is not a status; use one of " + all)
                    .extracting(e -> ((InvalidRequestException) e).field())
                    .isEqualTo("status");
        }
    }

    @Test
    void theAgencyOwesAResponseOnlyWhileTheRequestIsOpen() {
        assertThat(Arrays.stream(RequestStatus.values()).filter(RequestStatus::awaitsResponse))
                .containsExactlyInAnyOrderElementsOf(EnumSet.of(
                        RequestStatus.FILED,
                        RequestStatus.ACKNOWLEDGED,
                        RequestStatus.PROCESSING,
                        RequestStatus.FEE_DISPUTE,
                        RequestStatus.PARTIAL_RELEASE));
    }

    @Test
    void onlyAnAdverseOrPartialDeterminationCanBeAppealed() {
        assertThat(Arrays.stream(RequestStatus.values()).filter(RequestStatus::appealable))
                .containsExactlyInAnyOrderElementsOf(EnumSet.of(
                        RequestStatus.PARTIAL_RELEASE,
                        RequestStatus.NO_RECORDS,
                        RequestStatus.DENIED,
                        RequestStatus.FEE_DISPUTE));
    }

    /** Whatever a file or a form holds for a status (its id, its name, its words) reads back as that status. */
    @Property
    void everyStatusReadsBackInAnySpellingOfItsWords(
            @ForAll RequestStatus status, @ForAll("separators") char separator, @ForAll boolean upper) {
        String words = status.id().replace('_', separator);
        assertThat(RequestStatus.parse(upper ? words.toUpperCase(Locale.ROOT) : words))
                .isEqualTo(status);
        assertThat(RequestStatus.parse(" " + status.name() + " ")).isEqualTo(status);
    }

    @Provide
    Arbitrary<Character> separators() {
        return Arbitraries.of('_', '-', ' ');
    }
}
