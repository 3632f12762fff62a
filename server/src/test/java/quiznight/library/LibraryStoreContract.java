package quiznight.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quiznight.library.LibraryException.Reason;
import quiznight.quiz.QuizCatalog;
import quiznight.testing.ManualClock;

/**
 * The library store's contract on a manual clock, run against each {@link LibraryStorage}: versions, stale saves,
 * delete and undo, quotas and restarts.
 */
public abstract class LibraryStoreContract {
    protected static final String ME = LibraryStore.DEFAULT_OWNER;

    protected final ManualClock clock = new ManualClock(1_000_000);
    protected QuizCatalog catalog;
    protected LibraryStore store;

    /** The storage under test, as a server starting now finds it (the same data as before, when there was one). */
    protected abstract LibraryStorage storage() throws Exception;

    /** How many versions of the quiz the storage holds (files, keys). */
    protected abstract int storedVersions(String id) throws Exception;

    /** Whether the storage holds anything of the quiz. */
    protected abstract boolean stored(String id) throws Exception;

    /** Whether "deleted" is still answered (410) after a restart, rather than "no such quiz" (404). */
    protected abstract boolean goneOutlivesARestart();

    @BeforeEach
    void open() throws Exception {
        catalog = QuizCatalog.load(null);
        store = LibraryStore.open(storage(), catalog, clock::millis, 5, 50);
    }

    /** A fresh catalog (a restart) and the store read back from the storage. */
    protected LibraryStore restart() throws Exception {
        catalog = QuizCatalog.load(null);
        return LibraryStore.open(storage(), catalog, clock::millis, 5, 50);
    }

    protected static ObjectNode quiz(String title, int questions) {
        ObjectNode q = DraftCheckTest.JSON.createObjectNode().put("title", title);
        ArrayNode qs = q.putArray("questions");
        for (int i = 0; i < questions; i++) {
            qs.addObject().put("kind", "truefalse").put("text", "Question " + i).putArray("correct").add(0);
        }
        return q;
    }

    protected static ObjectNode withProblem(String title) {
        ObjectNode q = quiz(title, 2);
        ((ObjectNode) q.get("questions").get(1)).put("timeLimitSec", 1);
        return q;
    }

    @Test
    void eachSaveIsANewVersion_andOnlyTheLast20AreKept_onDiskToo() throws Exception {
        LibraryStore.View v = store.create(ME, quiz("v1", 1));
        for (int n = 2; n <= 25; n++) {
            clock.advance(1000);
            v = store.save(ME, v.id(), n - 1, quiz("v" + n, 1));
            assertThat(v.version()).isEqualTo(n);
        }

        List<LibraryStore.VersionInfo> versions = store.versions(ME, v.id());
        assertThat(versions).extracting(LibraryStore.VersionInfo::version)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(6, 25).map(i -> 31 - i).boxed().toList());
        assertThat(versions.get(0).title()).isEqualTo("v25");
        assertThat(storedVersions(v.id())).isEqualTo(20);
        String id = v.id();
        assertThatThrownBy(() -> store.restoreVersion(ME, id, 5, null))
                .extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.NOT_FOUND);

        LibraryStore.View restored = store.restoreVersion(ME, v.id(), 6, 25);
        assertThat(restored.version()).isEqualTo(26);
        assertThat(store.get(ME, v.id()).draft().get("title").asText()).isEqualTo("v6");
    }

    @Test
    void aSaveFromAStaleTab_isRefusedWithTheCurrentVersion_andChangesNothing() throws Exception {
        String id = store.create(ME, quiz("first", 1)).id();
        store.save(ME, id, 1, quiz("from tab A", 1));

        assertThatThrownBy(() -> store.save(ME, id, 1, quiz("from tab B", 1)))
                .isInstanceOfSatisfying(LibraryException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CONFLICT);
                    assertThat(e.currentVersion()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("changed elsewhere");
                });
        assertThat(store.get(ME, id).draft().get("title").asText()).isEqualTo("from tab A");
        assertThat(store.versions(ME, id)).hasSize(2);
    }

    @Test
    void aSaveEqualToTheCurrentDraft_makesNoNewVersion() throws Exception {
        String id = store.create(ME, quiz("same", 1)).id();

        assertThat(store.save(ME, id, 1, quiz("same", 1)).version()).isEqualTo(1);
    }

    @Test
    void aDraftWithProblems_isSaved_butTheLastValidVersionStaysHosted() throws Exception {
        LibraryStore.View v1 = store.create(ME, quiz("Good", 2));
        assertThat(v1.hostable()).isTrue();
        assertThat(catalog.find(v1.id()).orElseThrow().title()).isEqualTo("Good");

        LibraryStore.View v2 = store.save(ME, v1.id(), 1, withProblem("Broken"));

        assertThat(v2.problems()).extracting(p -> p.question() + "/" + p.field()).containsExactly("1/timeLimitSec");
        assertThat(v2.hostable()).isTrue();
        assertThat(v2.hostedVersion()).isEqualTo(1);
        assertThat(catalog.find(v1.id()).orElseThrow().title()).isEqualTo("Good");

        LibraryStore.View v3 = store.save(ME, v1.id(), 2, quiz("Better", 3));
        assertThat(v3.hostedVersion()).isEqualTo(3);
        assertThat(catalog.find(v1.id()).orElseThrow().questions()).hasSize(3);
    }

    @Test
    void theHostedVersion_isKeptEvenWhenOlderThanTheLast20() throws Exception {
        String id = store.create(ME, quiz("Good", 1)).id();
        for (int n = 1; n <= 25; n++) {
            store.save(ME, id, n, withProblem("Broken " + n));
        }

        assertThat(store.versions(ME, id)).extracting(LibraryStore.VersionInfo::version).hasSize(21).contains(1).doesNotContain(2);
        LibraryStore reloaded = restart();
        assertThat(reloaded.get(ME, id).hostedVersion()).isEqualTo(1);
        assertThat(catalog.find(id).orElseThrow().title()).isEqualTo("Good");
    }

    @Test
    void aDeleteIsUndoneWithin10s_andTheQuizIsHostableAgain() throws Exception {
        String id = store.create(ME, quiz("Keep me", 1)).id();

        long undoUntil = store.delete(ME, id);

        assertThat(undoUntil).isEqualTo(clock.millis() + 10_000);
        assertThat(catalog.has(id)).isFalse();
        assertThat(store.list(ME, null)).extracting(LibraryStore.Summary::id).doesNotContain(id);
        assertThatThrownBy(() -> store.get(ME, id)).extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.GONE);
        assertThatThrownBy(() -> store.save(ME, id, 1, quiz("stale tab", 1)))
                .extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.GONE);

        clock.advance(9_999);
        LibraryStore.View back = store.restore(ME, id);

        assertThat(back.draft().get("title").asText()).isEqualTo("Keep me");
        assertThat(catalog.has(id)).isTrue();
        assertThat(store.list(ME, null)).extracting(LibraryStore.Summary::id).contains(id);
    }

    @Test
    void after10sADeletedQuizIsGone_fromDiskToo_andAStaleSaveDoesNotBringItBack() throws Exception {
        String id = store.create(ME, quiz("Bye", 1)).id();
        store.delete(ME, id);

        clock.advance(10_000);

        assertThatThrownBy(() -> store.restore(ME, id)).extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.GONE);
        assertThatThrownBy(() -> store.save(ME, id, 1, quiz("stale tab", 1)))
                .extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.GONE);
        assertThat(stored(id)).isFalse();
        assertThat(catalog.has(id)).isFalse();
        assertThatThrownBy(() -> restart().get(ME, id)).extracting(e -> ((LibraryException) e).reason())
                .isEqualTo(goneOutlivesARestart() ? Reason.GONE : Reason.NOT_FOUND);
    }

    @Test
    void aDeleteWhoseUndoTimePassedWhileTheServerWasDown_isCarriedOutAtStart() throws Exception {
        String id = store.create(ME, quiz("Bye", 1)).id();
        store.delete(ME, id);
        clock.advance(60_000);

        LibraryStore reloaded = restart();

        assertThat(stored(id)).isFalse();
        assertThat(reloaded.list(ME, null)).extracting(LibraryStore.Summary::id).doesNotContain(id);
    }

    @Test
    void theQuotaOfQuizzesPerOwner_refusesOneMore_deletedOnesMakeRoom_andOtherOwnersAreApart() throws Exception {
        String first = store.create(ME, quiz("Q0", 1)).id();
        for (int i = 1; i < 5; i++) {
            store.create(ME, quiz("Q" + i, 1));
        }
        assertThatThrownBy(() -> store.create(ME, quiz("one too many", 1)))
                .extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.QUOTA);
        assertThat(store.create("someone-else", quiz("theirs", 1)).version()).isEqualTo(1);

        store.delete(ME, first);
        String sixth = store.create(ME, quiz("now it fits", 1)).id();

        assertThat(sixth).isNotNull();
        assertThatThrownBy(() -> store.restore(ME, first))
                .extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.QUOTA);
        assertThatThrownBy(() -> store.get("someone-else", sixth)).extracting(e -> ((LibraryException) e).reason())
                .isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void aDraftWithMoreQuestionsThanTheServerTakes_isRefused_andNothingIsStored() throws Exception {
        String id = store.create(ME, quiz("Small", 1)).id();

        assertThatThrownBy(() -> store.save(ME, id, 1, quiz("Huge", 51)))
                .isInstanceOfSatisfying(LibraryException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("51 questions").contains("at most 50");
                });
        assertThat(store.versions(ME, id)).hasSize(1);
    }

    @Test
    void aRestart_bringsBackEveryQuiz_itsVersionsAndProblems_andPutsTheHostableOnesInTheCatalog() throws Exception {
        String good = store.create(ME, quiz("Good", 2)).id();
        store.save(ME, good, 1, quiz("Good, edited", 3));
        clock.advance(1000);
        String draft = store.create(ME, withProblem("Draft only")).id();

        LibraryStore reloaded = restart();

        assertThat(reloaded.list(ME, null)).filteredOn(s -> !s.readOnly())
                .extracting(s -> s.title() + "/" + s.version() + "/" + s.hostable() + "/" + s.problems())
                .containsExactly("Draft only/1/false/1", "Good, edited/2/true/0");
        assertThat(catalog.find(good).orElseThrow().questions()).hasSize(3);
        assertThat(catalog.has(draft)).isFalse();
        assertThat(reloaded.get(ME, draft).problems()).extracting(Problem::field).containsExactly("timeLimitSec");
        assertThat(reloaded.versions(ME, good)).hasSize(2);
    }

    @Test
    void theList_isLastEditedFirst_searchesByTitle_andShowsBundledQuizzesReadOnly() throws Exception {
        String a = store.create(ME, quiz("Python basics", 1)).id();
        clock.advance(1000);
        store.create(ME, quiz("Django ORM", 1));
        clock.advance(1000);
        store.save(ME, a, 1, quiz("Python basics, again", 1));

        List<LibraryStore.Summary> all = store.list(ME, null);
        assertThat(all).extracting(LibraryStore.Summary::title).startsWith("Python basics, again", "Django ORM");
        assertThat(all).filteredOn(LibraryStore.Summary::readOnly).extracting(LibraryStore.Summary::id).contains("django");
        assertThat(store.list(ME, "PYTHON")).extracting(LibraryStore.Summary::title).containsExactly("Python basics, again");
        assertThatThrownBy(() -> store.save(ME, "django", 1, quiz("mine now", 1)))
                .extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.READ_ONLY);
    }

    @Test
    void aBundledQuiz_isDuplicatedIntoAnEditableCopy() throws Exception {
        LibraryStore.View copy = store.duplicate(ME, "django");

        assertThat(copy.problems()).isEmpty();
        assertThat(copy.draft().get("title").asText()).endsWith(" (copy)");
        assertThat(catalog.find(copy.id()).orElseThrow().questions()).hasSize(catalog.find("django").orElseThrow().questions().size());
    }

    @Test
    void aFileTheImporterReadsButTheLoaderRefuses_becomesADraftWithItsProblems() throws Exception {
        byte[] gift = """
                ::Q1:: Which planet is red? {=Mars ~Venus}

                ::Q2:: Pick one {=Same ~Same}
                """.getBytes(StandardCharsets.UTF_8);

        LibraryStore.Imported imported = store.importFile(ME, "planets.gift", gift);

        assertThat(imported.quiz().problems()).extracting(p -> p.question() + "/" + p.field()).containsExactly("1/choices");
        assertThat(imported.quiz().hostable()).isFalse();
        assertThat(store.get(ME, imported.quiz().id()).draft().get("questions")).hasSize(2);
        assertThatThrownBy(() -> store.importFile(ME, "notes.gift", "no questions here".getBytes(StandardCharsets.UTF_8)))
                .extracting(e -> ((LibraryException) e).reason()).isEqualTo(Reason.BAD_REQUEST);
    }
}
