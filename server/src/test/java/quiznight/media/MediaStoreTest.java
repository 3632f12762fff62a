package quiznight.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content-addressed store: ids, files and their modes, the same picture twice, the owner's quota, a restart. */
class MediaStoreTest {
    static final long QUOTA = 200L * 1024 * 1024;
    final ImagePipeline pipeline = new ImagePipeline(40_000_000);

    static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aPicture_isStoredUnderTheSha256OfItsBytes_asTwoPrivateFilesAndAnEntry_inAPrivateFolder(@TempDir Path data) throws Exception {
        Path dir = data.resolve("media");
        MediaStore store = MediaStore.open(dir, QUOTA, pipeline::process, MediaShare.NONE);
        byte[] upload = Images.png(2400, 1200);
        MediaStore.Stored s = store.accept(upload, "default");
        assertThat(s.id()).isEqualTo(MediaStore.sha256(upload)).hasSize(64);
        assertThat(s.created()).isTrue();
        assertThat(s.width()).isEqualTo(1920);
        assertThat(s.height()).isEqualTo(960);
        assertThat(files(dir)).containsExactly(s.id() + "-m.png", s.id() + "-p.png", s.id() + ".json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        for (String f : files(dir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(f)))).as(f).isEqualTo("rw-------");
        }
        assertThat(store.read(s.projector())).hasValueSatisfying(b -> assertThat(Images.read(b).getWidth()).isEqualTo(1920));
        assertThat(store.read(s.phone())).hasValueSatisfying(b -> assertThat(Images.read(b).getWidth()).isEqualTo(720));
        assertThat(store.read(s.id() + ".json")).as("only picture names are read").isEmpty();
        assertThat(store.read("../" + s.projector())).isEmpty();
        assertThat(store.usedBy("default")).isEqualTo(s.bytes())
                .isEqualTo(Files.size(dir.resolve(s.projector())) + Files.size(dir.resolve(s.phone())));
    }

    @Test
    void theSamePictureTwice_hasTheSameId_isNotDecodedAgain_andStoresNothingNew(@TempDir Path data) throws Exception {
        Path dir = data.resolve("media");
        AtomicInteger decoded = new AtomicInteger();
        MediaStore store = MediaStore.open(dir, QUOTA, b -> {
            decoded.incrementAndGet();
            return pipeline.process(b);
        }, MediaShare.NONE);
        byte[] upload = Images.jpeg(800, 600);
        MediaStore.Stored first = store.accept(upload, "default");
        List<String> before = files(dir);
        long modified = Files.getLastModifiedTime(dir.resolve(first.projector())).toMillis();
        MediaStore.Stored again = store.accept(upload.clone(), "default");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.created()).isFalse();
        assertThat(again.projector()).isEqualTo(first.projector());
        assertThat(decoded).hasValue(1);
        assertThat(files(dir)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(dir.resolve(first.projector())).toMillis()).isEqualTo(modified);
        assertThat(store.usedBy("default")).isEqualTo(first.bytes());
    }

    @Test
    void pastTheOwnersQuota_aPictureIsRefusedWithASentence_storingNothing_andOtherOwnersAreNotAffected(@TempDir Path data) throws Exception {
        Path dir = data.resolve("media");
        byte[] a = Images.jpeg(1000, 800);
        long oneSize = MediaStore.open(null, QUOTA, pipeline::process, MediaShare.NONE).accept(a, "x").bytes();
        MediaStore store = MediaStore.open(dir, oneSize + 100, pipeline::process, MediaShare.NONE);
        store.accept(a, "alice");
        List<String> before = files(dir);
        assertThatThrownBy(() -> store.accept(Images.jpeg(1000, 801), "alice")).isInstanceOf(MediaException.class)
                .hasMessageContaining("nothing was stored").hasMessageContaining(" MB allowed")
                .extracting(e -> ((MediaException) e).reason()).isEqualTo(MediaException.Reason.QUOTA);
        assertThat(files(dir)).isEqualTo(before);
        assertThat(store.usedBy("alice")).isEqualTo(oneSize);
        // The same picture for another owner counts for that owner too, and stores nothing new.
        assertThat(store.accept(a, "bob").created()).isFalse();
        assertThat(store.usedBy("bob")).isEqualTo(oneSize);
        assertThat(files(dir)).isEqualTo(before);
    }

    @Test
    void afterARestart_storedPicturesAreFoundAgain_withTheirOwnersUsage(@TempDir Path data) throws Exception {
        Path dir = data.resolve("media");
        MediaStore store = MediaStore.open(dir, QUOTA, pipeline::process, MediaShare.NONE);
        byte[] upload = Images.gif(100, 50);
        MediaStore.Stored s = store.accept(upload, "default");
        MediaStore again = MediaStore.open(dir, QUOTA, b -> {
            throw new AssertionError("not decoded again");
        }, MediaShare.NONE);
        assertThat(again.usedBy("default")).isEqualTo(s.bytes());
        MediaStore.Stored found = again.accept(upload, "default");
        assertThat(found.created()).isFalse();
        assertThat(found.ext()).isEqualTo("png");
        assertThat(found.width()).isEqualTo(100);
        assertThat(again.read(s.phone())).isPresent();
    }

    @Test
    void aStoredPicture_isSharedForOtherServers_byTheNamesOfItsFiles() throws Exception {
        java.util.Map<String, byte[]> shared = new java.util.concurrent.ConcurrentHashMap<>();
        MediaStore store = MediaStore.open(null, QUOTA, pipeline::process, new MediaShare() {
            public void put(String name, byte[] bytes) {
                shared.put(name, bytes);
            }

            public java.util.concurrent.CompletionStage<java.util.Optional<byte[]>> get(String name) {
                return java.util.concurrent.CompletableFuture.completedFuture(java.util.Optional.ofNullable(shared.get(name)));
            }
        });
        MediaStore.Stored s = store.accept(Images.png(10, 10), "default");
        assertThat(shared).containsOnlyKeys(s.projector(), s.phone());
    }
}
