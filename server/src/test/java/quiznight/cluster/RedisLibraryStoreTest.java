package quiznight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import quiznight.library.LibraryStorage;
import quiznight.library.LibraryStore;
import quiznight.library.LibraryStoreContract;
import quiznight.quiz.QuizCatalog;
import quiznight.testing.RedisServer;

/** The library store's contract with the quizzes in Redis, and two stores (two servers) on one Redis. */
class RedisLibraryStoreTest extends LibraryStoreContract {
    static RedisServer redis;
    static RedisLink link;
    static final List<RedisLibrary> libraries = new ArrayList<>();

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new RedisServer();
        link = new RedisLink(redis.url(), (channel, message) -> {
            if (RedisLibrary.isChannel(channel)) {
                synchronized (libraries) {
                    libraries.forEach(l -> l.announced(message));
                }
            }
        });
    }

    @AfterAll
    static void stopRedis() throws InterruptedException {
        link.close();
        redis.close();
    }

    @AfterEach
    void empty() {
        synchronized (libraries) {
            libraries.forEach(RedisLibrary::close);
            libraries.clear();
        }
        link.sync().flushall();
    }

    /** A new server's library on the same Redis (each with its node id, so it hears the others' changes). */
    @Override
    protected LibraryStorage storage() {
        RedisLibrary library = new RedisLibrary(link, "node-" + libraries.size());
        synchronized (libraries) {
            libraries.add(library);
        }
        return library;
    }

    @Override
    protected int storedVersions(String id) {
        int n = 0;
        for (int v = 1; v <= 100; v++) {
            n += link.sync().exists(RedisLink.bytes(RedisLibrary.draftKey(id, v))).intValue();
        }
        return n;
    }

    @Override
    protected boolean stored(String id) {
        return storedVersions(id) > 0 || link.sync().exists(RedisLink.bytes(RedisLibrary.quizKey(id))) > 0
                || link.sync().hget(RedisLink.bytes(RedisLink.PREFIX + "library:ids"), RedisLink.bytes(id)) != null;
    }

    @Override
    protected boolean goneOutlivesARestart() {
        return true; // Redis keeps "gone" a day
    }

    @Test
    void twoServers_seeOneLibrary_aStaleSaveOnEitherIsRefused_andEachCatalogFollowsTheOthersChanges() throws Exception {
        QuizCatalog otherCatalog = QuizCatalog.load(null);
        LibraryStore other = LibraryStore.open(storage(), otherCatalog, clock::millis, 5, 50);
        String id = store.create(ME, quiz("Made on one", 2)).id();

        assertThat(other.get(ME, id).draft().get("title").asText()).isEqualTo("Made on one");
        org.awaitility.Awaitility.await().until(() -> otherCatalog.has(id));
        other.save(ME, id, 1, quiz("Edited on two", 3));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.save(ME, id, 1, quiz("Stale on one", 1)))
                .isInstanceOfSatisfying(quiznight.library.LibraryException.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(2));
        org.awaitility.Awaitility.await().until(() -> catalog.find(id).orElseThrow().questions().size() == 3);
        assertThat(store.versions(ME, id)).hasSize(2);

        other.delete(ME, id);
        org.awaitility.Awaitility.await().until(() -> !catalog.has(id));
        clock.advance(5_000);
        store.restore(ME, id);
        org.awaitility.Awaitility.await().until(() -> otherCatalog.has(id));
        assertThat(other.get(ME, id).version()).isEqualTo(2);
    }
}
