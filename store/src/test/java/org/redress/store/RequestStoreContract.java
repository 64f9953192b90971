package org.redress.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Sha256;
import org.redress.core.corpus.Source;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.RequestStore;
import org.redress.core.requests.Attachment;
import org.redress.core.requests.Correspondence;
import org.redress.core.requests.Direction;
import org.redress.core.requests.InvalidRequestException;
import org.redress.core.requests.Production;
import org.redress.core.requests.Request;
import org.redress.core.requests.RequestStatus;
import org.redress.core.requests.Tolled;

/**
 * What every request store must do, whatever its database. A backend's test extends this class and
 * opens a request store and a document store over the same case (productions are sources of the corpus).
 */
public abstract class RequestStoreContract {
    @TempDir
    protected Path dir;

    protected RequestStore requests;
    protected DocumentStore documents;

    protected abstract RequestStore openRequests(Path dir);

    protected abstract DocumentStore openDocuments(Path dir);

    @BeforeEach
    void openStores() {
        documents = openDocuments(dir);
        requests = openRequests(dir);
    }

    @AfterEach
    void closeStores() {
        requests.close();
        documents.close();
    }

    protected static Request foia() {
        return Request.draft(
                        "us-foia",
                        "U.S. Immigration and Customs Enforcement",
                        "Records of DMV look-ups of Migrant Justice leaders")
                .toBuilder()
                .office("ICE FOIA Office")
                .filed(LocalDate.of(2017, 3, 1))
                .received(LocalDate.of(2017, 3, 2))
                .trackingNumber("2017-ICFO-12345")
                .status(RequestStatus.PROCESSING)
                .fees(new BigDecimal("25.50"))
                .extension(true)
                .expedited(true)
                .tolled(List.of(new Tolled(LocalDate.of(2017, 3, 10), LocalDate.of(2017, 3, 14))))
                .appealAgency("DHS")
                .notes("Asked again by phone on 3/20.")
                .build();
    }

    @Test
    void aRequestSurvivesTheRoundTripWithEveryField() {
        Request added = requests.add(foia());
        assertThat(added.id()).isPositive();
        assertThat(added.created()).isNotNull();
        Request read = requests.request(added.id()).orElseThrow();
        assertThat(read)
                .usingRecursiveComparison()
                .ignoringFields("created", "updated")
                .isEqualTo(added);
        assertThat(read.status()).isEqualTo(RequestStatus.PROCESSING);
        assertThat(read.fees()).isEqualByComparingTo("25.50");
        assertThat(read.tolled()).containsExactly(new Tolled(LocalDate.of(2017, 3, 10), LocalDate.of(2017, 3, 14)));
        assertThat(requests.byTrackingNumber("2017-icfo-12345"))
                .get()
                .extracting(Request::id)
                .isEqualTo(added.id());
        assertThat(requests.byTrackingNumber("nope")).isEmpty();
    }

    @Test
    void requestsAreListedInTheOrderTheyWereAdded() {
        Request a = requests.add(foia());
        Request b = requests.add(Request.draft("us-vt", "Vermont DMV", "Emails with ICE"));
        assertThat(requests.requests()).extracting(Request::id).containsExactly(a.id(), b.id());
        assertThat(requests.request(b.id()).orElseThrow().status()).isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    void anUpdateReplacesTheFieldsAndKeepsTheId() {
        Request a = requests.add(foia());
        Request changed = a.toBuilder()
                .status(RequestStatus.DENIED)
                .determined(LocalDate.of(2017, 4, 20))
                .fees(null)
                .tolled(List.of())
                .notes(null)
                .build();
        Request stored = requests.update(changed).orElseThrow();
        assertThat(stored.id()).isEqualTo(a.id());
        assertThat(stored.status()).isEqualTo(RequestStatus.DENIED);
        assertThat(stored.determined()).isEqualTo(LocalDate.of(2017, 4, 20));
        assertThat(stored.fees()).isNull();
        assertThat(stored.tolled()).isEmpty();
        assertThat(stored.notes()).isNull();
        assertThat(requests.update(changed.toBuilder().build().withId(999, null, null)))
                .isEmpty();
    }

    @Test
    void aBadRequestIsRefusedBeforeAnythingIsStored() {
        Request a = requests.add(foia());
        assertThatThrownBy(
                        () -> a.toBuilder().received(LocalDate.of(2017, 2, 1)).build())
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).field())
                .isEqualTo("received");
        assertThatThrownBy(() -> a.toBuilder().agency(" ").build()).isInstanceOf(InvalidRequestException.class);
        assertThat(requests.request(a.id()).orElseThrow().received()).isEqualTo(LocalDate.of(2017, 3, 2));
    }

    @Test
    void correspondenceKeepsItsAttachmentsInOrder() {
        Request a = requests.add(foia());
        Correspondence late = requests.addCorrespondence(new Correspondence(
                0,
                a.id(),
                LocalDate.of(2017, 4, 2),
                Direction.IN,
                "determination",
                "Denied under (b)(7)(E)",
                List.of(
                        new Attachment("denial.pdf", Sha256.of("d".getBytes()), 1),
                        new Attachment("index.pdf", Sha256.of("i".getBytes()), 1))));
        Correspondence early = requests.addCorrespondence(new Correspondence(
                0, a.id(), LocalDate.of(2017, 3, 1), Direction.OUT, "request", "The request letter", List.of()));
        assertThat(late.id()).isPositive();
        List<Correspondence> all = requests.correspondence(a.id());
        assertThat(all).extracting(Correspondence::id).containsExactly(early.id(), late.id());
        assertThat(all.get(1).attachments()).extracting(Attachment::name).containsExactly("denial.pdf", "index.pdf");
        assertThat(all.get(1).direction()).isEqualTo(Direction.IN);
        assertThatThrownBy(() -> requests.addCorrespondence(
                        new Correspondence(0, 999, LocalDate.of(2017, 3, 1), Direction.OUT, "x", "y", List.of())))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aProductionLinksASourceAndItsDocumentsToTheRequest() {
        Request a = requests.add(foia());
        Source s = documents.source("2017-ICFO-12345 production 1", LocalDate.of(2017, 5, 1));
        Source other = documents.source("witness upload", null);
        Document d = new Document(
                Sha256.of("memo".getBytes()),
                4,
                "text/plain",
                null,
                null,
                null,
                null,
                null,
                null,
                ExtractionStatus.DONE,
                null,
                null,
                1);
        documents.saveExtraction(d, List.of());
        documents.addLocation(new Location(d.id(), s.id(), null, "memo.txt"));
        documents.addLocation(new Location(d.id(), other.id(), null, "memo.txt"));

        Production p = requests.addProduction(new Production(
                0,
                a.id(),
                1,
                s.id(),
                null,
                LocalDate.of(2017, 5, 1),
                "ICE-2017-000001",
                "ICE-2017-000250",
                List.of("(b)(6)", "(b)(7)(C)")));
        assertThat(p.sourceName()).isEqualTo("2017-ICFO-12345 production 1");
        assertThat(requests.productions(a.id())).containsExactly(p);
        assertThat(requests.productionOfSource(s.id())).contains(p);
        assertThat(requests.productionOfSource(other.id())).isEmpty();
        assertThat(requests.productionsOfDocument(d.id())).containsExactly(p);
        assertThat(requests.documentIds(p.id())).containsExactly(d.id());
        assertThat(p.exemptions()).containsExactly("(b)(6)", "(b)(7)(C)");

        assertThatThrownBy(() ->
                        requests.addProduction(new Production(0, a.id(), 2, s.id(), null, null, null, null, List.of())))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(requests.productions(a.id())).hasSize(1);
    }

    @Test
    void timestampsAreKept() {
        Request a = requests.add(foia());
        assertThat(requests.request(a.id()).orElseThrow().created()).isBeforeOrEqualTo(Instant.now());
    }
}
