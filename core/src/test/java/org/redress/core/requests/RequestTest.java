package org.redress.core.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a records request must be before it is stored: its required fields, and dates in the order they can happen. */
class RequestTest {
    static final LocalDate FILED = LocalDate.of(2024, 2, 28);
    static final LocalDate RECEIVED = LocalDate.of(2024, 3, 1);

    static Request draft() {
        return Request.draft("us-foia", "ICE", "DMV look-ups");
    }

    @Test
    void aDraftHasItsThreeFieldsTrimmedAndNothingElse() {
        Request r =
                Request.draft(" us-foia ", "  U.S. Immigration and Customs Enforcement ", "Records of DMV look-ups\n");
        assertThat(r.lawId()).isEqualTo("us-foia");
        assertThat(r.agency()).isEqualTo("U.S. Immigration and Customs Enforcement");
        assertThat(r.subject()).isEqualTo("Records of DMV look-ups");
        assertThat(r.id()).isZero();
        assertThat(r.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(r.tolled()).isEmpty();
        assertThat(r.filed()).isNull();
        assertThat(r.fees()).isNull();
        assertThat(r.extension()).isFalse();
    }

    @Test
    void lawAgencyAndSubjectAreRequiredAndTheRefusalNamesTheField() {
        assertThatThrownBy(() -> Request.draft(" ", "ICE", "s"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("law: the law is required")
                .extracting(e -> ((InvalidRequestException) e).field())
                .isEqualTo("law");
        assertThatThrownBy(() -> Request.draft("us-foia", null, "s"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("agency: the agency is required");
        assertThatThrownBy(() -> Request.draft("us-foia", "ICE", ""))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).reason())
                .isEqualTo("the subject is required");
    }

    @Test
    void blankOptionalTextIsNoneAndAMissingStatusIsDraft() {
        Request r = draft().toBuilder()
                .office("  ")
                .trackingNumber("")
                .appealAgency(" ")
                .notes("\t")
                .status(null)
                .build();
        assertThat(r.office()).isNull();
        assertThat(r.trackingNumber()).isNull();
        assertThat(r.appealAgency()).isNull();
        assertThat(r.notes()).isNull();
        assertThat(r.status()).isEqualTo(RequestStatus.DRAFT);
        Request kept = draft().toBuilder()
                .office(" FOIA Office ")
                .trackingNumber(" 2024-ICFO-00077 ")
                .build();
        assertThat(kept.office()).isEqualTo("FOIA Office");
        assertThat(kept.trackingNumber()).isEqualTo("2024-ICFO-00077");
    }

    @Test
    void feesCannotBeNegative() {
        assertThat(draft().toBuilder().fees(BigDecimal.ZERO).build().fees()).isZero();
        assertThat(draft().toBuilder().fees(new BigDecimal("25.50")).build().fees())
                .isEqualByComparingTo("25.50");
        assertThatThrownBy(
                        () -> draft().toBuilder().fees(new BigDecimal("-0.01")).build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("fees: fees cannot be negative");
    }

    @Test
    void theAgencyCannotReceiveARequestBeforeItWasFiled() {
        assertThat(draft().toBuilder()
                        .filed(RECEIVED)
                        .received(RECEIVED)
                        .build()
                        .received())
                .isEqualTo(RECEIVED); // same day
        assertThatThrownBy(() ->
                        draft().toBuilder().filed(RECEIVED).received(FILED).build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage(
                        "received: the agency cannot receive the request (2024-02-28) before it was filed (2024-03-01)");
    }

    @Test
    void aDeterminationComesAfterReceiptAndAnAppealAfterTheDetermination() {
        Request.Builder b = draft().toBuilder().filed(FILED).received(RECEIVED);
        assertThat(b.determined(RECEIVED).appealed(RECEIVED).build().appealed())
                .isEqualTo(RECEIVED); // all one day is possible
        assertThatThrownBy(() ->
                        draft().toBuilder().received(RECEIVED).determined(FILED).build())
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).field())
                .isEqualTo("determined");
        assertThatThrownBy(() -> draft().toBuilder()
                        .received(RECEIVED)
                        .determined(LocalDate.of(2024, 4, 1))
                        .appealed(LocalDate.of(2024, 3, 31))
                        .build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("appealed: the appeal (2024-03-31) cannot come before the determination (2024-04-01)");
    }

    @Test
    void eachDateFollowsEveryKnownEarlierOneNotOnlyItsNeighbour() {
        // No received date: a determination before the filing is still impossible.
        assertThatThrownBy(() -> draft().toBuilder()
                        .filed(LocalDate.of(2024, 3, 1))
                        .determined(LocalDate.of(2024, 2, 1))
                        .build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage(
                        "determined: the determination (2024-02-01) cannot come before the request was filed (2024-03-01)");
        // No determination: an appeal before receipt is impossible too.
        assertThatThrownBy(() -> draft().toBuilder()
                        .received(LocalDate.of(2024, 3, 1))
                        .appealed(LocalDate.of(2024, 2, 1))
                        .build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage(
                        "appealed: the appeal (2024-02-01) cannot come before the request was received (2024-03-01)");
        assertThatThrownBy(() -> draft().toBuilder()
                        .filed(LocalDate.of(2024, 3, 1))
                        .appealed(LocalDate.of(2024, 2, 1))
                        .build())
                .hasMessageContaining("cannot come before the request was filed (2024-03-01)");
        assertThat(draft().toBuilder()
                        .filed(LocalDate.of(2024, 3, 1))
                        .appealed(LocalDate.of(2024, 5, 1))
                        .build()
                        .appealed())
                .isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void theBuilderChecksTheWholeRequestAgainAndKeepsItsIdentity() {
        Instant created = Instant.parse("2024-03-01T10:00:00Z");
        Request stored = draft().toBuilder()
                .filed(FILED)
                .received(RECEIVED)
                .trackingNumber("2024-ICFO-00077")
                .build()
                .withId(7, created, created.plusSeconds(60));
        Request changed = stored.toBuilder()
                .status(RequestStatus.PROCESSING)
                .extension(true)
                .build();
        assertThat(changed.id()).isEqualTo(7);
        assertThat(changed.created()).isEqualTo(created);
        assertThat(changed.updated()).isEqualTo(created.plusSeconds(60));
        assertThat(changed.received()).isEqualTo(RECEIVED);
        assertThat(changed.trackingNumber()).isEqualTo("2024-ICFO-00077");
        assertThat(changed.extension()).isTrue();
        // a change that breaks a rule is refused, and the stored request is untouched
        assertThatThrownBy(
                        () -> stored.toBuilder().filed(LocalDate.of(2024, 3, 5)).build())
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> stored.toBuilder().agency(" ").build()).isInstanceOf(InvalidRequestException.class);
        assertThat(stored.filed()).isEqualTo(FILED);
    }

    @Test
    void tolledPeriodsAreCopiedWhenTheRequestIsMade() {
        List<Tolled> periods = new ArrayList<>(List.of(Tolled.parse("2024-03-04:2024-03-08")));
        Request r = draft().toBuilder().tolled(periods).build();
        periods.add(Tolled.parse("2024-03-11:2024-03-12"));
        assertThat(r.tolled()).containsExactly(new Tolled(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 8)));
        assertThat(draft().toBuilder().tolled(null).build().tolled()).isEmpty();
    }

    @Test
    void peopleCallARequestByItsTrackingNumberElseByItsNumber() {
        assertThat(draft().withId(12, null, null).label()).isEqualTo("request 12");
        assertThat(draft().toBuilder().trackingNumber("2024-ICFO-00077").build().label())
                .isEqualTo("2024-ICFO-00077");
    }
}
