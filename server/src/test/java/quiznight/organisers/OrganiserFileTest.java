package quiznight.organisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganiserFileTest {
    static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$/HetJC6LZ4lnwgLB+wJSS2a9bFu2Kq4HxwNWzoJq2qU";

    @Test
    void linesOfNameAndHash_withCommentsAndBlankLines_areRead_byNameIgnoringCase() throws IOException {
        var accounts = OrganiserFile.parse("orgs.txt", List.of("# the school's organisers", "", "Alice:" + HASH, "  bob.smith:" + HASH + "  "));
        assertThat(accounts).containsOnlyKeys("alice", "bob.smith");
        assertThat(accounts.get("alice").name()).isEqualTo("Alice");
        assertThat(accounts.get("alice").hash()).isEqualTo(HASH);
    }

    @Test
    void aMalformedLine_isRefusedWithFileLineAndWhy() {
        assertThatThrownBy(() -> OrganiserFile.parse("orgs.txt", List.of("alice:" + HASH, "bob")))
                .isInstanceOf(IOException.class).hasMessageContaining("orgs.txt: line 2: expected name:hash");
        assertThatThrownBy(() -> OrganiserFile.parse("orgs.txt", List.of("al ice:" + HASH)))
                .hasMessageContaining("line 1: the name 'al ice' must be 1 to 40 letters");
        assertThatThrownBy(() -> OrganiserFile.parse("orgs.txt", List.of("alice:secret")))
                .hasMessageContaining("line 1: alice: not an Argon2id hash");
        assertThatThrownBy(() -> OrganiserFile.parse("orgs.txt", List.of("alice:" + HASH, "ALICE:" + HASH)))
                .hasMessageContaining("line 2: the name 'ALICE' is listed twice");
        assertThatThrownBy(() -> OrganiserFile.parse("orgs.txt", List.of("# nobody yet")))
                .hasMessageContaining("lists no organiser");
    }
}
